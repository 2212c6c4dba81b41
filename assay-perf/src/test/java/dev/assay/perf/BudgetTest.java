package dev.assay.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class BudgetTest {
  @Test
  void absoluteBudgetsInEveryUnit() {
    assertThat(Budget.parse("p50 <= 0.15 ms").orElseThrow().limit())
        .isCloseTo(1.5e-4, Offset.offset(1e-15));
    assertThat(Budget.parse("p90 <= 200us").orElseThrow().percentile()).isEqualTo(90);
    assertThat(Budget.parse("<= 3 s").orElseThrow().limit()).isEqualTo(3.0);
    assertThat(Budget.parse("median <= 40 ns").orElseThrow().limit())
        .isCloseTo(4e-8, Offset.offset(1e-20));
    Budget t = Budget.parse(">= 20000 ops/s").orElseThrow();
    assertThat(t.atMost()).isFalse();
    assertThat(t.unit().higherIsBetter()).isTrue();
    assertThat(t.holds(25000)).isTrue();
    assertThat(t.holds(15000)).isFalse();
    assertThat(Budget.parse(">= 20 ops/ms").orElseThrow().limit()).isEqualTo(20000.0);
  }

  @Test
  void ratioBudgets() {
    Budget r = Budget.parse("<= 1.2x reference").orElseThrow();
    assertThat(r.isRatio()).isTrue();
    assertThat(r.limit()).isEqualTo(1.2);
    assertThat(Budget.parse("<= 2 x the reference")).isPresent();
    assertThatThrownBy(() -> Budget.parse("<= 0.5x reference"))
        .hasMessageContaining("at least 1x");
  }

  @Test
  void badBudgets() {
    assertThat(Budget.parse("fast")).isEmpty();
    assertThatThrownBy(() -> Budget.parse("p50 <= 3 parsecs")).hasMessageContaining(
        "unknown unit `parsecs`");
    assertThatThrownBy(() -> Budget.parse("p50 <= 0 ms")).hasMessageContaining("positive");
  }
}
