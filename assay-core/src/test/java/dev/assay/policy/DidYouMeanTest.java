package dev.assay.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
  private static final List<String> KEYS = List.of("coverage", "changed-lines", "reports", "tests");

  @Test
  void findsTypos() {
    assertThat(DidYouMean.closest("coverge", KEYS)).contains("coverage");
    assertThat(DidYouMean.closest("covreage", KEYS)).contains("coverage"); // transposition
    assertThat(DidYouMean.closest("Reports", KEYS)).contains("reports");
    assertThat(DidYouMean.closest("changed_lines", KEYS)).contains("changed-lines");
    assertThat(DidYouMean.closest("test", KEYS)).contains("tests");
  }

  @Test
  void doesNotGuessFarAway() {
    assertThat(DidYouMean.closest("zzz", KEYS)).isEmpty();
    assertThat(DidYouMean.closest("cov", KEYS)).isEmpty();
    assertThat(DidYouMean.closest("x".repeat(10_000), KEYS)).isEmpty();
    assertThat(DidYouMean.hint("zzz", KEYS))
        .isEqualTo("valid: `coverage`, `changed-lines`, `reports`, `tests`");
  }

  @Test
  void distanceCountsEdits() {
    assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(DidYouMean.distance("ab", "ba")).isEqualTo(1);
    assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
    assertThat(DidYouMean.distance("same", "same")).isZero();
  }
}
