package dev.assay.report;

import dev.assay.api.ChangeSet;
import dev.assay.api.ChangeType;
import dev.assay.api.ChangedLines;
import dev.assay.api.CriterionResult;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.GateTable;
import dev.assay.api.LineRange;
import dev.assay.api.Revision;
import dev.assay.api.RuleDescriptor;
import dev.assay.api.Severity;
import dev.assay.api.SkippedFile;
import dev.assay.api.Status;
import dev.assay.engine.CriteriaSource;
import dev.assay.engine.Disposition;
import dev.assay.engine.GateReport;
import dev.assay.engine.ReportedFinding;
import dev.assay.engine.RunResult;
import dev.assay.engine.Verdict;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Representative runs for reporter tests, built the way the engine hands them over (findings
 * sorted). {@code reversed} builds the same run with every order the model leaves to the producer
 * (rules, files, skipped files, metrics and properties insertion) reversed.
 */
public final class RunFixtures {
  public static final String DOCS = "https://assay.dev/docs/";
  public static final String HOSTILE =
      "expected <script>alert(1)</script> | `rm -rf` *bold* [x](javascript:x) & \u0007bell";
  public static final String UNICODE_PATH = "src/main/java/dev/demo/Größe Rechner.java";

  private static final Revision BASE = new Revision("main", "1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  private static final Revision HEAD = new Revision("HEAD", "2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");

  private RunFixtures() {}

  /** Two gates pass, no findings, no criteria file. */
  public static RunResult pass() {
    GateReport tests = gate("tests", "The project's tests pass", Status.PASS, "14 of 14 tests passed",
        List.of(CriterionResult.threshold("tests/all-pass", "All tests pass", true, "0 failed",
            "0 failed", true)),
        List.of(), List.of(), Map.of("tests.total", "14", "tests.failed", "0"), testRules(false));
    GateReport coverage = gate("coverage", "Changed lines are covered by tests", Status.PASS,
        "100% of 6 changed lines covered",
        List.of(CriterionResult.threshold("coverage/changed-lines",
            "Changed executable lines at least 80% covered", true, "100% (6 of 6 lines)", ">= 80%",
            true)),
        List.of(), List.of(), Map.of("coverage.changed.covered", "6"), coverageRules(false));
    ChangeSet change = new ChangeSet(BASE, HEAD, List.of(
        new FileChange("src/main/java/dev/demo/Calc.java", "src/main/java/dev/demo/Calc.java",
            ChangeType.MODIFIED, 100, ChangedLines.ofLines(10, 11, 12, 20, 21, 22))),
        List.of());
    CriteriaSource source = new CriteriaSource("", "", List.of(
        "tests: all tests must pass (no criteria file)",
        "coverage: changed-lines >= 80% (no criteria file)"));
    return new RunResult("0.1.0", Verdict.PASS, change, source, List.of(tests, coverage),
        List.of(), List.of(), DOCS);
  }

  /** Failing tests, uncovered lines, suppressed and baselined findings, hostile text. */
  public static RunResult blocked(boolean reversed) {
    List<ReportedFinding> testFindings = List.of(
        open(Finding.at("tests", "tests/failed-test", "src/test/java/dev/demo/CalcTest.java", 31, 31,
            Severity.ERROR, "CalcTest.divides: expected:<2> but was:<3>"), "p", "ordinal", "1", reversed),
        open(Finding.general("tests", "tests/failed-test", Severity.ERROR,
            "Suite setup failed | with a pipe"), "", "", "", reversed));
    GateReport tests = gate("tests", "The project's tests pass", Status.FAIL, "2 of 14 tests failed",
        List.of(CriterionResult.threshold("tests/all-pass", "All tests pass", false, "2 failed",
            "0 failed", true)),
        testFindings, List.of(), metrics(reversed, "tests.total", "14", "tests.failed", "2"),
        testRules(reversed));
    List<ReportedFinding> coverageFindings = List.of(
        open(Finding.at("coverage", "coverage/uncovered-lines", UNICODE_PATH, 7, 9, Severity.ERROR,
            "Lines 7-9 are new and not covered by any test"), "branch", "none", "x", reversed),
        open(Finding.at("coverage", "coverage/uncovered-lines", "src/main/java/dev/demo/Calc.java",
            40, 40, Severity.ERROR, "Line 40 is new and not covered by any test"), "", "", "",
            reversed));
    GateReport coverage = gate("coverage", "Changed lines are covered by tests", Status.FAIL,
        "62.5% of 16 changed lines covered",
        List.of(CriterionResult.threshold("coverage/changed-lines",
                "Changed executable lines at least 80% covered", false, "62.5% (10 of 16 lines)",
                ">= 80%", true),
            CriterionResult.skipped("coverage/changed-branches", "Changed branches at least 70% covered",
                "no branch data in the JaCoCo report")),
        coverageFindings, List.of("docs/diagram.png is binary and was skipped"),
        metrics(reversed, "coverage.changed.covered", "10", "coverage.changed.total", "16"),
        coverageRules(reversed));
    List<ReportedFinding> securityFindings = List.of(
        new ReportedFinding(Finding.at("security", "security/hardcoded-secret",
            "src/main/java/dev/demo/Calc.java", 3, 3, Severity.ERROR, "AWS key in source"),
            fp("secret"), Disposition.SUPPRESSED, "test fixture key, not a real credential"),
        new ReportedFinding(Finding.at("security", "security/sql-injection",
            "src/main/java/dev/demo/Dao.java", 12, 12, Severity.ERROR,
            "SQL built by string concatenation"), fp("sql"), Disposition.BASELINED, ""),
        open(Finding.at("security", "security/x-custom", "src/main/java/dev/demo/Dao.java", 30, 30,
            Severity.WARNING, HOSTILE), "", "", "", reversed));
    GateReport security = gate("security", "No known vulnerability patterns in changed code",
        Status.WARN, "1 advisory finding (1 suppressed, 1 baselined)",
        List.of(CriterionResult.noFindings("security/hardcoded-secret", "No hardcoded secrets", 0, true),
            CriterionResult.noFindings("security/sql-injection", "No SQL injection", 0, true),
            CriterionResult.noFindings("security/x-custom", "No custom pattern | matches", 1, false)),
        securityFindings, List.of(), Map.of(), securityRules(reversed));
    return new RunResult("0.1.0", Verdict.BLOCKED, blockedChange(reversed),
        new CriteriaSource(".assay.yml", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            List.of("security: no criteria given, all rules blocking")),
        List.of(tests, coverage, security), sortRun(testFindings, coverageFindings, securityFindings),
        List.of("The clone is shallow; the merge base was found at depth 50."), DOCS);
  }

  /**
   * A gate that adds a table with a chart (as the performance gate does), with a hostile cell; the
   * other formats must show the table too.
   */
  public static RunResult tables() {
    List<ReportedFinding> findings = List.of(open(Finding.general("performance",
        "performance/regression", Severity.ERROR, "`PkLookup` is 1520x slower at the head"),
        "", "", "", false));
    GateTable table = new GateTable("Benchmarks: head vs base over 7 rounds",
        List.of("benchmark", "base", "head", "reference", "head/base (interval)", "verdict"),
        List.of(List.of("PkLookup", "1.52 us", "2.31 ms", "1.48 us", "1520x (1380x - 1650x)", "FAIL"),
            List.of("Insert", "41 us", "40.2 us", "-", "0.98x (0.95x - 1.01x)", "PASS"),
            List.of("Scan<script>|x", "2.1 ms", "2.2 ms", "-", "1.05x (0.97x - 1.13x)",
                "INCONCLUSIVE")),
        new GateTable.Chart("head/base cost (log scale)", true, List.of(
            new GateTable.Interval("PkLookup", 1380, 1520, 1650, Status.FAIL),
            new GateTable.Interval("Insert", 0.95, 0.98, 1.01, Status.PASS),
            new GateTable.Interval("Scan<script>|x", 0.97, 1.05, 1.13, Status.WARN)),
            List.of(1.0, 1.1)));
    GateReport perf = new GateReport("performance", "Benchmarks are not slower at the head",
        Status.FAIL, "3 benchmarks over 7 rounds: 1 slower, 1 within 10%, 1 inconclusive",
        List.of(CriterionResult.noFindings("performance/regression", "No benchmark is more than 10%"
            + " slower", 1, true)),
        findings, List.of(), Map.of("rounds", "7"), List.of(new RuleDescriptor(
            "performance/regression", "PerformanceRegression", "A benchmark is slower.",
            Severity.ERROR)), List.of(table, GateTable.of("Counters", List.of("benchmark",
            "counted", "base", "head"), List.of(List.of("kv", "fsync calls per operation", "0",
            "1")))));
    return new RunResult("0.1.0", Verdict.BLOCKED, blockedChange(false),
        new CriteriaSource(".assay.yml", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            List.of()), List.of(perf), findings, List.of(), DOCS);
  }

  /** One gate could not run; the other passes. */
  public static RunResult error() {
    GateReport tests = gate("tests", "The project's tests pass", Status.PASS, "3 of 3 tests passed",
        List.of(CriterionResult.threshold("tests/all-pass", "All tests pass", true, "0 failed",
            "0 failed", true)),
        List.of(), List.of(), Map.of(), testRules(false));
    GateReport coverage = gate("coverage", "Changed lines are covered by tests", Status.ERROR,
        "No coverage report found under target/site/jacoco; run `mvn verify` with JaCoCo first",
        List.of(), List.of(), List.of(), Map.of(), coverageRules(false));
    ChangeSet change = new ChangeSet(BASE, new Revision(Revision.WORKING_TREE, HEAD.commit()),
        List.of(new FileChange("README.md", "README.md", ChangeType.MODIFIED, 100,
            ChangedLines.ofLines(1))), List.of());
    return new RunResult("0.1.0", Verdict.ERROR, change,
        new CriteriaSource(".assay.yml", "ab".repeat(32), List.of()), List.of(tests, coverage),
        List.of(), List.of(), DOCS);
  }

  /** A run with {@code n} open findings spread over two gates, for size limits. */
  public static RunResult many(int n) {
    List<ReportedFinding> findings = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String path = String.format("src/main/java/dev/demo/pkg%03d/Generated%05d.java", i % 100, i);
      findings.add(new ReportedFinding(Finding.at("maintainability", "maintainability/long-method",
          path, 10 + i % 7, 40, Severity.WARNING, "Method `run` is 31 lines long | limit 30 <b>"),
          fp("m" + i), Disposition.OPEN, ""));
    }
    findings.sort(runOrder());
    GateReport gate = gate("maintainability", "Changed code stays maintainable", Status.FAIL,
        n + " long methods",
        List.of(CriterionResult.noFindings("maintainability/long-method", "Methods at most 30 lines",
            n, true)),
        findings, List.of(), Map.of(), List.of());
    return new RunResult("0.1.0", Verdict.BLOCKED, blockedChange(false), new CriteriaSource("", "",
        List.of()), List.of(gate), findings, List.of(), DOCS);
  }

  private static ChangeSet blockedChange(boolean reversed) {
    List<FileChange> files = new ArrayList<>(List.of(
        new FileChange("src/main/java/dev/demo/Calc.java", "src/main/java/dev/demo/Calc.java",
            ChangeType.MODIFIED, 100, ChangedLines.of(List.of(new LineRange(3, 3),
                new LineRange(38, 45)))),
        new FileChange(UNICODE_PATH, "src/main/java/dev/demo/Rechner.java", ChangeType.RENAMED, 87,
            ChangedLines.ofLines(7, 8, 9)),
        new FileChange("src/main/java/dev/demo/Dao.java", "src/main/java/dev/demo/Dao.java",
            ChangeType.ADDED, 100, ChangedLines.of(List.of(new LineRange(1, 40)))),
        new FileChange("src/test/java/dev/demo/CalcTest.java", "src/test/java/dev/demo/CalcTest.java",
            ChangeType.MODIFIED, 100, ChangedLines.ofLines(31))));
    List<SkippedFile> skipped = new ArrayList<>(List.of(
        new SkippedFile("docs/diagram.png", "binary"), new SkippedFile("lib", "submodule")));
    if (reversed) {
      Collections.reverse(files);
      Collections.reverse(skipped);
    }
    return new ChangeSet(BASE, HEAD, files, skipped);
  }

  private static GateReport gate(String id, String title, Status status, String summary,
      List<CriterionResult> criteria, List<ReportedFinding> findings, List<String> notes,
      Map<String, String> metrics, List<RuleDescriptor> rules) {
    List<ReportedFinding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing((ReportedFinding f) -> f.finding().path())
        .thenComparingInt(f -> f.finding().line())
        .thenComparing(f -> f.finding().rule()));
    return new GateReport(id, title, status, summary, criteria, sorted, notes, metrics, rules);
  }

  @SafeVarargs
  private static List<ReportedFinding> sortRun(List<ReportedFinding>... lists) {
    List<ReportedFinding> all = new ArrayList<>();
    for (List<ReportedFinding> l : lists) {
      all.addAll(l);
    }
    all.sort(runOrder());
    return all;
  }

  private static Comparator<ReportedFinding> runOrder() {
    return Comparator.comparing((ReportedFinding f) -> f.finding().path())
        .thenComparingInt(f -> f.finding().line())
        .thenComparing(f -> f.finding().gate())
        .thenComparing(f -> f.finding().rule())
        .thenComparing(f -> f.finding().message());
  }

  /** An open finding, with two properties inserted in an order that depends on {@code reversed}. */
  private static ReportedFinding open(Finding f, String k1, String v1, String k2, boolean reversed) {
    Map<String, String> props = new LinkedHashMap<>();
    if (!k1.isEmpty()) {
      if (reversed) {
        props.put(v1, k2);
        props.put(k1, v1);
      } else {
        props.put(k1, v1);
        props.put(v1, k2);
      }
    }
    Finding withProps = new Finding(f.gate(), f.rule(), f.path(), f.line(), f.endLine(),
        f.severity(), f.message(), props);
    return new ReportedFinding(withProps, fp(f.rule() + f.path() + f.line()), Disposition.OPEN, "");
  }

  private static Map<String, String> metrics(boolean reversed, String k1, String v1, String k2,
      String v2) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(reversed ? k2 : k1, reversed ? v2 : v1);
    m.put(reversed ? k1 : k2, reversed ? v1 : v2);
    return m;
  }

  private static List<RuleDescriptor> testRules(boolean reversed) {
    return ordered(reversed,
        new RuleDescriptor("tests/failed-test", "FailedTest", "A test failed or errored.",
            Severity.ERROR),
        new RuleDescriptor("tests/deleted-test", "DeletedTest", "A test was deleted by the change.",
            Severity.WARNING));
  }

  private static List<RuleDescriptor> coverageRules(boolean reversed) {
    return ordered(reversed, new RuleDescriptor("coverage/uncovered-lines", "UncoveredChangedLines",
        "Changed executable lines that no test executes.", Severity.ERROR));
  }

  // security/x-custom is deliberately not declared: reporters must synthesise its rule entry
  private static List<RuleDescriptor> securityRules(boolean reversed) {
    return ordered(reversed,
        new RuleDescriptor("security/sql-injection", "SqlInjection",
            "SQL built from untrusted input by string concatenation.", Severity.ERROR),
        new RuleDescriptor("security/hardcoded-secret", "HardcodedSecret",
            "A credential or key written into source code.", Severity.ERROR));
  }

  private static List<RuleDescriptor> ordered(boolean reversed, RuleDescriptor... rules) {
    List<RuleDescriptor> list = new ArrayList<>(List.of(rules));
    if (reversed) {
      Collections.reverse(list);
    }
    return list;
  }

  private static String fp(String seed) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
