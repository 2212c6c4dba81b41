package dev.assay.perf.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The signed-rank test against SciPy 1.17.1: {@code scipy.stats.wilcoxon(x, alternative="greater",
 * method=..., correction=True)} printed the expected p-values below.
 */
class SignedRankTest {

  private static final double[] A = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
  private static final double[] B = {0.8, -0.3, 1.1, 0.4, -0.2, 0.9, 1.5};
  private static final double[] TIES = {1, 2, 2, 3, -1, 4, 4, -2, 5, 6, 0.5, -0.5};
  private static final double[] BIG = {
    0.546, 1.022, 0.53, -1.103, 1.105, 0.646, -0.337, 0.781, 0.565, 0.494, 0.228, 0.747, -0.536,
    0.037, -0.282, 0.799, 0.24, -0.092, -0.582, -0.057, 0.208, -0.076, 1.494, 1.207, -2.511,
    -1.689, 0.025, -0.222, 0.414, 0.417, 2.318, -0.912, -0.178, 2.243, 0.847, 0.863, -0.314,
    -1.448, 0.367, 0.309, -1.027, -0.483, 0.128, -0.745, 0.102, 0.295, 0.236, -0.306, 0.794,
    1.091, 0.521, -0.618, 0.932, -0.301, 1.079, -0.872, 1.114, 0.18, -1.049, -0.114
  };

  @Test
  void textbookTestMatchesScipy() {
    assertThat(SignedRank.wilcoxonPGreater(A)).isCloseTo(0.001953125, within(1e-12));
    assertThat(SignedRank.wilcoxonPGreater(B)).isCloseTo(0.0390625, within(1e-12));
    // ties: normal approximation with tie and continuity corrections (SciPy method="approx")
    assertThat(SignedRank.wilcoxonPGreater(TIES)).isCloseTo(0.015266394578353427, within(1e-12));
    // 60 values: normal approximation (SciPy method="auto")
    assertThat(SignedRank.wilcoxonPGreater(BIG)).isCloseTo(0.057160706911306355, within(1e-12));
  }

  @Test
  void walshCountTestEqualsTextbookExactTestWithoutTies() {
    assertThat(SignedRank.pGreater(A, 0)).isCloseTo(0.001953125, within(1e-12));
    assertThat(SignedRank.pGreater(B, 0)).isCloseTo(0.0390625, within(1e-12));
  }
}
