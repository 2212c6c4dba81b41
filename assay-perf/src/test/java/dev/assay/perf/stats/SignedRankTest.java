package dev.assay.perf.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
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

  /** R's ?wilcox.test example (depression scores, paired), computed by hand and by SciPy. */
  @Test
  void hodgesLehmannAndBoundMatchRsDepressionExample() {
    double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
    double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
    double[] d = new double[x.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = x[i] - y[i];
    }
    // wilcox.test(x, y, paired = TRUE, alternative = "greater", conf.int = TRUE):
    // V = 40, p-value = 0.01953, 95 percent confidence interval 0.175 to Inf, (pseudo)median 0.46
    assertThat(SignedRank.pGreater(d, 0)).isCloseTo(0.01953125, within(1e-12));
    assertThat(SignedRank.wilcoxonPGreater(d)).isCloseTo(0.01953125, within(1e-12));
    assertThat(SignedRank.hodgesLehmann(d)).isCloseTo(0.46, within(1e-9));
    assertThat(SignedRank.lowerBound(d, 0.05)).isCloseTo(0.175, within(1e-9));
  }

  @Test
  void exactTailsEqualBruteForceEnumeration() {
    for (int n = 1; n <= 14; n++) {
      int total = n * (n + 1) / 2;
      long[] counts = new long[total + 1];
      for (int mask = 0; mask < (1 << n); mask++) {
        int sum = 0;
        for (int k = 0; k < n; k++) {
          if ((mask & (1 << k)) != 0) {
            sum += k + 1;
          }
        }
        counts[sum]++;
      }
      long tail = 0;
      for (int t = total; t >= 0; t--) {
        tail += counts[t];
        assertThat(SignedRank.upperTail(n, t))
            .as("n=%d t=%d", n, t)
            .isCloseTo((double) tail / (1L << n), within(1e-15));
      }
    }
  }

  @Test
  void sevenRoundsCannotGoBelowOneIn128() {
    double[] allAbove = {1, 2, 3, 4, 5, 6, 7};
    assertThat(SignedRank.pGreater(allAbove, 0)).isEqualTo(1.0 / 128);
    assertThat(SignedRank.lowerBound(allAbove, 1.0 / 128)).isEqualTo(1.0);
    assertThat(SignedRank.lowerBound(allAbove, 0.0077)).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void normalApproximationIsCloseToExactAtTheSwitch() {
    int n = SignedRank.EXACT_MAX;
    double mean = n * (n + 1) / 4.0;
    double sd = Math.sqrt(n * (n + 1.0) * (2 * n + 1) / 24);
    for (double z : new double[] {0, 1, 2, 2.5, 3}) {
      long t = Math.round(mean + z * sd);
      double normal = org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1)
          .survivalProbability((t - 0.5 - mean) / sd);
      assertThat(SignedRank.upperTail(n, t)).isCloseTo(normal, within(0.002));
    }
  }

  @Test
  void boundsAgreeWithPValuesAtEveryLevel() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 300; trial++) {
      int n = 3 + random.nextInt(70);
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        // coarse values make ties common
        x[i] = Math.round(random.nextGaussian() * 4) / 4.0 + 0.3;
      }
      double alpha = new double[] {0.001, 0.01, 0.04, 0.05, 0.2}[random.nextInt(5)];
      double theta = Math.round(random.nextGaussian() * 8) / 8.0;
      double low = SignedRank.lowerBound(x, alpha);
      double high = SignedRank.upperBound(x, alpha);
      assertThat(SignedRank.pGreater(x, theta) <= alpha).as("n=%d", n).isEqualTo(low > theta);
      assertThat(SignedRank.pLess(x, theta) <= alpha).as("n=%d", n).isEqualTo(high < theta);
      ShiftTest t = ShiftTest.of(x, theta, alpha, alpha);
      assertThat(t.low()).isEqualTo(low);
      assertThat(t.high()).isEqualTo(high);
      assertThat(t.pFail()).isEqualTo(SignedRank.pGreater(x, theta));
      assertThat(t.pPass()).isEqualTo(SignedRank.pLess(x, theta));
      assertThat(t.hl()).isEqualTo(SignedRank.hodgesLehmann(x));
    }
  }

  @Test
  void boundsCoverTheTrueCentreAsOftenAsPromised() {
    SplittableRandom random = new SplittableRandom(11);
    int misses = 0;
    int trials = 4000;
    for (int trial = 0; trial < trials; trial++) {
      double[] x = new double[15];
      for (int i = 0; i < x.length; i++) {
        x[i] = random.nextGaussian();
      }
      if (SignedRank.lowerBound(x, 0.05) > 0) {
        misses++;
      }
    }
    // one-sided 5%: the exact level for n = 15 is P(W >= c) <= 0.05; allow sampling error
    assertThat(misses / (double) trials).isBetween(0.03, 0.06);
  }

  @Test
  void walshCountTestEqualsTextbookExactTestWithoutTies() {
    assertThat(SignedRank.pGreater(A, 0)).isCloseTo(0.001953125, within(1e-12));
    assertThat(SignedRank.pGreater(B, 0)).isCloseTo(0.0390625, within(1e-12));
  }
}
