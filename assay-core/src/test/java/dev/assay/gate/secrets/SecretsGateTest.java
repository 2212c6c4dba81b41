package dev.assay.gate.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.ChangeType;
import dev.assay.api.ChangedLines;
import dev.assay.api.CriterionResult;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.api.RuleDescriptor;
import dev.assay.api.Severity;
import dev.assay.api.Status;
import dev.assay.check.BuiltInGates;
import dev.assay.policy.GateDefault;
import dev.assay.testkit.GateHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretsGateTest {
  private final FakeSecrets fake = new FakeSecrets(11);

  @Test
  void onlyAddedLinesAreReported() throws Exception {
    String old = fake.githubToken();
    String added = fake.githubToken();
    GateResult r =
        GateHarness.forGate(new SecretsGate())
            .config(SecretsConfig.defaults())
            .baseFile("ci.py", "OLD = '" + old + "'\n")
            .changedFile("ci.py", "OLD = '" + old + "'\nNEW = '" + added + "' # +\n")
            .run();
    assertThat(r.findings()).extracting(Finding::line).containsExactly(2);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.summary()).isEqualTo("1 suspected secret on 1 added lines");
  }

  @Test
  void aCleanChangePassesWithOneCriterionPerRule() throws Exception {
    GateResult r =
        SecretExamples.harness("A.java", "class A { int x = 1; }\n", SecretsConfig.defaults())
            .run();
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.findings()).isEmpty();
    assertThat(r.criteria())
        .extracting(CriterionResult::id)
        .containsExactlyElementsOf(
            new SecretsGate().rules().stream().map(RuleDescriptor::id).toList());
    assertThat(r.criteria()).allMatch(c -> c.kind() == CriterionResult.Kind.NO_FINDINGS);
    assertThat(r.notes()).containsExactly("Scanned 1 added lines in 1 files.");
  }

  @Test
  void findingsCountTowardTheCriterionOfTheirRule() throws Exception {
    GateResult r =
        SecretExamples.harness(
                "a.env",
                "NPM=npm_" + fake.of(FakeSecrets.ALNUM, 36) + "\n",
                SecretsConfig.defaults())
            .run();
    CriterionResult npm = criterion(r, "secrets/npm-token");
    assertThat(npm.status()).isEqualTo(Status.FAIL);
    assertThat(npm.actual()).isEqualTo("1 finding");
    assertThat(criterion(r, "secrets/github-token").status()).isEqualTo(Status.PASS);
  }

  @Test
  void testCodeIsReportedOneSeverityLowerAndOnlyWarns() throws Exception {
    GateResult r =
        SecretExamples.harness(
                "src/test/java/ClientTest.java",
                "String t = \"" + fake.githubToken() + "\";\n",
                SecretsConfig.defaults())
            .run();
    Finding f = r.findings().get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.properties()).containsEntry("test-path", "true");
    assertThat(f.message()).contains("in test code");
    assertThat(criterion(r, "secrets/github-token").status()).isEqualTo(Status.WARN);
    assertThat(r.status()).isEqualTo(Status.WARN);
  }

  @Test
  void aProductionPackageNamedTestsIsNotTestCode() throws Exception {
    GateResult r =
        SecretExamples.harness(
                "src/main/java/com/acme/tests/Keys.java",
                "String t = \"" + fake.githubToken() + "\";\n",
                SecretsConfig.defaults())
            .run();
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void excludedFilesAreNotScanned() throws Exception {
    String text = "t = '" + fake.githubToken() + "'\n";
    SecretsConfig cfg = SecretsConfig.defaults().withExclude(List.of("docs/**"));
    assertThat(SecretExamples.harness("docs/setup.py", text, cfg).run().findings()).isEmpty();
    assertThat(SecretExamples.harness("src/setup.py", text, cfg).run().findings()).hasSize(1);
  }

  @Test
  void aHigherEntropyThresholdReportsFewerValues() throws Exception {
    String text = "password = '" + fake.of(FakeSecrets.ALNUM, 20) + "'\n";
    assertThat(SecretExamples.run("a.py", text)).hasSize(1);
    assertThat(
            SecretExamples.harness("a.py", text, SecretsConfig.defaults().withEntropyThreshold(5.0))
                .run()
                .findings())
        .isEmpty();
  }

  @Test
  void deletedAndBinaryFilesAreSkipped() throws Exception {
    GateResult r =
        GateHarness.forGate(new SecretsGate())
            .config(SecretsConfig.defaults())
            .change(
                new FileChange(
                    "gone.env", "gone.env", ChangeType.DELETED, 100, ChangedLines.none()))
            .change(
                new FileChange(
                    "logo.png", "logo.png", ChangeType.ADDED, 100, ChangedLines.ofLines(1)))
            .run();
    assertThat(r.findings()).isEmpty();
    assertThat(r.notes()).containsExactly("Scanned 0 added lines in 0 files.");
  }

  @Test
  void everyRuleHasADocsPageThatNamesItsCwe() throws Exception {
    Path docs = Path.of("..", "docs");
    for (SecretRule rule : SecretRule.values()) {
      Path page = docs.resolve(rule.descriptor().docsPath());
      assertThat(page).as(rule.id()).exists();
      assertThat(Files.readString(page)).contains(rule.id()).contains(rule.cwe());
    }
    assertThat(docs.resolve("gates/secrets.md")).exists();
  }

  @Test
  void isRegisteredAfterCoverageAndOffByDefault() {
    List<String> ids = BuiltInGates.all().stream().map(g -> g.id()).toList();
    assertThat(ids.indexOf("secrets")).isEqualTo(ids.indexOf("coverage") + 1);
    GateDefault d =
        BuiltInGates.defaults(BuiltInGates.all()).stream()
            .filter(g -> g.id().equals("secrets"))
            .findFirst()
            .orElseThrow();
    assertThat(d.enabledByDefault()).isFalse();
  }

  private static CriterionResult criterion(GateResult r, String id) {
    return r.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }
}
