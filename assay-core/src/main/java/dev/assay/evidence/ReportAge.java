package dev.assay.evidence;

import dev.assay.api.ChangeSet;
import dev.assay.api.FileChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Detects reports older than the code they are supposed to measure: a changed file on disk that
 * was modified after a report was written means that report predates the edit (the usual local
 * mistake: edit, then check without re-running the build). In CI the checkout precedes the build,
 * so fresh reports are always newer. Names files only, never times, so output stays deterministic.
 */
public final class ReportAge {
  /** File systems and copies blur modification times by up to a couple of seconds. */
  private static final long TOLERANCE_MILLIS = 2_000;

  private ReportAge() {}

  /**
   * A note naming up to three changed files modified after the oldest of the reports, or empty
   * when every report is newer than every changed file (or times cannot be read).
   */
  public static Optional<String> staleNote(Path root, List<Path> reports, ChangeSet change) {
    Optional<FileTime> oldest = oldest(reports);
    if (oldest.isEmpty()) {
      return Optional.empty();
    }
    long limit = oldest.get().toMillis() + TOLERANCE_MILLIS;
    List<String> newer = new ArrayList<>();
    for (FileChange f : change.files()) {
      if (f.existsAtHead() && modifiedMillis(root.resolve(f.path())) > limit) {
        newer.add(f.path());
      }
    }
    if (newer.isEmpty()) {
      return Optional.empty();
    }
    String some = String.join(", ", newer.subList(0, Math.min(3, newer.size())));
    String more = newer.size() > 3 ? " and " + (newer.size() - 3) + " more" : "";
    return Optional.of(
        newer.size()
            + (newer.size() == 1 ? " changed file was" : " changed files were")
            + " modified after a report was written ("
            + some
            + more
            + "): the reports may not measure this change; run the build again before checking.");
  }

  private static Optional<FileTime> oldest(List<Path> reports) {
    FileTime min = null;
    for (Path r : reports) {
      try {
        FileTime t = Files.getLastModifiedTime(r);
        min = min == null || t.compareTo(min) < 0 ? t : min;
      } catch (IOException e) {
        // an unreadable report is reported by the parser that reads it
      }
    }
    return Optional.ofNullable(min);
  }

  private static long modifiedMillis(Path file) {
    try {
      return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          ? Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis()
          : Long.MIN_VALUE;
    } catch (IOException e) {
      return Long.MIN_VALUE;
    }
  }
}
