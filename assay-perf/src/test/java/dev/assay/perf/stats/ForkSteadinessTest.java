package dev.assay.perf.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ForkSteadinessTest {

  private static double[] iterations(SplittableRandom r, int n, double noise) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = 100 * Math.exp(noise * r.nextGaussian());
    }
    return v;
  }

  @Test
  void steadyNoiseIsSteadyAlmostAlways() {
    SplittableRandom r = new SplittableRandom(1);
    int flagged = 0;
    for (int trial = 0; trial < 1000; trial++) {
      // noisy enough that the size gate (5%) alone would not hide a false significance
      if (!ForkSteadiness.check(iterations(r, 20, 0.1)).steady()) {
        flagged++;
      }
    }
    assertThat(flagged).isLessThanOrEqualTo(20); // two 1% tests
  }

  @Test
  void aWarmingUpForkTrends() {
    SplittableRandom r = new SplittableRandom(2);
    double[] v = iterations(r, 20, 0.01);
    for (int i = 0; i < v.length; i++) {
      v[i] *= 1.3 - 0.015 * i; // 30% slower at the start, still improving
    }
    Steadiness s = ForkSteadiness.check(v);
    assertThat(s.steady()).isFalse();
    assertThat(s.trendP()).isLessThan(0.001);
    assertThat(s.drift()).isLessThan(-0.2);
    assertThat(s.reason()).startsWith("the iterations trend: -");
  }

  @Test
  void aLevelShiftIsFoundWhereItHappened() {
    SplittableRandom r = new SplittableRandom(3);
    double[] v = iterations(r, 20, 0.01);
    for (int i = 12; i < v.length; i++) {
      v[i] *= 1.2; // e.g. a deoptimisation at iteration 13
    }
    Steadiness s = ForkSteadiness.check(v);
    assertThat(s.steady()).isFalse();
    assertThat(s.shiftAt()).isEqualTo(12);
    assertThat(s.shift()).isBetween(0.15, 0.25);
    assertThat(s.reason()).satisfiesAnyOf(
        reason -> assertThat(reason).contains("shift level by +"),
        reason -> assertThat(reason).contains("trend: +"));
  }

  @Test
  void aSignificantButTinyDriftIsNotFlagged() {
    double[] v = new double[20];
    for (int i = 0; i < v.length; i++) {
      v[i] = 100 + 0.05 * i; // 1% over the run, perfectly monotone
    }
    Steadiness s = ForkSteadiness.check(v);
    assertThat(s.trendP()).isLessThan(0.001);
    assertThat(s.steady()).isTrue();
    assertThat(s.reason()).contains("at least 5%");
  }

  @Test
  void fewIterationsCannotBeJudged() {
    Steadiness s = ForkSteadiness.check(new double[] {1, 2, 3});
    assertThat(s.steady()).isTrue();
    assertThat(s.reason()).contains("too few");
    assertThatThrownBy(() -> ForkSteadiness.check(new double[] {1, 2, Double.NaN, 4, 5}))
        .hasMessageContaining("finite");
  }
}
