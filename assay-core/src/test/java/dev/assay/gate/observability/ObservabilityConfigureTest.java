package dev.assay.gate.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.CriteriaException;
import dev.assay.gate.observability.ObservabilityRule.Level;
import dev.assay.policy.CriteriaLoader;
import dev.assay.policy.GateDefault;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Configuration read through the real criteria loader, from YAML. */
class ObservabilityConfigureTest {
  private final ObservabilityGate gate = new ObservabilityGate();

  @Test
  void anEmptySectionGivesTheDefaults() {
    ObservabilityConfig c = configure("gates:\n  observability: {}\n");
    assertThat(c).isEqualTo(ObservabilityConfig.defaults());
    assertThat(c.level(ObservabilityRule.EMPTY_CATCH)).isEqualTo(Level.ERROR);
    assertThat(c.level(ObservabilityRule.HANDLER_WITHOUT_LOGGING)).isEqualTo(Level.ADVISORY);
  }

  @Test
  void everyKeyIsRead() {
    ObservabilityConfig c = configure("""
        gates:
          observability:
            empty-catch: advisory
            swallowed-exception: off
            print-stack-trace: error
            debug-print: off
            handler-without-logging: error
            loggers: [audit, tracer]
            test-paths: ["spec/**"]
            check-tests: true
            exempt-paths: ["tools/**"]
            exclude: ["generated/**"]
        """);
    assertThat(c.level(ObservabilityRule.EMPTY_CATCH)).isEqualTo(Level.ADVISORY);
    assertThat(c.level(ObservabilityRule.SWALLOWED_EXCEPTION)).isEqualTo(Level.OFF);
    assertThat(c.level(ObservabilityRule.DEBUG_PRINT)).isEqualTo(Level.OFF);
    assertThat(c.level(ObservabilityRule.HANDLER_WITHOUT_LOGGING)).isEqualTo(Level.ERROR);
    assertThat(c.loggers()).containsExactly("audit", "tracer");
    assertThat(c.testPaths()).containsExactly("spec/**");
    assertThat(c.checkTests()).isTrue();
    assertThat(c.exempt()).containsExactly("tools/**");
    assertThat(c.exclude()).contains("generated/**", "**/dist/**");
  }

  @Test
  void mistakesNameTheKeyAndSuggest() {
    assertThatThrownBy(() -> configure("gates:\n  observability:\n    emtpy-catch: off\n"))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("emtpy-catch")
        .hasMessageContaining("empty-catch");
    assertThatThrownBy(() -> configure("gates:\n  observability:\n    debug-print: warn\n"))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("gates.observability.debug-print")
        .hasMessageContaining("error")
        .hasMessageContaining("advisory");
    assertThatThrownBy(() -> configure("gates:\n  observability:\n    loggers: [\"my logger\"]\n"))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("`my logger`")
        .hasMessageContaining("not a name");
    assertThatThrownBy(() -> configure("gates:\n  observability:\n    exclude: [\"../x\"]\n"))
        .isInstanceOf(CriteriaException.class);
  }

  @Test
  void everyKeyMayBeOverriddenPerPath() {
    assertThat(gate.pathKeys()).contains("empty-catch", "loggers", "exempt-paths", "exclude");
  }

  private ObservabilityConfig configure(String yaml) {
    var criteria = CriteriaLoader.parse(".assay.yml", yaml.getBytes(StandardCharsets.UTF_8),
        List.of(new GateDefault("observability", false, "observability: off")));
    return gate.configure(criteria.gate("observability").orElseThrow().settings());
  }
}
