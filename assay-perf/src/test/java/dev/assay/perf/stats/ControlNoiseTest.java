package dev.assay.perf.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ControlNoiseTest {

  @Test
  void describesTheBaseVsBaseDifferences() {
    Comparison c = new Comparison("instructions", Direction.LOWER_IS_BETTER,
        new double[] {1000, 1000, 1000, 1000, 1000},
        new double[] {1500, 1500, 1500, 1500, 1500},
        new double[] {1001, 999, 1000, 1002, 1050});
    ControlNoise n = ControlNoise.of(c);
    assertThat(n.typical()).isCloseTo(Math.log(1000.0 / 999), within(1e-12));
    assertThat(n.worst()).isCloseTo(Math.log(1.05), within(1e-12));
    assertThat(n.rounds()).isEqualTo(5);
    assertThat(n.within(0.002)).isTrue();
    assertThat(n.within(0.0005)).isFalse();
  }

  @Test
  void needsAControl() {
    Comparison c = new Comparison("t", Direction.LOWER_IS_BETTER, new double[] {1},
        new double[] {1});
    assertThatThrownBy(() -> ControlNoise.of(c)).hasMessage("t: no base-vs-base control measured");
  }
}
