package dev.assay.gate.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.ChangeType;
import dev.assay.api.ChangedLines;
import dev.assay.api.CriteriaException;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.api.RuleDescriptor;
import dev.assay.check.BuiltInGates;
import dev.assay.policy.CriteriaLoader;
import dev.assay.policy.GateDefault;
import dev.assay.testkit.GateHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrityGateTest {
  @TempDir Path root;

  @Test
  void everyRuleHasADocsPageAndTheGateCannotBeSilencedInline() {
    IntegrityGate gate = new IntegrityGate();
    assertThat(gate.suppressibleInline()).isFalse();
    assertThat(gate.rules()).hasSize(7);
    Path docs = Path.of("..", "docs");
    for (RuleDescriptor r : gate.rules()) {
      assertThat(docs.resolve(r.docsPath())).as(r.id()).isRegularFile();
    }
    assertThat(docs.resolve("gates/integrity.md")).isRegularFile();
  }

  @Test
  void registeredOffByDefaultAfterCoverage() {
    List<GateDefault> defaults = BuiltInGates.defaults(BuiltInGates.all());
    // DESIGN.md order: integrity comes after every gate that judges the code itself.
    assertThat(defaults)
        .extracting(GateDefault::id)
        .containsSubsequence("tests", "coverage", "maintainability", "integrity");
    assertThat(defaults)
        .filteredOn(d -> d.id().equals("integrity"))
        .singleElement()
        .satisfies(d -> assertThat(d.enabledByDefault()).isFalse());
  }

  @Test
  void unknownKeyIsACriteriaError() {
    String yaml = "version: 1\ngates:\n  integrity:\n    ignore-path: [docs/**]\n";
    var criteria = CriteriaLoader.parse(".assay.yml", yaml.getBytes(),
        BuiltInGates.defaults(BuiltInGates.all()));
    var settings = criteria.gate("integrity").orElseThrow().settings();
    assertThatThrownBy(() -> new IntegrityGate().configure(settings))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("ignore-path").hasMessageContaining("ignore-paths");
  }

  @Test
  void withoutTheRegistryGateIdsComeFromTheFiles() throws Exception {
    String base = "version: 1\ngates:\n  security:\n    enabled: true\n";
    String head = "version: 1\ngates:\n  security:\n    enabled: false\n";
    Files.createDirectories(root);
    GateResult r = GateHarness.forGate(new IntegrityGate()).root(root)
        .config(IntegrityConfig.defaults())
        .baseFile(".assay.yml", base).headFile(".assay.yml", head)
        .change(new FileChange(".assay.yml", ".assay.yml", ChangeType.MODIFIED, 100,
            ChangedLines.ofLines(4)))
        .run();
    assertThat(r.findings()).extracting(Finding::rule, Finding::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("integrity/criteria-loosened", 4));
  }

  @Test
  void ignorePathsKeepDocumentedMarkersOut() throws Exception {
    String doc = "x = 1  # noqa\n";
    GateResult r = GateHarness.forGate(new IntegrityGate()).root(root)
        .config(new IntegrityConfig(".assay.yml", List.of("docs/**"), List.of()))
        .headFile("docs/example.py", doc).headFile("src/example.py", doc)
        .change(new FileChange("docs/example.py", "docs/example.py", ChangeType.ADDED, 100,
            ChangedLines.ofLines(1)))
        .change(new FileChange("src/example.py", "src/example.py", ChangeType.ADDED, 100,
            ChangedLines.ofLines(1)))
        .run();
    assertThat(r.findings()).extracting(Finding::path).containsExactly("src/example.py");
  }
}
