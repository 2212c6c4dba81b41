package dev.assay.gate.integrity;

import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.LineRange;
import dev.assay.api.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the added lines of one changed file for suppression markers, in-source coverage
 * exclusions and coverage exclusions in build and tool configuration. One finding per line and
 * rule, naming every marker on it.
 */
final class AddedLineScan {
  /** Both tables' needles are searched in one pass over the text. */
  private static final List<List<Marker>> TABLES =
      List.of(SuppressionMarkers.ALL, CoverageMarkers.ALL);

  List<Finding> scan(FileChange fc, String text) {
    List<Finding> out = new ArrayList<>();
    Optional<SourceSyntax> syntax = SourceSyntax.of(fc.path());
    if (syntax.isPresent()) {
      List<List<Marker>> candidates = Marker.candidatesByTable(TABLES, text);
      List<Marker> suppressions = Marker.presentIn(candidates.get(0), text);
      List<Marker> coverage = Marker.presentIn(candidates.get(1), text);
      if (!suppressions.isEmpty() || !coverage.isEmpty()) {
        LexedSource src = LexedSource.of(text, syntax.get());
        boolean generated = CoverageMarkers.isGeneratedFile(fc.path(), src);
        Candidates c = new Candidates(suppressions, coverage);
        for (LineRange r : fc.addedLines().ranges()) {
          for (int n = r.start(); n <= r.end(); n++) {
            markers(fc.path(), src, n, generated, c, out);
          }
        }
      }
    }
    Map<Integer, String> settings = CoverageSettings.exclusions(fc.path(), text);
    settings.forEach((line, kind) -> {
      if (fc.addedLines().contains(line)) {
        out.add(coverage(fc.path(), line, kind, "in configuration"));
      }
    });
    return out;
  }

  /** The markers of each table that can occur in the file at hand. */
  private record Candidates(List<Marker> suppressions, List<Marker> coverage) {}

  private static void markers(
      String path, LexedSource src, int n, boolean generated, Candidates c, List<Finding> out) {
    List<String> suppressions = Marker.kindsOn(c.suppressions(), src, n);
    if (!suppressions.isEmpty()) {
      String msg = "adds a suppression (" + quoted(suppressions) + "): it silences a check"
          + " instead of fixing what it reports, so it needs a human's approval";
      out.add(Finding.at(IntegrityGate.ID, IntegrityGate.SUPPRESSION_ADDED, path, n, n,
          Severity.WARNING, msg).with("markers", String.join(", ", suppressions)));
    }
    List<String> coverage = new ArrayList<>(Marker.kindsOn(c.coverage(), src, n));
    if (generated) {
      coverage.remove("@Generated");
    }
    if (!coverage.isEmpty()) {
      out.add(coverage(path, n, quoted(coverage), "in source"));
    }
  }

  private static Finding coverage(String path, int line, String kind, String where) {
    String msg = "adds a coverage exclusion " + where + " (" + kind + "): the excluded code no"
        + " longer counts against coverage, so it needs a human's approval";
    return Finding.at(IntegrityGate.ID, IntegrityGate.COVERAGE_EXCLUSION, path, line, line,
        Severity.WARNING, msg).with("markers", kind);
  }

  private static String quoted(List<String> kinds) {
    return "`" + String.join("`, `", kinds) + "`";
  }
}
