package dev.assay.api;

import java.util.Objects;

/**
 * One changed file. Paths are repository-relative with forward slashes.
 *
 * @param path the path at head (for a deleted file, the path it had at base)
 * @param oldPath the path at base; equal to {@code path} unless renamed or copied
 * @param type the kind of change
 * @param similarity rename or copy similarity in percent, 100 for other types
 * @param addedLines lines at head that are new logic: added or modified, not moved or renamed
 */
public record FileChange(
    String path, String oldPath, ChangeType type, int similarity, ChangedLines addedLines) {

  public FileChange {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(oldPath, "oldPath");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(addedLines, "addedLines");
  }

  /** True when the file exists at head. */
  public boolean existsAtHead() {
    return type != ChangeType.DELETED;
  }
}
