package dev.assay.api;

import java.util.Optional;

/**
 * Read access to the files of one side of the change (base commit, head commit or working tree).
 * Implementations are thread-safe. Paths are repository-relative with forward slashes.
 */
public interface SourceTree {

  /**
   * The text of the file, decoded as UTF-8 (malformed bytes replaced, never an exception), or empty
   * when the file does not exist on this side, is binary, or is not a regular file.
   */
  Optional<String> read(String path);

  /** A tree with no files, for a side that does not exist (a repository with no commits). */
  static SourceTree empty() {
    return path -> Optional.empty();
  }
}
