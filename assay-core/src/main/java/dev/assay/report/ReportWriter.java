package dev.assay.report;

import dev.assay.engine.RunResult;
import dev.assay.fs.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes reports into a directory so that a reader never sees a half-written file: each report goes
 * to a temporary file in the same directory and is then moved over the target in one step.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /**
   * Writes every reporter that has a file name (the console reporter has none and is skipped) as
   * UTF-8. Every reporter is attempted even when one fails, so one broken format does not cost the
   * others; the failures are then thrown together.
   *
   * @return the files written, in reporter order
   * @throws IOException naming each report that could not be written; none of them is left behind,
   *     partially or as a temporary file
   * @throws IllegalArgumentException when two reporters share a file name
   */
  public static List<Path> writeAll(RunResult run, Path outputDir, List<Reporter> reporters)
      throws IOException {
    requireDistinctNames(reporters);
    Files.createDirectories(outputDir);
    List<Path> written = new ArrayList<>();
    IOException failure = null;
    for (Reporter reporter : reporters) {
      if (reporter.fileName().isEmpty()) {
        continue;
      }
      try {
        written.add(writeOne(run, outputDir, reporter));
      } catch (IOException | RuntimeException e) {
        // the edge where a reporter's own bug must not stop the other reports
        IOException wrapped = new IOException(
            "could not write " + outputDir.resolve(reporter.fileName()) + " (format "
                + reporter.format() + "): " + e.getMessage(), e);
        if (failure == null) {
          failure = wrapped;
        } else {
          failure.addSuppressed(wrapped);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    return List.copyOf(written);
  }

  private static Path writeOne(RunResult run, Path dir, Reporter reporter) throws IOException {
    Path target = dir.resolve(reporter.fileName());
    AtomicFile.write(target, out -> reporter.write(run, out));
    return target;
  }

  private static void requireDistinctNames(List<Reporter> reporters) {
    Set<String> names = new HashSet<>();
    for (Reporter r : reporters) {
      if (!r.fileName().isEmpty() && !names.add(r.fileName())) {
        throw new IllegalArgumentException(
            "two reporters write " + r.fileName() + "; choose each format once");
      }
    }
  }
}
