package dev.assay.perf.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HolmTest {

  private static final double[] P = {0.01, 0.04, 0.03, 0.005};

  @Test
  void stepsDownUntilTheFirstNonRejection() {
    // sorted: 0.005 <= 0.05/4, 0.01 <= 0.05/3, 0.03 > 0.05/2: stop
    double[] levels = Holm.levels(P, 0.05);
    assertThat(levels[3]).isCloseTo(0.0125, within(1e-15));
    assertThat(levels[0]).isCloseTo(0.05 / 3, within(1e-15));
    assertThat(levels[2]).isCloseTo(0.025, within(1e-15));
    assertThat(levels[1]).isCloseTo(0.025, within(1e-15)); // 0.04 would pass 0.05/1, but stopped
    boolean[] rejected = new boolean[P.length];
    for (int i = 0; i < P.length; i++) {
      rejected[i] = P[i] <= levels[i];
    }
    assertThat(rejected).containsExactly(true, false, false, true);
  }

  @Test
  void adjustedPValuesAreMonotoneAndAgreeWithLevels() {
    // the definition of R's p.adjust(p, "holm"), worked by hand: 0.03 0.06 0.06 0.02
    assertThat(Holm.adjusted(P)).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02},
        within(1e-12));
    double[] adjusted = Holm.adjusted(P);
    double[] levels = Holm.levels(P, 0.05);
    for (int i = 0; i < P.length; i++) {
      assertThat(adjusted[i] <= 0.05).isEqualTo(P[i] <= levels[i]);
    }
  }

  @Test
  void aSingleTestIsUnchanged() {
    assertThat(Holm.levels(new double[] {0.2}, 0.05)).containsExactly(0.05);
    assertThat(Holm.adjusted(new double[] {0.2})).containsExactly(0.2);
  }

  @Test
  void rejectsNaN() {
    assertThatThrownBy(() -> Holm.levels(new double[] {Double.NaN}, 0.05))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
