package dev.assay.diff;

import dev.assay.api.ChangeSet;
import dev.assay.api.SourceTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A computed change with read access to both sides. The source trees read from the repository
 * until {@link #close()} releases it; close it when the run is done.
 *
 * @param changeSet the changed files and skipped files, sorted by path
 * @param base the files at the base commit (empty when the base is the empty tree)
 * @param head the files at the head commit, or on disk for the working tree
 * @param workTree the repository's work tree root, absolute and normalised
 * @param notes one sentence per noteworthy thing: which base was chosen and why, skipped counts
 */
public record Change(
    ChangeSet changeSet, SourceTree base, SourceTree head, Path workTree, List<String> notes)
    implements AutoCloseable {

  public Change {
    Objects.requireNonNull(changeSet, "changeSet");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(workTree, "workTree");
    notes = List.copyOf(notes);
  }

  /** Releases the repository behind the source trees; reading them afterwards fails. */
  @Override
  public void close() {
    closeIfOwned(base);
    closeIfOwned(head);
  }

  private static void closeIfOwned(SourceTree tree) {
    if (tree instanceof CommitTree commitTree) {
      commitTree.close();
    }
  }
}
