package dev.assay.java.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.CriteriaException;
import dev.assay.policy.CriteriaLoader;
import dev.assay.policy.GateDefault;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Configuration read through the real criteria loader, from YAML. */
class MutationConfigureTest {
  private final MutationGate gate = new MutationGate();

  @Test
  void anEmptySectionGivesTheDefaults() {
    assertThat(configure("gates:\n  mutation: {enabled: true}\n"))
        .isEqualTo(MutationConfig.defaults());
  }

  @Test
  void everyKeyIsRead() {
    MutationConfig c =
        configure(
            """
            gates:
              mutation:
                min-score: 75%
                run: true
                classes: [core/target/classes]
                test-classes: [core/target/test-classes]
                classpath-file: core/target/cp.txt
                report-dir: build/pit
                mutators: [STRONGER]
                threads: 2
                timeout-ms: 1500
                jvm-args: ["-Xmx1g"]
                exclude: ["**/generated/**"]
            """);
    assertThat(c.minScore()).isEqualTo(0.75);
    assertThat(c.run()).isTrue();
    assertThat(c.classes()).containsExactly("core/target/classes");
    assertThat(c.testClasses()).containsExactly("core/target/test-classes");
    assertThat(c.classpathFile()).isEqualTo("core/target/cp.txt");
    assertThat(c.reportDir()).isEqualTo("build/pit");
    assertThat(c.mutators()).containsExactly("STRONGER");
    assertThat(c.threads()).isEqualTo(2);
    assertThat(c.timeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(c.jvmArgs()).containsExactly("-Xmx1g");
    assertThat(c.exclude()).contains("**/generated/**", "src/test/**");
  }

  @Test
  void mistakesNameFileLineAndKey() {
    assertThatThrownBy(() -> configure("gates:\n  mutation:\n    min-scor: 50%\n"))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining(".assay.yml:3:")
        .hasMessageContaining("min-scor")
        .hasMessageContaining("min-score");
    assertThatThrownBy(() -> configure("gates:\n  mutation:\n    min-score: 60\n"))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("gates.mutation.min-score");
    assertThatThrownBy(() -> configure("gates:\n  mutation:\n    threads: 0\n"))
        .hasMessageContaining("gates.mutation.threads")
        .hasMessageContaining("between 1 and 64");
    assertThatThrownBy(() -> configure("gates:\n  mutation:\n    timeout-ms: -5\n"))
        .hasMessageContaining("timeout-ms");
    assertThatThrownBy(() -> configure("gates:\n  mutation:\n    mutators: []\n"))
        .hasMessageContaining("mutators");
    assertThatThrownBy(() -> configure("gates:\n  mutation:\n    classpath-file: [a, b]\n"))
        .hasMessageContaining("takes one path");
    assertThatThrownBy(() -> configure("gates:\n  mutation:\n    report-dir: ../outside\n"))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("report-dir");
  }

  private MutationConfig configure(String yaml) {
    var criteria =
        CriteriaLoader.parse(
            ".assay.yml",
            yaml.getBytes(StandardCharsets.UTF_8),
            List.of(new GateDefault("mutation", false, "mutation: off")));
    return gate.configure(criteria.gate("mutation").orElseThrow().settings());
  }
}
