package dev.assay.perf.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AbsoluteBudgetTest {

  private static double[] rounds(SplittableRandom r, int n, double level, double noise) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = level * Math.exp(noise * r.nextGaussian());
    }
    return v;
  }

  @Test
  void withinBeyondAndAtTheBudget() {
    SplittableRandom r = new SplittableRandom(1);
    assertThat(AbsoluteBudget.decide("PkLookup p50", rounds(r, 10, 0.10, 0.05), 0.15,
        Direction.LOWER_IS_BETTER, 0.01).verdict()).isEqualTo(Verdict.PASS);
    Decision over = AbsoluteBudget.decide("PkLookup p50", rounds(r, 10, 0.30, 0.05), 0.15,
        Direction.LOWER_IS_BETTER, 0.01);
    assertThat(over.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(over.estimate().ratio()).isBetween(1.8, 2.2);
    assertThat(over.reason()).contains("beyond it");
    assertThat(AbsoluteBudget.decide("PkLookup p50", rounds(r, 10, 0.15, 0.1), 0.15,
        Direction.LOWER_IS_BETTER, 0.01).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void aThroughputBudgetIsAFloor() {
    SplittableRandom r = new SplittableRandom(2);
    assertThat(AbsoluteBudget.decide("inserts/s", rounds(r, 10, 500, 0.05), 1000,
        Direction.HIGHER_IS_BETTER, 0.01).verdict()).isEqualTo(Verdict.FAIL);
    assertThat(AbsoluteBudget.decide("inserts/s", rounds(r, 10, 2000, 0.05), 1000,
        Direction.HIGHER_IS_BETTER, 0.01).verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void rejectsABadBudget() {
    assertThatThrownBy(() -> AbsoluteBudget.decide("x", new double[] {1}, 0,
        Direction.LOWER_IS_BETTER, 0.01)).hasMessageContaining("x: the budget must be");
  }
}
