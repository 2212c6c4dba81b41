package dev.assay.gate.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Finding;
import dev.assay.gate.secrets.SecretExamples.Negative;
import dev.assay.gate.secrets.SecretExamples.Positive;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecretRulesTest {

  static List<Positive> positives() {
    return SecretExamples.positives();
  }

  static List<Negative> negatives() {
    return SecretExamples.negatives();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positives")
  void positiveExampleGivesExactlyItsFinding(Positive p) throws Exception {
    List<Finding> found = SecretExamples.run(p.path(), p.text());
    assertThat(found).as("findings").hasSize(1);
    Finding f = found.get(0);
    assertThat(f.rule()).isEqualTo(p.rule());
    assertThat(f.line()).isEqualTo(p.line());
    assertThat(f.severity()).isEqualTo(p.severity());
    assertThat(f.path()).isEqualTo(p.path());
    assertThat(f.properties()).containsKeys("cwe", "confidence", "masked", "length", "fingerprint");
    assertThat(f.properties().get("cwe")).isIn("CWE-798", "CWE-321");
    assertThat(f.properties().get("confidence")).isIn("high", "medium");
    assertThat(f.properties().get("fingerprint")).matches("sha256:[0-9a-f]{12}");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negatives")
  void negativeExampleGivesNothing(Negative n) throws Exception {
    assertThat(SecretExamples.run(n.path(), n.text())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positives")
  void theWholeTreeEntryPointFindsTheSameAsTheGate(Positive p) throws Exception {
    assertThat(SecretScanner.scan(p.path(), p.text(), LineFilter.all()))
        .isEqualTo(SecretExamples.run(p.path(), p.text()));
  }
}
