package dev.assay.java.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.ChangeType;
import dev.assay.api.ChangedLines;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.api.Status;
import dev.assay.testkit.GateHarness;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** StrykerJS's JSON report, from a real run (see src/test/resources/stryker/pricing/README.md). */
class StrykerReportTest {
  @TempDir Path root;

  @Test
  void strykerMutantsOnChangedLinesAreScoredAndDescribedFromTheCode() throws Exception {
    Path report = root.resolve("reports/mutation/mutation.json");
    Files.createDirectories(report.getParent());
    Files.writeString(report, MutationGateTest.resource("/stryker/pricing/mutation.json"));
    GateResult r =
        GateHarness.forGate(new MutationGate())
            .config(MutationConfig.defaults())
            .root(root)
            .headFile("pricing.js", MutationGateTest.resource("/stryker/pricing/pricing.js"))
            .change(
                new FileChange(
                    "pricing.js",
                    "pricing.js",
                    ChangeType.MODIFIED,
                    100,
                    ChangedLines.ofLines(5, 16)))
            .run();

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.criteria().get(0).actual()).isEqualTo("40% (4 of 10 mutants detected)");
    assertThat(r.findings().stream().map(Finding::message))
        .contains(
            "Replacing `price < 0` with `price <= 0` at line 16 was not detected by any test: 1"
                + " test ran the mutated code and passed. Add an assertion that fails on this"
                + " change (check the result, not just that the code runs).",
            "Replacing `quantity > 10` with `quantity >= 10` at line 5 was not detected by any"
                + " test: 1 test ran the mutated code and passed. Add an assertion that fails on"
                + " this change (check the result, not just that the code runs).")
        .anyMatch(m -> m.startsWith("Replacing the code of lines 16-18 with `{}`"));
    assertThat(r.findings()).filteredOn(f -> f.rule().equals("mutation/timed-out")).hasSize(2);
  }

  @Test
  void brokenOrForeignJsonIsAnErrorNamingTheFile() {
    assertThatThrownBy(() -> parse("{\"files\": [1, 2"))
        .isInstanceOf(MutationReportException.class)
        .hasMessageStartingWith("mutation.json:1:");
    assertThatThrownBy(() -> parse("{\"name\": \"package.json\"}"))
        .hasMessageContaining("no `files` object");
    assertThatThrownBy(
            () ->
                parse(
                    "{\"files\": {\"a.js\": {\"mutants\": [{\"id\": \"1\", \"status\": \"Eaten\","
                        + " \"location\": {\"start\": {\"line\": 1, \"column\": 1}}}]}}}"))
        .hasMessageContaining("unknown status `Eaten`");
    assertThatThrownBy(() -> parse("[".repeat(5000))).isInstanceOf(MutationReportException.class);
  }

  private static void parse(String json) throws Exception {
    new StrykerJsonParser()
        .parse(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
            "mutation.json",
            Path.of("/repo"));
  }
}
