package dev.assay.gate.tests;

import dev.assay.api.CriterionResult;
import dev.assay.api.Finding;
import dev.assay.api.GateContext;
import dev.assay.api.Severity;
import dev.assay.api.Status;
import dev.assay.evidence.ReportAge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JUnit reports found for a run, read and totalled, and what they mean for the gate. */
final class ReportSummary {
  private final List<String> globs;
  private final List<ReportOutcome.Parsed> parsed = new ArrayList<>();
  private final List<ReportOutcome.Unreadable> unreadable = new ArrayList<>();
  private final List<ReportOutcome.NotJUnit> other = new ArrayList<>();
  private int tests;
  private int failures;
  private int errors;
  private int skipped;

  private final List<String> staleness = new ArrayList<>();

  private ReportSummary(List<String> globs) {
    this.globs = globs;
  }

  /** Finds the reports matching the globs under the repository and reads each one. */
  static ReportSummary read(GateContext<?> context, List<String> globs) {
    ReportSummary s = new ReportSummary(globs);
    JUnitReportParser parser = new JUnitReportParser();
    Path root = context.root();
    List<Path> files = context.findFiles(globs);
    ReportAge.staleNote(root, files, context.change()).ifPresent(s.staleness::add);
    for (Path file : files) {
      String rel = root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
      s.add(parser.parse(file, rel));
    }
    return s;
  }

  void add(ReportOutcome outcome) {
    if (outcome instanceof ReportOutcome.Parsed p) {
      parsed.add(p);
      tests += p.tests();
      failures += p.failures();
      errors += p.errors();
      skipped += p.skipped();
    } else if (outcome instanceof ReportOutcome.Unreadable u) {
      unreadable.add(u);
    } else if (outcome instanceof ReportOutcome.NotJUnit n) {
      other.add(n);
    }
  }

  List<String> notes() {
    List<String> notes = new ArrayList<>(staleness);
    for (ReportOutcome.Unreadable u : unreadable) {
      notes.add("unreadable test report " + u.describe()
          + "; regenerate it by running the tests again");
    }
    for (ReportOutcome.NotJUnit n : other) {
      notes.add("ignored " + n.path() + ": root element <" + n.root()
          + "> is not a JUnit XML report");
    }
    return notes;
  }

  /** One finding per failed or erroring test, located in its test source when possible. */
  List<Finding> findings(GateContext<?> context) {
    List<FailedTest> all = new ArrayList<>();
    parsed.forEach(p -> all.addAll(p.failed()));
    if (all.isEmpty()) {
      return List.of();
    }
    List<FailureLocator.SourceLine> at =
        new FailureLocator(context.root()).locate(all, context::findFiles);
    List<Finding> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      out.add(finding(all.get(i), at.get(i)));
    }
    return out;
  }

  private static Finding finding(FailedTest f, FailureLocator.SourceLine at) {
    String what = f.error() ? "raised an error" : "failed";
    String msg = "test `" + f.displayName() + "` " + what
        + (f.message().isEmpty() ? "" : ": " + f.message())
        + "; fix the code or the test and run the tests again";
    return new Finding(TestsGate.ID, TestsGate.FAILED, at.path(), at.line(), at.line(),
            Severity.ERROR, msg, Map.of())
        .with("test", f.displayName())
        .with("report", f.report())
        .with("outcome", f.error() ? "error" : "failure");
  }

  CriterionResult criterion(TestsConfig cfg) {
    String title = "All tests in the JUnit XML results pass";
    if (parsed.isEmpty()) {
      if (!unreadable.isEmpty()) {
        return error(title, "no readable JUnit XML report: " + unreadable.get(0).describe()
            + (unreadable.size() > 1 ? " (and " + (unreadable.size() - 1) + " more)" : ""));
      }
      String none = "no JUnit XML report found under " + String.join(", ", globs)
          + "; run the tests first, set gates.tests.reports, or set gates.tests.command";
      return cfg.requireReports() ? error(title, none) : CriterionResult.skipped(TestsGate.FAILED,
          title, none);
    }
    Status status = failures + errors > 0 ? Status.FAIL
        : unreadable.isEmpty() ? Status.PASS : Status.ERROR;
    String actual = summaryLine()
        + (unreadable.isEmpty() ? "" : "; " + unreadable.size() + " unreadable");
    return new CriterionResult(TestsGate.FAILED, title, CriterionResult.Kind.NO_FINDINGS, status,
        actual, "0 failed tests", true);
  }

  private static CriterionResult error(String title, String actual) {
    return new CriterionResult(TestsGate.FAILED, title, CriterionResult.Kind.NO_FINDINGS,
        Status.ERROR, actual, "0 failed tests", true);
  }

  /** E.g. {@code 2 of 148 tests failed, 5 skipped (3 reports)}; skips are said when there are any. */
  String summaryLine() {
    int reports = parsed.size();
    String of = reports + (reports == 1 ? " report" : " reports");
    if (reports == 0) {
      return "no test results";
    }
    String skips = skipped == 0 ? "" : ", " + skipped + " skipped";
    return (failures + errors) + " of " + tests + " tests failed" + skips + " (" + of + ")";
  }

  Map<String, String> metrics() {
    Map<String, String> m = new TreeMap<>();
    m.put("tests", Integer.toString(tests));
    m.put("failures", Integer.toString(failures));
    m.put("errors", Integer.toString(errors));
    m.put("skipped", Integer.toString(skipped));
    m.put("reports", Integer.toString(parsed.size()));
    return m;
  }
}
