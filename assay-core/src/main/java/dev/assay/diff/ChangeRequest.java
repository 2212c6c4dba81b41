package dev.assay.diff;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to compare.
 *
 * @param repoDir any directory inside the work tree; the repository is found upward, like git
 * @param base the base revision expression (branch, tag, commit, {@code HEAD~1}); empty means the
 *     default branch. The base commit is the merge base of this revision and the head, like {@code
 *     git diff base...head}
 * @param head the head revision expression; empty means {@code HEAD}. Must be empty when {@code
 *     workingTree} is set
 * @param workingTree compare against the files on disk (staged, unstaged and untracked, minus what
 *     {@code .gitignore} ignores) instead of a commit
 * @param maxFileBytes files larger than this are skipped, not read
 * @param wholeTree compare the head against the empty tree, so every file is added: the whole
 *     tree is checked (what {@code assay scan} does, and how a team records its first baseline).
 *     Must not be combined with a base
 */
public record ChangeRequest(
    Path repoDir,
    Optional<String> base,
    Optional<String> head,
    boolean workingTree,
    long maxFileBytes,
    boolean wholeTree) {

  public ChangeRequest {
    Objects.requireNonNull(repoDir, "repoDir");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(head, "head");
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
    }
  }

  /** A request for the change between a base and a head (not the whole tree). */
  public ChangeRequest(
      Path repoDir, Optional<String> base, Optional<String> head, boolean workingTree, long maxFileBytes) {
    this(repoDir, base, head, workingTree, maxFileBytes, false);
  }
}
