package dev.assay.policy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.CriteriaException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;

/** Shared inputs for the policy tests: a gate list like the engine's and parse shortcuts. */
final class TestCriteria {
  static final String FILE = ".assay.yml";
  static final List<GateDefault> GATES =
      List.of(
          new GateDefault("tests", true, "tests: JUnit XML reports must all pass (default)"),
          new GateDefault("coverage", true, "coverage: changed lines >= 80% covered (default)"),
          new GateDefault("mutation", false, "mutation: off (default)"));

  private TestCriteria() {}

  static Criteria parse(String yaml) {
    return CriteriaLoader.parse(FILE, yaml.getBytes(StandardCharsets.UTF_8), GATES);
  }

  /** Asserts parsing fails with the message starting at the given position and key path. */
  static AbstractThrowableAssert<?, ? extends Throwable> failsAt(
      String yaml, int line, int column, String keyPath) {
    return failsAt(yaml.getBytes(StandardCharsets.UTF_8), line, column, keyPath);
  }

  static AbstractThrowableAssert<?, ? extends Throwable> failsAt(
      byte[] content, int line, int column, String keyPath) {
    String prefix =
        FILE
            + (line > 0 ? ":" + line + ":" + column : "")
            + ": "
            + (keyPath.isEmpty() ? "" : "`" + keyPath + "`: ");
    return assertThatThrownBy(() -> CriteriaLoader.parse(FILE, content, GATES))
        .isInstanceOf(CriteriaException.class)
        .hasMessageStartingWith(prefix)
        .satisfies(
            e -> {
              CriteriaException ce = (CriteriaException) e;
              org.assertj.core.api.Assertions.assertThat(ce.location().keyPath())
                  .isEqualTo(keyPath);
            });
  }
}
