package dev.assay.perf.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.perf.stats.Simulation.Outcome;
import dev.assay.perf.stats.Simulation.Procedure;
import dev.assay.perf.stats.Simulation.Scenario;
import dev.assay.perf.stats.Simulation.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The operating characteristics the issue asks for, on simulated gate runs with fixed seeds; and,
 * beside each, a deliberately broken procedure that the same assertion rejects, so the tests are
 * known to be able to fail. Bounds allow for sampling error (about two standard errors).
 */
class SimulationTest {

  private static final Policy POLICY = Policy.DEFAULT;
  private static final Simulation SIM = new Simulation(POLICY);
  private static final ToDoubleFunction<double[]> MEAN =
      x -> Arrays.stream(x).average().orElseThrow();

  // ---- A/A: at most 1% false FAILs ----

  @ParameterizedTest
  @EnumSource(Shape.class)
  void noChangeFailsAtMostOnePercentOfGateRuns(Shape shape) {
    Outcome o = SIM.run(new Scenario(shape, 0.15, 1.0, 5, 0), 200, 101);
    assertThat(o.falseFail()).isLessThanOrEqualTo(0.01);
    assertThat(o.anyFalseFail()).isLessThanOrEqualTo(0.01);
  }

  /** The tools that compare against one previous value with a threshold cry wolf on this noise. */
  @Test
  void aThresholdOnTheMedianRatioWouldCryWolf() {
    Supplier<Procedure> naive = () -> (cs, look) -> cs.stream()
        .map(c -> Quantiles.median(c.head()) / Quantiles.median(c.base()) > 1.1
            ? Verdict.FAIL : Verdict.PASS)
        .toList();
    Outcome o = new Simulation(POLICY, naive, Quantiles::forkObservation)
        .run(new Scenario(Shape.LOGNORMAL, 0.15, 1.0, 5, 0), 200, 101);
    assertThat(o.anyFalseFail()).isGreaterThan(0.05);
  }

  // ---- 2x: caught within 7 rounds, with five benchmarks under Holm ----

  @ParameterizedTest
  @EnumSource(value = Shape.class, names = {"NORMAL", "LOGNORMAL", "DRIFT", "HEAVY_TAIL"})
  void twiceAsSlowIsCaughtInSevenRounds(Shape shape) {
    Outcome quiet = SIM.run(new Scenario(shape, 0.05, 2.0, 5, 1), 200, 202);
    assertThat(quiet.failWithinFirstLook()).isGreaterThanOrEqualTo(0.99);
    Outcome noisy = SIM.run(new Scenario(shape, 0.15, 2.0, 5, 1), 150, 203);
    assertThat(noisy.failWithinFirstLook()).isGreaterThanOrEqualTo(0.95);
    assertThat(noisy.fail()).isEqualTo(1.0);
  }

  @Test
  void bimodalForksNeedTheMedianOfIterations() {
    // only the first look of the default plan (same level), to keep the test fast
    Policy first = POLICY.withPlan(new SequentialPlan(List.of(7), List.of(0.8)));
    Scenario s = new Scenario(Shape.BIMODAL, 0.05, 2.0, 5, 1);
    Outcome median = new Simulation(first).run(s, 300, 204);
    assertThat(median.failWithinFirstLook()).isGreaterThanOrEqualTo(0.9);
    // the mean of the iterations carries the slow-path share into every observation
    Outcome mean = new Simulation(first, Procedure.of(first), MEAN).run(s, 300, 204);
    assertThat(mean.failWithinFirstLook()).isLessThan(0.8);
  }

  @Test
  void heavyTailedIterationsNeedTheMedianToo() {
    Scenario s = new Scenario(Shape.HEAVY_TAIL, 0.05, 1.25, 5, 1);
    Outcome median = SIM.run(s, 200, 205);
    assertThat(median.fail()).isGreaterThanOrEqualTo(0.95);
    Outcome mean = new Simulation(POLICY, Procedure.of(POLICY), MEAN).run(s, 200, 205);
    assertThat(mean.fail()).isLessThan(0.85);
  }

  /** The arithmetic of the default: at 99% confidence, 7 rounds cannot reach 0.01 * 0.8 / 5. */
  @Test
  void theDefaultConfidenceIsWhatMakesSevenRoundsEnough() {
    Policy strict = POLICY.withConfidence(0.99);
    Outcome o = new Simulation(strict).run(new Scenario(Shape.LOGNORMAL, 0.05, 2.0, 5, 1), 100, 206);
    assertThat(o.failWithinFirstLook()).isZero();
    assertThat(o.fail()).isEqualTo(1.0); // caught at the second look instead
  }

  // ---- 10%: FAIL or INCONCLUSIVE, PASS at most alpha, family-wide and across looks ----

  @Test
  void aTrueTenPercentIsRarelyPassedOrFailedAcrossFiveBenchmarks() {
    Scenario boundary = new Scenario(Shape.LOGNORMAL, 0.05, 1.10, 5, 5);
    Outcome o = SIM.run(boundary, 300, 301);
    assertThat(o.anyAffectedPass()).isLessThanOrEqualTo(0.075);
    assertThat(o.anyAffectedFail()).isLessThanOrEqualTo(0.075);
    // without Holm every benchmark spends the whole level: the family errs far more often
    Outcome noHolm = new Simulation(POLICY, withoutHolm(POLICY), Quantiles::forkObservation)
        .run(boundary, 300, 301);
    assertThat(Math.max(noHolm.anyAffectedPass(), noHolm.anyAffectedFail())).isGreaterThan(0.12);
  }

  @Test
  void repeatedLooksDoNotInflateTheErrorRates() {
    Scenario boundary = new Scenario(Shape.LOGNORMAL, 0.15, 1.10, 1, 1);
    Outcome o = SIM.run(boundary, 400, 302);
    assertThat(o.anyAffectedPass()).isLessThanOrEqualTo(0.07);
    assertThat(o.anyAffectedFail()).isLessThanOrEqualTo(0.07);
    // spending the whole level at every look: the chance of a wrong verdict at some look grows
    Outcome noSpending = new Simulation(POLICY, withoutSpending(POLICY), Quantiles::forkObservation)
        .run(boundary, 400, 302);
    assertThat(Math.max(noSpending.anyAffectedPass(), noSpending.anyAffectedFail()))
        .isGreaterThan(0.1);
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void aTrueTenPercentIsNeverPassedMoreThanAlpha(Shape shape) {
    Outcome o = SIM.run(new Scenario(shape, 0.1, 1.10, 3, 1), 200, 303);
    assertThat(o.pass()).isLessThanOrEqualTo(0.07);
  }

  // ---- 25%: mostly FAIL ----

  @ParameterizedTest
  @EnumSource(value = Shape.class, names = {"NORMAL", "LOGNORMAL", "DRIFT", "HEAVY_TAIL"})
  void aQuarterSlowerMostlyFails(Shape shape) {
    Outcome quiet = SIM.run(new Scenario(shape, 0.05, 1.25, 5, 1), 200, 401);
    assertThat(quiet.fail()).isGreaterThanOrEqualTo(0.95);
    Outcome noisy = SIM.run(new Scenario(shape, 0.15, 1.25, 5, 1), 200, 402);
    assertThat(noisy.fail()).isGreaterThanOrEqualTo(0.7);
    assertThat(noisy.pass()).isZero();
  }

  // ---- the broken procedures ----

  /** Each benchmark at the look's full level, no Holm. */
  private static Supplier<Procedure> withoutHolm(Policy p) {
    return () -> {
      Decider decider = new Decider(p);
      Map<String, Verdict> settled = new HashMap<>();
      return (cs, look) -> {
        double level = p.plan().alphaAt(look, p.alpha());
        List<Verdict> out = new ArrayList<>();
        for (Comparison c : cs) {
          Verdict v = settled.getOrDefault(c.name(), Verdict.INCONCLUSIVE);
          if (v == Verdict.INCONCLUSIVE) {
            v = decider.decide(c, level).verdict();
          }
          settled.put(c.name(), v);
          out.add(v);
        }
        return out;
      };
    };
  }

  /** Holm at the whole alpha at every look, no spending. */
  private static Supplier<Procedure> withoutSpending(Policy p) {
    return () -> {
      Decider decider = new Decider(p);
      Map<String, Verdict> settled = new HashMap<>();
      return (cs, look) -> {
        List<Verdict> out = new ArrayList<>();
        for (Decision d : decider.decideAllAt(cs, p.alpha())) {
          Verdict v = settled.getOrDefault(d.name(), Verdict.INCONCLUSIVE);
          if (v == Verdict.INCONCLUSIVE) {
            v = d.verdict();
          }
          settled.put(d.name(), v);
          out.add(v);
        }
        return out;
      };
    };
  }
}
