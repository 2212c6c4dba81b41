package dev.assay.perf.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Expected values from NumPy 1.x {@code numpy.percentile(v, q)} (linear, R type 7). */
class QuantilesTest {

  private static final double[] V = {3.2, 1.0, 4.5, 2.2, 8.1, 6.0, 5.5, 7.7, 9.9, 0.4};

  @Test
  void percentilesMatchNumpy() {
    assertThat(Quantiles.percentile(V, 0)).isEqualTo(0.4);
    assertThat(Quantiles.percentile(V, 0.1)).isCloseTo(0.94, within(1e-12));
    assertThat(Quantiles.median(V)).isCloseTo(5.0, within(1e-12));
    assertThat(Quantiles.percentile(V, 0.9)).isCloseTo(8.28, within(1e-12));
    assertThat(Quantiles.percentile(V, 0.95)).isCloseTo(9.09, within(1e-12));
    assertThat(Quantiles.percentile(V, 1)).isEqualTo(9.9);
    assertThat(Quantiles.forkObservation(new double[] {5, 1, 100})).isEqualTo(5);
  }

  @Test
  void doesNotModifyItsInput() {
    double[] v = V.clone();
    Quantiles.median(v);
    assertThat(v).containsExactly(V);
  }

  @Test
  void rejectsEmptyNaNAndBadQuantiles() {
    assertThatThrownBy(() -> Quantiles.median(new double[0])).hasMessageContaining("no values");
    assertThatThrownBy(() -> Quantiles.median(new double[] {1, Double.NaN}))
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> Quantiles.percentile(V, 1.5)).hasMessageContaining("[0, 1]");
  }
}
