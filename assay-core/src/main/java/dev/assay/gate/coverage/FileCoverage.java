package dev.assay.gate.coverage;

import dev.assay.api.ChangedLines;
import java.util.Objects;

/**
 * The coverage of one counted file's changed lines.
 *
 * @param path repository-relative path at head
 * @param executable changed lines that are executable (listed by a report, or guessed as code when
 *     no report lists the file)
 * @param uncovered executable changed lines no report covers
 * @param branchesCovered covered branches on the changed lines
 * @param branchesTotal branches on the changed lines
 * @param missing true when no report lists the file, so it counts as 0%
 */
record FileCoverage(
    String path,
    ChangedLines executable,
    ChangedLines uncovered,
    int branchesCovered,
    int branchesTotal,
    boolean missing) {

  FileCoverage {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(executable, "executable");
    Objects.requireNonNull(uncovered, "uncovered");
  }

  int total() {
    return executable.count();
  }

  int covered() {
    return executable.count() - uncovered.count();
  }

  /** Covered over executable, 1 when nothing is executable. */
  double ratio() {
    return total() == 0 ? 1.0 : (double) covered() / total();
  }
}
