package dev.assay.diff;

import dev.assay.api.Revision;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The two sides to compare, resolved to commits.
 *
 * @param baseCommit the base commit, empty for the empty tree
 * @param headCommit the head commit, empty for the working tree of a repository without commits
 * @param notes sentences explaining how the base was chosen
 */
record Range(
    Optional<ObjectId> baseCommit,
    Revision base,
    Optional<ObjectId> headCommit,
    Revision head,
    boolean workingTree,
    List<String> notes) {

  /** The {@code ref} of a base that is the empty tree (a root commit or no commits at all). */
  static final String EMPTY_TREE = "(empty tree)";

  Range {
    Objects.requireNonNull(baseCommit, "baseCommit");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(headCommit, "headCommit");
    Objects.requireNonNull(head, "head");
    notes = List.copyOf(notes);
  }
}
