package dev.assay.perf.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScalingCheckTest {

  private static double[] rounds(SplittableRandom r, int n, double level, double noise) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = level * Math.exp(noise * r.nextGaussian());
    }
    return v;
  }

  @Test
  void allowedGrowthPerComplexity() {
    assertThat(Complexity.CONSTANT.allowedGrowth(1000, 10000, 0.2)).isCloseTo(1.2, within(1e-12));
    assertThat(Complexity.LOGARITHMIC.allowedGrowth(1000, 10000, 0.2))
        .isCloseTo(4.0 / 3 * 1.2, within(1e-12));
    assertThat(Complexity.LINEAR.allowedGrowth(1000, 10000, 0)).isCloseTo(10, within(1e-12));
    assertThatThrownBy(() -> Complexity.CONSTANT.allowedGrowth(1000, 1000, 0.2))
        .hasMessageContaining("2 <= small < large");
    assertThatThrownBy(() -> Complexity.CONSTANT.allowedGrowth(10, 100, -1))
        .hasMessageContaining("tolerance");
  }

  @Test
  void aScanWhereASeekWasDeclaredFailsInSevenNoisyRounds() {
    SplittableRandom r = new SplittableRandom(1);
    // time per lookup: a scan grows tenfold with a tenfold table, even at 20% noise
    Decision d = ScalingCheck.decide("lookup", rounds(r, 7, 1.0, 0.2), rounds(r, 7, 10.0, 0.2),
        10_000, 100_000, Complexity.LOGARITHMIC, 0.2, Direction.LOWER_IS_BETTER, 0.008);
    assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(d.estimate().ratio()).isBetween(7.0, 14.0);
    assertThat(d.reason()).contains("allowed for logarithmic growth");
  }

  @Test
  void aRealSeekPasses() {
    SplittableRandom r = new SplittableRandom(2);
    Decision d = ScalingCheck.decide("lookup", rounds(r, 12, 1.0, 0.03), rounds(r, 12, 1.25, 0.03),
        10_000, 100_000, Complexity.LOGARITHMIC, 0.2, Direction.LOWER_IS_BETTER, 0.01);
    assertThat(d.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void throughputThatDropsTenfoldFailsConstant() {
    SplittableRandom r = new SplittableRandom(3);
    Decision d = ScalingCheck.decide("get", rounds(r, 7, 1e6, 0.05), rounds(r, 7, 1e5, 0.05),
        1000, 10_000, Complexity.CONSTANT, 0.2, Direction.HIGHER_IS_BETTER, 0.008);
    assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(d.estimate().costRatio()).isBetween(8.0, 12.0);
  }
}
