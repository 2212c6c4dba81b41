package dev.assay.gate.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.ChangeType;
import dev.assay.api.ChangedLines;
import dev.assay.api.CriterionResult;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.api.LineRange;
import dev.assay.api.Severity;
import dev.assay.api.Status;
import dev.assay.testkit.GateHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate end to end on the real JaCoCo, coverage.py and nyc fixtures. */
class CoverageGateTest {
  private static final String BILLING = "billing/src/main/java/com/acme/util/Strings.java";
  private static final String CATALOG = "catalog/src/main/java/com/acme/util/Strings.java";

  @TempDir Path dir;
  private Path maven;
  private final CoverageConfig defaults = CoverageConfig.defaults();

  @BeforeEach
  void copyFixtures() {
    TestReports.copy("maven", dir);
    maven = dir.resolve("maven");
  }

  private GateHarness<CoverageConfig> harness(CoverageConfig config) {
    return GateHarness.forGate(new CoverageGate()).root(maven).config(config);
  }

  /** Declares a change of {@code lines} in a fixture source, with its real text at head. */
  private GateHarness<CoverageConfig> changed(
      GateHarness<CoverageConfig> h, String path, int from, int to) throws IOException {
    h.headFile(path, Files.readString(maven.resolve(path)));
    return h.change(
        new FileChange(
            path,
            path,
            ChangeType.MODIFIED,
            100,
            ChangedLines.of(List.of(new LineRange(from, to)))));
  }

  private static CriterionResult criterion(GateResult r, String id) {
    return r.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void coveredChangedLinesPass() throws Exception {
    GateResult r = changed(harness(defaults), BILLING, 12, 16).run();
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.summary()).isEqualTo("100.0% of 4 changed executable lines covered (1 file)");
    assertThat(r.findings()).isEmpty();
    assertThat(r.metrics()).containsEntry("covered", "4").containsEntry("executable", "4");
  }

  @Test
  void uncoveredChangedLinesFailWithCompactRanges() throws Exception {
    GateResult r = changed(harness(defaults), BILLING, 8, 26).run();
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(criterion(r, "coverage/changed-lines").actual()).isEqualTo("45.4% (5 of 11 lines)");
    assertThat(criterion(r, "coverage/changed-lines").expected()).isEqualTo(">= 80%");
    Finding f = r.findings().get(0);
    assertThat(f.rule()).isEqualTo("coverage/uncovered-lines");
    assertThat(f.path()).isEqualTo(BILLING);
    assertThat(f.message())
        .startsWith("lines 10, 20-23, 26 are changed and not covered by any test");
    assertThat(f.line()).isEqualTo(10);
    assertThat(f.endLine()).isEqualTo(10);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.properties()).containsEntry("covered", "5").containsEntry("total", "11");
  }

  @Test
  void uncoveredLinesAreWarningsWhenTheCriterionHolds() throws Exception {
    GateResult r = changed(harness(defaults.withChangedLines(0.4)), BILLING, 8, 26).run();
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.findings())
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void fileAbsentFromEveryReportCountsAsZeroPercent() throws Exception {
    GateHarness<CoverageConfig> h = changed(harness(defaults), BILLING, 12, 16);
    h.changedFile(
        "billing/src/main/java/com/acme/util/Money.java",
        """
        package com.acme.util; // +
        // +
        import java.math.BigDecimal; // +
        // +
        /** Money. */ // +
        public final class Money { // +
          // rounds half up // +
          static BigDecimal round(BigDecimal v) { // +
            return v.setScale(2, java.math.RoundingMode.HALF_UP); // +
          } // +
        } // +
        """);
    GateResult r = h.run();
    // 4 covered lines in Strings + 3 code lines (6, 8, 9) in Money counted as uncovered
    assertThat(r.metrics()).containsEntry("covered", "4").containsEntry("executable", "7");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    Finding f =
        r.findings().stream()
            .filter(x -> x.rule().endsWith("missing-from-report"))
            .findFirst()
            .orElseThrow();
    assertThat(f.path()).isEqualTo("billing/src/main/java/com/acme/util/Money.java");
    assertThat(f.message()).contains("counts as 0% covered", "lines 6, 8-9 are changed");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(r.findings()).noneMatch(x -> x.rule().endsWith("uncovered-lines"));
  }

  @Test
  void aMessageListsTenRangesAndCountsTheRestWhileThePropertyKeepsThemAll() throws Exception {
    // Like a bundled dist/ file: code and blank lines alternate, so every code line is a range.
    StringBuilder table = new StringBuilder();
    for (int i = 1; i <= 14; i++) {
      table.append("int v").append(i).append(" = ").append(i).append(";\n\n");
    }
    String path = "billing/src/main/java/com/acme/util/Table.java";
    GateHarness<CoverageConfig> h = harness(defaults).headFile(path, table.toString());
    h.change(
        new FileChange(
            path, path, ChangeType.ADDED, 100, ChangedLines.of(List.of(new LineRange(1, 28)))));

    Finding f = h.run().findings().get(0);

    assertThat(f.message())
        .contains("lines 1, 3, 5, 7, 9, 11, 13, 15, 17, 19 and 4 more lines are changed")
        .doesNotContain("21");
    assertThat(f.properties().get("uncovered")).endsWith("21, 23, 25, 27");
  }

  @Test
  void sameClassInTwoModulesIsMeasuredByItsOwnModulesReport() throws Exception {
    GateHarness<CoverageConfig> h = changed(harness(defaults), BILLING, 9, 10);
    GateResult r = changed(h, CATALOG, 12, 17).run();
    assertThat(r.findings())
        .extracting(Finding::path, Finding::line)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(BILLING, 10),
            org.assertj.core.groups.Tuple.tuple(CATALOG, 14));
    assertThat(r.metrics()).containsEntry("covered", "3").containsEntry("executable", "5");
  }

  @Test
  void perFileThresholdWithPerPathOverride() throws Exception {
    CoverageConfig strict = defaults.withChangedLines(0.5).withPerFile(0.8);
    CoverageConfig lenient = strict.withPerFile(0.5);
    GateHarness<CoverageConfig> h = changed(harness(strict), BILLING, 9, 16);
    changed(h, CATALOG, 12, 17);
    GateResult failing = h.run();
    CriterionResult perFile = criterion(failing, "coverage/per-file");
    assertThat(perFile.status()).isEqualTo(Status.FAIL);
    assertThat(perFile.actual()).isEqualTo("1 below: " + CATALOG + " 66.6% (< 80%)");
    assertThat(failing.findings())
        .filteredOn(f -> f.path().equals(CATALOG))
        .extracting(Finding::severity)
        .containsExactly(Severity.ERROR);
    assertThat(failing.findings())
        .filteredOn(f -> f.path().equals(BILLING))
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING);

    h.configFor(p -> p.startsWith("catalog/") ? lenient : strict);
    GateResult passing = h.run();
    assertThat(criterion(passing, "coverage/per-file").status()).isEqualTo(Status.PASS);
    assertThat(criterion(passing, "coverage/per-file").expected())
        .isEqualTo(">= each file's threshold");
    assertThat(passing.status()).isEqualTo(Status.PASS);
  }

  @Test
  void perFileIsNotACriterionUnlessSet() throws Exception {
    GateResult r = changed(harness(defaults), BILLING, 12, 16).run();
    assertThat(r.criteria()).extracting(CriterionResult::id).doesNotContain("coverage/per-file");
  }

  @Test
  void branchesAreReportedAlwaysAndGatedOnlyWhenSet() throws Exception {
    GateResult reported = changed(harness(defaults), BILLING, 9, 14).run();
    CriterionResult b = criterion(reported, "coverage/branches");
    assertThat(b.status()).isEqualTo(Status.SKIPPED);
    assertThat(b.actual()).isEqualTo("75.0% (3 of 4 branches)");
    assertThat(reported.metrics())
        .containsEntry("branches-covered", "3")
        .containsEntry("branches-total", "4");

    GateResult gated =
        changed(harness(defaults.withChangedLines(0.5).withBranches(0.8)), BILLING, 9, 14).run();
    assertThat(criterion(gated, "coverage/branches").status()).isEqualTo(Status.FAIL);
    assertThat(criterion(gated, "coverage/changed-lines").status()).isEqualTo(Status.PASS);
    assertThat(gated.status()).isEqualTo(Status.FAIL);
  }

  @Test
  void onlyNonExecutableLinesChangedPasses() throws Exception {
    GateResult r = changed(harness(defaults), BILLING, 7, 7).run();
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(criterion(r, "coverage/changed-lines").actual())
        .isEqualTo("no executable changed lines");
    assertThat(r.summary()).isEqualTo("no executable changed lines (1 file)");
  }

  @Test
  void aProductionPackageNamedTestsIsCountedNotTakenForTests() throws Exception {
    GateHarness<CoverageConfig> h = harness(defaults);
    h.changedFile(
        "billing/src/main/java/com/acme/tests/Runner.java", "class Runner { // +\n  int x = 1; // +\n}\n");
    GateResult r = h.run();
    assertThat(r.findings())
        .extracting(Finding::path)
        .containsExactly("billing/src/main/java/com/acme/tests/Runner.java");
    assertThat(r.status()).isEqualTo(Status.FAIL);
  }

  @Test
  void noSourceFilesChanged() throws Exception {
    GateHarness<CoverageConfig> h = harness(defaults);
    h.changedFile("billing/src/test/java/com/acme/util/MoreTest.java", "class MoreTest {} // +\n");
    h.changedFile("README.md", "# Shop // +\n");
    h.change(
        new FileChange(
            "billing/src/main/java/Gone.java",
            "billing/src/main/java/Gone.java",
            ChangeType.DELETED,
            100,
            ChangedLines.ofLines(1)));
    GateResult r = h.run();
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.summary()).isEqualTo("no changed source files");
    assertThat(r.notes()).anyMatch(n -> n.contains("README.md"));
  }

  @Test
  void noReportFoundIsAnActionableError() throws Exception {
    GateHarness<CoverageConfig> h =
        GateHarness.forGate(new CoverageGate()).root(Files.createDirectory(dir.resolve("empty")));
    h.config(defaults).changedFile("src/main/java/A.java", "class A { int x = 1; } // +\n");
    GateResult r = h.run();
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.summary())
        .contains(
            "**/target/site/jacoco*/jacoco.xml",
            "**/lcov.info",
            "jacoco-maven-plugin",
            "coverage xml",
            "`reports`",
            "require-reports: false");

    GateResult skipped = h.config(defaults.withRequireReports(false)).run();
    assertThat(skipped.status()).isEqualTo(Status.SKIPPED);
  }

  @Test
  void aReportListingTheFileUnderAnotherRootSaysHowToMapIt() throws Exception {
    TestReports.copy("js", dir);
    Path js = dir.resolve("js");
    // The real c8 report says src/pricing.js; here the file lives under lib/ instead.
    Files.createDirectories(js.resolve("lib"));
    GateHarness<CoverageConfig> h = GateHarness.forGate(new CoverageGate()).root(js);
    GateResult r =
        h.config(defaults.withReports(List.of("c8-out/lcov.info")))
            .changedFile("lib/pricing.js", "function total() { // +\n  return 1; // +\n}\n")
            .run();
    assertThat(r.notes())
        .anyMatch(
            n -> n.contains("lib/pricing.js") && n.contains("src/pricing.js") && n.contains("source-roots"));
    assertThat(r.findings()).extracting(Finding::rule).containsExactly("coverage/missing-from-report");
  }

  @Test
  void noReportButNoCodeChangedPasses() throws Exception {
    GateHarness<CoverageConfig> h =
        GateHarness.forGate(new CoverageGate()).root(Files.createDirectory(dir.resolve("empty")));
    GateResult r = h.config(defaults).changedFile("docs/intro.md", "hello // +\n").run();
    assertThat(r.status()).isEqualTo(Status.PASS);
  }

  @Test
  void filesOfALanguageNoReportMeasuresAreNotCounted() throws Exception {
    GateHarness<CoverageConfig> h = changed(harness(defaults), BILLING, 12, 16);
    h.changedFile("web/app.js", "console.log(1); // +\n");
    GateResult r = h.run();
    assertThat(r.metrics()).containsEntry("files", "1");
    assertThat(r.notes())
        .anyMatch(n -> n.contains("no report measures") && n.contains("web/app.js"));
  }

  @Test
  void malformedReportIsAnErrorNamingFileLineAndColumn() throws Exception {
    Path bad = maven.resolve("catalog/target/site/jacoco/jacoco.xml");
    String text = Files.readString(bad);
    Files.writeString(bad, text.substring(0, text.length() / 2));
    GateResult r = changed(harness(defaults), BILLING, 12, 16).run();
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.summary())
        .startsWith("catalog/target/site/jacoco/jacoco.xml:1:")
        .containsPattern("malformed XML: [^\\n]+\\. Regenerate the report")
        .doesNotContain("..")
        .doesNotContain("\tat ");
  }

  @Test
  void coveragePyReportFromAnotherMachine() throws Exception {
    TestReports.copy("python", dir);
    Path py = dir.resolve("python");
    // rewrite the <source> as CI would have it, so only suffix matching can map the file
    Path xml = py.resolve("coverage.xml");
    Files.writeString(xml, Files.readString(xml).replace("/tmp/covfx/py", "/home/runner/work/x/x"));
    String path = "calc/grades.py";
    GateHarness<CoverageConfig> h =
        GateHarness.forGate(new CoverageGate()).root(py).config(defaults);
    h.headFile(path, Files.readString(py.resolve(path)));
    h.change(
        new FileChange(
            path, path, ChangeType.MODIFIED, 100, ChangedLines.of(List.of(new LineRange(6, 14)))));
    GateResult r = h.run();
    assertThat(r.metrics()).containsEntry("covered", "5").containsEntry("executable", "8");
    assertThat(r.findings())
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .startsWith("lines 12-14 are changed");
  }
}
