package dev.assay.perf.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReferenceRatioTest {

  private static double[] rounds(SplittableRandom r, int n, double level, double noise) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = level * Math.exp(noise * r.nextGaussian());
    }
    return v;
  }

  @Test
  void withinBeyondAndAtTheAllowedRatio() {
    SplittableRandom r = new SplittableRandom(1);
    double[] sqlite = rounds(r, 12, 0.10, 0.03);
    Decision close = ReferenceRatio.decide("PkLookup", sqlite, rounds(r, 12, 0.105, 0.03), 1.2,
        Direction.LOWER_IS_BETTER, 0.01);
    assertThat(close.verdict()).isEqualTo(Verdict.PASS);
    assertThat(close.reason()).contains("the reference's").contains("within the allowed 1.20x");
    Decision scan = ReferenceRatio.decide("PkLookup", sqlite, rounds(r, 12, 2000, 0.03), 1.2,
        Direction.LOWER_IS_BETTER, 0.01);
    assertThat(scan.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(scan.estimate().ratio()).isGreaterThan(10_000);
    Decision boundary = ReferenceRatio.decide("PkLookup", sqlite, rounds(r, 12, 0.12, 0.2), 1.2,
        Direction.LOWER_IS_BETTER, 0.01);
    assertThat(boundary.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void throughputAgainstTheReference() {
    SplittableRandom r = new SplittableRandom(2);
    Decision d = ReferenceRatio.decide("inserts", rounds(r, 7, 1000, 0.02),
        rounds(r, 7, 400, 0.02), 1.2, Direction.HIGHER_IS_BETTER, 0.008);
    assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(d.estimate().costRatio()).isBetween(2.3, 2.7);
  }

  @Test
  void rejectsABadRatio() {
    assertThatThrownBy(() -> ReferenceRatio.decide("x", new double[] {1}, new double[] {1}, 0,
        Direction.LOWER_IS_BETTER, 0.01)).hasMessageContaining("x: the allowed ratio");
  }
}
