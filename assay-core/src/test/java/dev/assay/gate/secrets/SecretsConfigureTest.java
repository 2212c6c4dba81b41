package dev.assay.gate.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.CriteriaException;
import dev.assay.policy.CriteriaLoader;
import dev.assay.policy.GateDefault;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Configuration read through the real criteria loader, from YAML. */
class SecretsConfigureTest {
  private final SecretsGate gate = new SecretsGate();

  @Test
  void anEmptySectionGivesTheDefaults() {
    assertThat(configure("gates:\n  secrets: {}\n")).isEqualTo(SecretsConfig.defaults());
  }

  @Test
  void everyKeyIsRead() {
    SecretsConfig c =
        configure(
            "gates:\n"
                + "  secrets:\n"
                + "    exclude: [\"docs/**\"]\n"
                + "    test-paths: [\"spec/**\"]\n"
                + "    entropy-threshold: 4.2\n"
                + "    min-length: 20\n");
    assertThat(c.exclude()).contains("docs/**", "package-lock.json");
    assertThat(c.testPaths()).containsExactly("spec/**");
    assertThat(c.entropyThreshold()).isEqualTo(4.2);
    assertThat(c.minLength()).isEqualTo(20);
  }

  @Test
  void mistakesNameTheKey() {
    assertThatThrownBy(() -> configure("gates:\n  secrets:\n    excludes: [a]\n"))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("excludes");
    assertThatThrownBy(() -> configure("gates:\n  secrets:\n    entropy-threshold: 9\n"))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("gates.secrets.entropy-threshold")
        .hasMessageContaining("between 2.0");
    assertThatThrownBy(() -> configure("gates:\n  secrets:\n    entropy-threshold: high\n"))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("`high`");
    assertThatThrownBy(() -> configure("gates:\n  secrets:\n    min-length: 4\n"))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("min-length");
  }

  private SecretsConfig configure(String yaml) {
    var criteria =
        CriteriaLoader.parse(
            ".assay.yml",
            yaml.getBytes(StandardCharsets.UTF_8),
            List.of(new GateDefault("secrets", false, "secrets: off")));
    return gate.configure(criteria.gate("secrets").orElseThrow().settings());
  }
}
