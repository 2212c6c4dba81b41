package dev.assay.api;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The change under evaluation: every changed file between base and head, sorted by path, and the
 * files skipped with a reason. Immutable and thread-safe.
 */
public final class ChangeSet {
  private final Revision base;
  private final Revision head;
  private final List<FileChange> files;
  private final List<SkippedFile> skipped;
  private final Map<String, FileChange> byPath;

  public ChangeSet(Revision base, Revision head, List<FileChange> files, List<SkippedFile> skipped) {
    this.base = Objects.requireNonNull(base, "base");
    this.head = Objects.requireNonNull(head, "head");
    this.files = files.stream().sorted(Comparator.comparing(FileChange::path)).toList();
    this.skipped = skipped.stream().sorted(Comparator.comparing(SkippedFile::path)).toList();
    Map<String, FileChange> index = new LinkedHashMap<>();
    for (FileChange f : this.files) {
      index.put(f.path(), f);
    }
    this.byPath = Map.copyOf(index);
  }

  public Revision base() {
    return base;
  }

  public Revision head() {
    return head;
  }

  /** Changed files sorted by path. */
  public List<FileChange> files() {
    return files;
  }

  /** Files the change touches that no gate looks at, sorted by path. */
  public List<SkippedFile> skipped() {
    return skipped;
  }

  /** The change to the file at this head path, if it changed. */
  public Optional<FileChange> file(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  /** True if the line at head is new logic in this change. */
  public boolean isAdded(String path, int line) {
    FileChange f = byPath.get(path);
    return f != null && f.addedLines().contains(line);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChangeSet c
        && base.equals(c.base)
        && head.equals(c.head)
        && files.equals(c.files)
        && skipped.equals(c.skipped);
  }

  @Override
  public int hashCode() {
    return Objects.hash(base, head, files, skipped);
  }

  @Override
  public String toString() {
    return "ChangeSet[" + base.ref() + ".." + head.ref() + ", " + files.size() + " files]";
  }
}
