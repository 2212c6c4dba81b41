package dev.assay.java.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.ChangeType;
import dev.assay.api.ChangedLines;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.api.Status;
import dev.assay.testkit.GateHarness;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate reading a real pitest-maven report from its conventional place. */
class MutationGateTest {
  static final String SOURCE = "src/main/java/demo/Pricing.java";

  @TempDir Path root;
  String pricing;

  @BeforeEach
  void setUp() throws Exception {
    pricing = resource("/pit/pricing/Pricing.java");
    Path report = root.resolve("target/pit-reports/mutations.xml");
    Files.createDirectories(report.getParent());
    Files.writeString(report, resource("/pit/pricing/mutations.xml"));
  }

  static String resource(String name) throws Exception {
    try (InputStream in = MutationGateTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private GateHarness<MutationConfig> harness(int... changedLines) {
    return GateHarness.forGate(new MutationGate())
        .config(MutationConfig.defaults())
        .root(root)
        .headFile(SOURCE, pricing)
        .change(
            new FileChange(
                SOURCE, SOURCE, ChangeType.MODIFIED, 100, ChangedLines.ofLines(changedLines)));
  }

  @Test
  void scoresOnlyMutantsOnChangedLinesAndExplainsSurvivors() throws Exception {
    GateResult r = harness(7, 28, 39, 40).run();

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.criteria().get(0).actual()).isEqualTo("33.3% (2 of 6 mutants detected)");
    assertThat(r.criteria().get(0).expected()).isEqualTo(">= 60%");
    assertThat(r.metrics()).containsEntry("mutants", "6").containsEntry("status.timed_out", "1");
    assertThat(rules(r))
        .containsExactlyInAnyOrder(
            "mutation/survived:7",
            "mutation/timed-out:28",
            "mutation/survived:39",
            "mutation/survived:39",
            "mutation/no-coverage:40");
    Finding boundary = r.findings().stream().filter(f -> f.line() == 7).findFirst().orElseThrow();
    assertThat(boundary.message())
        .startsWith(
            "Replacing `>` with `>=` at line 7 (in `total`) was not detected by any test: 1 test"
                + " ran the mutated code and passed.");
    assertThat(boundary.properties()).containsEntry("mutator", "ConditionalsBoundary");
    assertThat(
            r.findings().stream().filter(f -> f.line() == 28).findFirst().orElseThrow().message())
        .startsWith("Replacing `-` with `+` at line 28 (in `stepsToZero`) made the tests run")
        .contains("past PIT's time limit, most likely an infinite loop");
  }

  @Test
  void passesWhenEveryMutantOnChangedLinesIsKilled() throws Exception {
    GateResult r = harness(6, 8, 10).run();
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.criteria().get(0).actual()).isEqualTo("100% (4 of 4 mutants detected)");
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void thresholdComesFromTheConfiguration() throws Exception {
    GateResult r = harness(7, 28, 39, 40).config(MutationConfig.defaults().withMinScore(0.3)).run();
    assertThat(r.status()).isEqualTo(Status.PASS);
  }

  @Test
  void aChangeWithoutMutantsIsSkippedNotPassed() throws Exception {
    GateResult r = harness(1, 2, 3).run();
    assertThat(r.criteria().get(0).status()).isEqualTo(Status.SKIPPED);
    assertThat(r.criteria().get(0).actual()).isEqualTo("no mutants on changed lines");
  }

  @Test
  void testSourcesAndOtherLanguagesAreNotCandidates() throws Exception {
    GateResult r =
        GateHarness.forGate(new MutationGate())
            .config(MutationConfig.defaults())
            .root(root)
            .change(
                new FileChange(
                    "src/test/java/demo/PricingTest.java",
                    "src/test/java/demo/PricingTest.java",
                    ChangeType.MODIFIED,
                    100,
                    ChangedLines.ofLines(3)))
            .change(
                new FileChange("app.py", "app.py", ChangeType.ADDED, 100, ChangedLines.ofLines(1)))
            .run();
    assertThat(r.status()).isEqualTo(Status.SKIPPED);
  }

  @Test
  void aMutantListedByTwoReportsCountsOnce() throws Exception {
    Path copy = root.resolve("module/target/pit-reports/mutations.xml");
    Files.createDirectories(copy.getParent());
    Files.copy(root.resolve("target/pit-reports/mutations.xml"), copy);
    GateResult r = harness(7, 28, 39, 40).run();
    assertThat(r.criteria().get(0).actual()).isEqualTo("33.3% (2 of 6 mutants detected)");
    assertThat(r.notes()).anyMatch(n -> n.startsWith("Read 2 mutation report(s)"));
  }

  @Test
  void noReportIsAnErrorThatSaysHowToGetOne() throws Exception {
    Files.delete(root.resolve("target/pit-reports/mutations.xml"));
    GateResult r = harness(7).run();
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.summary())
        .contains("no mutation report found")
        .contains("run: true")
        .contains("pitest-maven");
  }

  @Test
  void aBrokenReportIsAnErrorNamingFileAndLine() throws Exception {
    Files.writeString(
        root.resolve("target/pit-reports/mutations.xml"),
        "<mutations>\n<mutation status='KILLED'><sourceFile>Pricing.java</sourceFile>");
    GateResult r = harness(7).run();
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.summary()).startsWith("target/pit-reports/mutations.xml:2:");
  }

  private static List<String> rules(GateResult r) {
    return r.findings().stream().map(f -> f.rule() + ":" + f.line()).toList();
  }
}
