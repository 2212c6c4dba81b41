package dev.assay.gate.coverage;

import dev.assay.api.ChangedLines;
import dev.assay.api.FileChange;
import dev.assay.api.LineRange;
import dev.assay.api.SourceTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Intersects a file's changed lines with what the reports say about them. A file present in a
 * report is measured on the lines the report lists (the rest are comments and declarations); a file
 * absent from every report counts all its changed code lines as uncovered.
 */
final class ChangedLineCoverage {
  private final CoverageData data;
  private final SourceTree head;

  ChangedLineCoverage(CoverageData data, SourceTree head) {
    this.data = data;
    this.head = head;
  }

  FileCoverage of(FileChange change) {
    Optional<Map<Integer, LineHit>> lines = data.lines(change.path());
    if (lines.isEmpty()) {
      String text = head.read(change.path()).orElse("");
      ChangedLines code = ExecutableLines.of(text, change.addedLines());
      return new FileCoverage(change.path(), code, code, 0, 0, true);
    }
    List<LineRange> executable = new ArrayList<>();
    List<LineRange> uncovered = new ArrayList<>();
    int branchesCovered = 0;
    int branchesTotal = 0;
    for (LineRange r : change.addedLines().ranges()) {
      for (int n = r.start(); n <= r.end(); n++) {
        LineHit hit = lines.get().get(n);
        if (hit == null) {
          continue;
        }
        executable.add(LineRange.of(n));
        if (!hit.covered()) {
          uncovered.add(LineRange.of(n));
        }
        branchesCovered += hit.branchesCovered();
        branchesTotal += hit.branchesTotal();
      }
    }
    return new FileCoverage(
        change.path(),
        ChangedLines.of(executable),
        ChangedLines.of(uncovered),
        branchesCovered,
        branchesTotal,
        false);
  }
}
