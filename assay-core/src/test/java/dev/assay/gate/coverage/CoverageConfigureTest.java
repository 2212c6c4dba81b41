package dev.assay.gate.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.CriteriaException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageConfigureTest {
  private final CoverageGate gate = new CoverageGate();

  @Test
  void emptySectionGivesTheDocumentedDefaults() {
    CoverageConfig c = gate.configure(new MapSettings(Map.of()));
    assertThat(c).isEqualTo(CoverageConfig.defaults());
    assertThat(c.changedLines()).isEqualTo(0.8);
    assertThat(c.perFile()).isEmpty();
    assertThat(c.branches()).isEmpty();
    assertThat(c.reports()).contains("**/target/site/jacoco*/jacoco.xml", "**/lcov.info");
    assertThat(c.requireReports()).isTrue();
  }

  @Test
  void everyKeyIsRead() {
    CoverageConfig c =
        gate.configure(
            new MapSettings(
                Map.of(
                    "reports",
                    List.of("out/cov.xml"),
                    "changed-lines",
                    "90%",
                    "per-file",
                    "50%",
                    "branches",
                    "0.6",
                    "include",
                    List.of("src/**"),
                    "exclude",
                    List.of("src/gen/**"),
                    "source-roots",
                    List.of("web"),
                    "require-reports",
                    false)));
    assertThat(c.reports()).containsExactly("out/cov.xml");
    assertThat(c.changedLines()).isEqualTo(0.9);
    assertThat(c.perFile()).hasValue(0.5);
    assertThat(c.branches()).hasValue(0.6);
    assertThat(c.include()).containsExactly("src/**");
    assertThat(c.exclude()).containsExactlyElementsOf(concat(CoverageConfig.DEFAULT_EXCLUDE, "src/gen/**"));
    assertThat(c.sourceRoots()).containsExactly("web");
    assertThat(c.requireReports()).isFalse();
  }

  @Test
  void excludeAddsToTestPathsWhichCanBeReplaced() {
    CoverageConfig added =
        gate.configure(new MapSettings(Map.of("exclude", List.of("gen/**"))));
    assertThat(added.exclude()).contains("src/test/**", "gen/**");
    CoverageConfig replaced =
        gate.configure(
            new MapSettings(Map.of("test-paths", List.of("spec/**"), "exclude", List.of("gen/**"))));
    assertThat(replaced.exclude()).containsExactly("spec/**", "gen/**");
  }

  private static List<String> concat(List<String> list, String extra) {
    List<String> out = new java.util.ArrayList<>(list);
    out.add(extra);
    return out;
  }

  @Test
  void unknownKeyIsRejected() {
    assertThatThrownBy(() -> gate.configure(new MapSettings(Map.of("per-files", "50%"))))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("per-files");
  }

  @Test
  void emptyReportListIsRejectedAtTheKey() {
    assertThatThrownBy(() -> gate.configure(new MapSettings(Map.of("reports", List.of()))))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining(".assay.yml:3:5")
        .hasMessageContaining("gates.coverage.reports");
  }

  @Test
  void rulesHaveDocsPages() {
    assertThat(gate.rules())
        .extracting(r -> r.docsPath())
        .containsExactly(
            "rules/coverage/uncovered-lines.md", "rules/coverage/missing-from-report.md");
    assertThat(gate.id()).isEqualTo("coverage");
  }
}
