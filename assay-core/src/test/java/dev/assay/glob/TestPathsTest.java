package dev.assay.glob;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestPathsTest {
  private static final List<String> DEFAULTS = List.of("**/test/**", "**/tests/**");

  @Test
  void defaultGlobsDoNotMakeAProductionPackageNamedTestsATest() {
    TestPaths t = new TestPaths(DEFAULTS, DEFAULTS);
    assertThat(t.matches("core/src/main/java/dev/assay/gate/tests/TestsGate.java")).isFalse();
    assertThat(t.matches("src/main/java/com/acme/test/Fixtures.java")).isFalse();
    assertThat(t.matches("packages/web/test/cart.js")).isTrue();
    assertThat(t.matches("tests/test_cart.py")).isTrue();
  }

  @Test
  void globsTheUserWroteApplyEverywhere() {
    List<String> globs = List.of("**/test/**", "**/src/main/java/**/testing/**");
    TestPaths t = new TestPaths(globs, DEFAULTS);
    assertThat(t.matches("src/main/java/com/acme/testing/Fake.java")).isTrue();
    assertThat(t.matches("src/main/java/com/acme/test/Fake.java")).isFalse();
  }
}
