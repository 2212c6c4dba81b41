package dev.assay.perf.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequentialDeciderTest {

  private static Comparison comparison(String name, double[] base, double[] head, int rounds) {
    return new Comparison(name, Direction.LOWER_IS_BETTER, Arrays.copyOf(base, rounds),
        Arrays.copyOf(head, rounds));
  }

  @Test
  void looksFollowThePlanAndAFirstVerdictIsFinal() {
    SequentialDecider seq = new SequentialDecider(Policy.DEFAULT);
    assertThat(seq.nextRounds()).hasValue(7);
    double[] base = new double[12];
    double[] head = new double[12];
    double[] noisyHead = new double[12];
    for (int i = 0; i < 12; i++) {
      base[i] = 100 + i % 3;
      // twice as slow in the first 7 rounds, then (implausibly) back to normal
      head[i] = i < 7 ? 200 + i % 2 : 100;
      noisyHead[i] = i % 2 == 0 ? 80 : 130;
    }
    List<Decision> first = seq.look(List.of(comparison("a", base, head, 7),
        comparison("b", base, noisyHead, 7)));
    assertThat(first.get(0).verdict()).isEqualTo(Verdict.FAIL);
    assertThat(first.get(1).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(seq.nextRounds()).hasValue(12);
    List<Decision> second = seq.look(List.of(comparison("a", base, head, 12),
        comparison("b", base, noisyHead, 12)));
    assertThat(second.get(0)).isSameAs(first.get(0));
    assertThat(second.get(1).failLevel()).isLessThan(first.get(1).failLevel());
    assertThat(seq.looksTaken()).isEqualTo(2);
  }

  @Test
  void stopsWhenAllAreDecided() {
    SequentialDecider seq = new SequentialDecider(Policy.DEFAULT);
    double[] base = {100, 101, 99, 100, 102, 98, 100};
    double[] head = {300, 303, 297, 300, 306, 294, 300};
    seq.look(List.of(comparison("a", base, head, 7)));
    assertThat(seq.allDecided()).isTrue();
    assertThat(seq.nextRounds()).isEmpty();
  }

  @Test
  void theLastLookIsTheLast() {
    SequentialDecider seq = new SequentialDecider(Policy.DEFAULT.withPlan(SequentialPlan.single(5)));
    double[] v = {1, 2, 3, 4, 5};
    double[] w = {1.5, 1.9, 3.2, 4.3, 5.5};
    seq.look(List.of(comparison("a", v, w, 5)));
    assertThat(seq.nextRounds()).isEmpty();
    assertThatThrownBy(() -> seq.look(List.of(comparison("a", v, w, 5))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("looks are all taken");
  }

  @Test
  void namesMustBeUnique() {
    SequentialDecider seq = new SequentialDecider(Policy.DEFAULT);
    double[] v = {1, 2, 3, 4, 5, 6, 7};
    assertThatThrownBy(() -> seq.look(List.of(comparison("a", v, v, 7), comparison("a", v, v, 7))))
        .hasMessage("two benchmarks are named a");
  }
}
