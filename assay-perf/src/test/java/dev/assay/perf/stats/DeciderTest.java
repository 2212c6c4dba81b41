package dev.assay.perf.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DeciderTest {

  private static final Decider DEFAULT = new Decider(Policy.DEFAULT);

  /** n rounds around {@code level}, with multiplicative noise of about {@code noise}. */
  private static double[] rounds(SplittableRandom r, int n, double level, double noise) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = level * Math.exp(noise * r.nextGaussian());
    }
    return v;
  }

  @Test
  void twiceAsSlowFailsInSevenRounds() {
    SplittableRandom r = new SplittableRandom(1);
    Comparison c = new Comparison("lookup", Direction.LOWER_IS_BETTER,
        rounds(r, 7, 100, 0.05), rounds(r, 7, 200, 0.05), rounds(r, 7, 100, 0.05));
    Decision d = DEFAULT.decideAll(List.of(c), 0).get(0);
    assertThat(d.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(d.estimate().ratio()).isBetween(1.8, 2.2);
    assertThat(d.estimate().costLow()).isGreaterThan(1.1);
    assertThat(d.reason()).contains("head/base 2").contains("beyond the allowed 1.10x");
    assertThat(d.control()).isPresent();
  }

  @Test
  void unchangedPassesWhenTheNoiseIsSmall() {
    SplittableRandom r = new SplittableRandom(2);
    Comparison c = new Comparison("lookup", Direction.LOWER_IS_BETTER,
        rounds(r, 7, 100, 0.01), rounds(r, 7, 100, 0.01));
    Decision d = DEFAULT.decideAll(List.of(c), 0).get(0);
    assertThat(d.verdict()).isEqualTo(Verdict.PASS);
    assertThat(d.estimate().costHigh()).isLessThan(1.1);
    assertThat(d.reason()).contains("within the allowed 1.10x");
  }

  @Test
  void halvedThroughputFailsAndDoubledThroughputPasses() {
    SplittableRandom r = new SplittableRandom(3);
    double[] base = rounds(r, 7, 1000, 0.02);
    Comparison slower = new Comparison("ops", Direction.HIGHER_IS_BETTER, base,
        rounds(r, 7, 500, 0.02));
    Comparison faster = new Comparison("ops", Direction.HIGHER_IS_BETTER, base,
        rounds(r, 7, 2000, 0.02));
    Decision fail = DEFAULT.decide(slower, 0.008);
    assertThat(fail.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(fail.reason()).startsWith("head/base 0.5").contains("(higher is better); at most 0.")
        .endsWith("beyond the allowed 0.909x");
    assertThat(fail.estimate().ratio()).isBetween(0.45, 0.55); // raw head / base throughput
    assertThat(fail.estimate().costRatio()).isBetween(1.8, 2.2);
    assertThat(fail.estimate().regression()).isGreaterThan(0.8);
    Decision pass = DEFAULT.decide(faster, 0.008);
    assertThat(pass.verdict()).isEqualTo(Verdict.PASS);
    assertThat(pass.reason()).contains("at least 1.").endsWith("within the allowed 0.909x");
  }

  @Test
  void aMovedControlMakesItInconclusive() {
    SplittableRandom r = new SplittableRandom(4);
    // the second base run of each round is 20% slower: the machine, not the change
    Comparison c = new Comparison("lookup", Direction.LOWER_IS_BETTER,
        rounds(r, 12, 100, 0.02), rounds(r, 12, 200, 0.02), rounds(r, 12, 120, 0.02));
    Decision d = DEFAULT.decide(c, 0.01);
    assertThat(d.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(d.reason()).contains("control moved").contains("5% tolerance");
    assertThat(d.control().orElseThrow().costLow()).isGreaterThan(1.05);
  }

  @Test
  void tooFewRoundsSaySo() {
    SplittableRandom r = new SplittableRandom(5);
    Comparison c = new Comparison("lookup", Direction.LOWER_IS_BETTER,
        rounds(r, 3, 100, 0.02), rounds(r, 3, 300, 0.02));
    Decision d = DEFAULT.decide(c, 0.01);
    assertThat(d.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(d.reason()).contains("too few rounds");
    assertThat(d.estimate().low()).isZero();
  }

  /** 0.05 * 0.8 / 5 = 0.008 >= 1/128 but 0.05 * 0.8 / 6 < 1/128: the documented limit. */
  @Test
  void holmAtTheFirstLookAllowsFiveBenchmarksInSevenRounds() {
    SplittableRandom r = new SplittableRandom(6);
    List<Comparison> five = new ArrayList<>();
    List<Comparison> six = new ArrayList<>();
    double[] base = rounds(r, 7, 100, 0.02);
    Comparison slow = new Comparison("slow", Direction.LOWER_IS_BETTER, base, rounds(r, 7, 200, 0.02));
    five.add(slow);
    six.add(slow);
    for (int i = 0; i < 5; i++) {
      Comparison same = new Comparison("same" + i, Direction.LOWER_IS_BETTER,
          rounds(r, 7, 100, 0.3), rounds(r, 7, 100, 0.3));
      if (i < 4) {
        five.add(same);
      }
      six.add(same);
    }
    assertThat(DEFAULT.decideAll(five, 0).get(0).verdict()).isEqualTo(Verdict.FAIL);
    assertThat(DEFAULT.decideAll(five, 0).get(0).failLevel())
        .isCloseTo(0.008, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(DEFAULT.decideAll(six, 0).get(0).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void verdictAndIntervalAlwaysAgree() {
    SplittableRandom r = new SplittableRandom(8);
    for (int trial = 0; trial < 500; trial++) {
      int n = 5 + r.nextInt(40);
      double effect = Math.exp(0.3 * r.nextGaussian());
      Comparison c = new Comparison("b", Direction.values()[r.nextInt(2)],
          rounds(r, n, 10, 0.1), rounds(r, n, 10 * effect, 0.1));
      Decision d = DEFAULT.decide(c, 0.001 + 0.05 * r.nextDouble(), 0.001 + 0.05 * r.nextDouble());
      Estimate e = d.estimate();
      assertThat(d.verdict() == Verdict.FAIL).isEqualTo(e.costLow() > 1.1);
      assertThat(d.verdict() == Verdict.PASS).isEqualTo(e.costHigh() < 1.1);
      assertThat(e.low()).isLessThanOrEqualTo(e.ratio());
      assertThat(e.ratio()).isLessThanOrEqualTo(e.high());
    }
  }

  @Test
  void upperPercentileCatchesATailRegressionTheMedianCannotSee() {
    SplittableRandom r = new SplittableRandom(9);
    int n = 12;
    double[] b50 = new double[n];
    double[] h50 = new double[n];
    double[] b90 = new double[n];
    double[] h90 = new double[n];
    for (int i = 0; i < n; i++) {
      double[] base = samples(r, 200, 0.05);
      double[] head = samples(r, 200, 0.25); // a quarter of the operations now hit a 4x slow path
      b50[i] = Quantiles.median(base);
      h50[i] = Quantiles.median(head);
      b90[i] = Quantiles.percentile(base, 0.9);
      h90[i] = Quantiles.percentile(head, 0.9);
    }
    List<Decision> ds = DEFAULT.decideAll(List.of(
        new Comparison("get p50", Direction.LOWER_IS_BETTER, b50, h50),
        new Comparison("get p90", Direction.LOWER_IS_BETTER, b90, h90)), 1);
    assertThat(ds.get(0).verdict()).isNotEqualTo(Verdict.FAIL);
    assertThat(ds.get(1).verdict()).isEqualTo(Verdict.FAIL);
    assertThat(ds.get(1).estimate().ratio()).isGreaterThan(3);
  }

  private static double[] samples(SplittableRandom r, int count, double slowShare) {
    double[] s = new double[count];
    for (int i = 0; i < count; i++) {
      s[i] = Math.exp(0.05 * r.nextGaussian()) * (r.nextDouble() < slowShare ? 4 : 1);
    }
    return s;
  }

  @Test
  void badInputNamesTheBenchmarkAndTheRound() {
    assertThatThrownBy(() -> new Comparison("put", Direction.LOWER_IS_BETTER,
        new double[] {1, 2}, new double[] {1, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("put: head observation 2 is 0.0; measurements must be finite and positive");
    assertThatThrownBy(() -> new Comparison("put", Direction.LOWER_IS_BETTER,
        new double[] {1, -2}, new double[] {1, 1}))
        .hasMessageContaining("base observation 2 is -2.0");
    assertThatThrownBy(() -> new Comparison("put", Direction.LOWER_IS_BETTER,
        new double[] {1, Double.NaN}, new double[] {1, 1}))
        .hasMessageContaining("is NaN");
    assertThatThrownBy(() -> new Comparison("put", Direction.LOWER_IS_BETTER,
        new double[] {1, 2}, new double[] {1}))
        .hasMessage("put: base has 2 rounds but head has 1");
    assertThatThrownBy(() -> new Comparison("put", Direction.LOWER_IS_BETTER,
        new double[] {1, 2}, new double[] {1, 2}, new double[] {1}))
        .hasMessage("put: base has 2 rounds but the control has 1");
    assertThatThrownBy(() -> DEFAULT.decide(new Comparison("put", Direction.LOWER_IS_BETTER,
        new double[0], new double[0]), 0.05))
        .hasMessage("put: no rounds to decide on");
    double[] many = new double[SignedRank.MAX_OBSERVATIONS + 1];
    java.util.Arrays.fill(many, 1.0);
    assertThatThrownBy(() -> DEFAULT.decide(new Comparison("put", Direction.LOWER_IS_BETTER,
        many, many), 0.05))
        .hasMessageContaining("2001 observations are more than the 2000");
    assertThatThrownBy(() -> DEFAULT.decideAll(List.of(), 6))
        .hasMessageContaining("outside the plan's 6 looks");
  }

  @Test
  void policyRejectsNonsense() {
    assertThatThrownBy(() -> Policy.DEFAULT.withConfidence(1.0))
        .hasMessageContaining("confidence must be in (0.5, 1)");
    assertThatThrownBy(() -> Policy.DEFAULT.withMaxRegression(-0.1))
        .hasMessageContaining("maxRegression must be a positive fraction");
    assertThatThrownBy(() -> new SequentialPlan(List.of(7, 7), List.of(0.5, 0.5)))
        .hasMessageContaining("strictly increasing");
    assertThatThrownBy(() -> new SequentialPlan(List.of(7, 10), List.of(0.8, 0.4)))
        .hasMessageContaining("sum to at most 1");
    assertThatThrownBy(() -> SequentialPlan.single(5000))
        .hasMessageContaining("more than the 2000 rounds");
  }
}
