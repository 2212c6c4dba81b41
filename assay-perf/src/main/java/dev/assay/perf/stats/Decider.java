package dev.assay.perf.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides PASS, FAIL or INCONCLUSIVE for benchmarks measured in paired rounds.
 *
 * <p>Per benchmark, each round gives {@code d = ln(cost(head) / cost(base))}. The decision tests
 * the centre of the d's (Wilcoxon signed-rank, see {@link SignedRank}) against {@code ln(1 +
 * maxRegression)} in both directions: FAIL when the lower confidence bound of the ratio lies above
 * {@code 1 + maxRegression}, PASS when the upper bound lies below it, INCONCLUSIVE otherwise. When
 * a base-vs-base control was measured and its own confidence bound shows a shift beyond {@code
 * controlTolerance} either way, the machine's noise is not what the test assumes and the verdict
 * is INCONCLUSIVE whatever the head shows.
 *
 * <p>{@link #decideAll} applies Holm across the benchmarks of one look, separately to the FAIL
 * tests and to the PASS tests, at the look's share of alpha ({@link SequentialPlan}). Immutable and
 * thread-safe.
 *
 * <p>A ratio budget against a reference implementation ("at most 1.2x the reference") is the same
 * decision with the reference's observations in base's place and {@code
 * policy.withMaxRegression(0.2)}; it may join the same Holm family or form its own.
 */
public final class Decider {

  private final Policy policy;

  /** A decider for the given policy. */
  public Decider(Policy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** The policy this decider applies. */
  public Policy policy() {
    return policy;
  }

  /**
   * Decides one benchmark on its own at one-sided level {@code alpha} for both FAIL and PASS (no
   * Holm, no alpha spending: the caller owns the level).
   */
  public Decision decide(Comparison comparison, double alpha) {
    return decide(comparison, alpha, alpha);
  }

  /**
   * Decides all benchmarks of one look of the policy's sequential plan: look {@code look}
   * (0-based) spends its share of alpha, split by Holm over the benchmarks, for FAIL and for PASS
   * separately. The result is in the order of {@code comparisons}. A look may be taken with fewer
   * rounds than the plan says (the time budget ran out); each look index must be used at most once
   * per gate run for the error rates to hold. {@link SequentialDecider} keeps that bookkeeping.
   */
  public List<Decision> decideAll(List<Comparison> comparisons, int look) {
    if (look < 0 || look >= policy.plan().size()) {
      throw new IllegalArgumentException(
          "look " + look + " is outside the plan's " + policy.plan().size() + " looks");
    }
    return decideAllAt(comparisons, policy.plan().alphaAt(look, policy.alpha()));
  }

  /** Decides all benchmarks with Holm at family-wide level {@code alpha} (no spending). */
  public List<Decision> decideAllAt(List<Comparison> comparisons, double alpha) {
    int m = comparisons.size();
    double threshold = policy.threshold();
    double[] pFail = new double[m];
    double[] pPass = new double[m];
    double[][] walsh = new double[m][];
    for (int i = 0; i < m; i++) {
      Comparison c = comparisons.get(i);
      requireRounds(c);
      walsh[i] = SignedRank.walshAverages(c.logRatios());
      double[] p = ShiftTest.pValues(walsh[i], c.rounds(), threshold);
      pFail[i] = p[0];
      pPass[i] = p[1];
    }
    double[] failLevels = Holm.levels(pFail, alpha);
    double[] passLevels = Holm.levels(pPass, alpha);
    List<Decision> decisions = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      decisions.add(decide(comparisons.get(i), walsh[i], failLevels[i], passLevels[i]));
    }
    return List.copyOf(decisions);
  }

  /** Decides one benchmark with given FAIL and PASS levels. */
  public Decision decide(Comparison c, double failLevel, double passLevel) {
    requireRounds(c);
    return decide(c, SignedRank.walshAverages(c.logRatios()), failLevel, passLevel);
  }

  private Decision decide(Comparison c, double[] walsh, double failLevel, double passLevel) {
    Direction dir = c.direction();
    ShiftTest t = ShiftTest.ofWalsh(walsh, c.rounds(), policy.threshold(), failLevel, passLevel);
    Estimate estimate = Estimate.ofLogCost(t.hl(), t.low(), t.high(), dir, c.rounds());
    Verdict verdict = t.verdict(failLevel, passLevel);
    String reason = reason(verdict, estimate, failLevel, passLevel);
    Optional<Estimate> control = Optional.empty();
    if (c.hasControl()) {
      ShiftTest ct = ShiftTest.of(c.controlLogRatios(), 0, failLevel, failLevel);
      double lo = ct.low();
      double hi = ct.high();
      Estimate ce = Estimate.ofLogCost(ct.hl(), lo, hi, dir, c.rounds());
      control = Optional.of(ce);
      double tol = Math.log1p(policy.controlTolerance());
      if (lo > tol || hi < -tol) {
        verdict = Verdict.INCONCLUSIVE;
        reason = controlMoved(ce, failLevel);
      }
    }
    return new Decision(c.name(), verdict, estimate, control, t.pFail(), t.pPass(), failLevel,
        passLevel, reason);
  }

  private static void requireRounds(Comparison c) {
    if (c.rounds() == 0) {
      throw new IllegalArgumentException(c.name() + ": no rounds to decide on");
    }
  }

  /**
   * The reason in the raw orientation a report shows (head / base of the benchmark's numbers):
   * for a throughput the allowed limit is a floor, e.g. 0.909x for a 10% regression.
   */
  private String reason(Verdict verdict, Estimate e, double failLevel, double passLevel) {
    boolean lower = e.direction() == Direction.LOWER_IS_BETTER;
    String allowed = ratio(lower ? 1 + policy.maxRegression() : 1 / (1 + policy.maxRegression()));
    String est = "head/base " + ratio(e.ratio()) + " over " + e.rounds() + " rounds"
        + (lower ? "" : " (higher is better)");
    double failBound = lower ? e.low() : e.high();
    double passBound = lower ? e.high() : e.low();
    return switch (verdict) {
      case FAIL -> est + "; " + (lower ? "at least " : "at most ") + ratio(failBound) + " with "
          + percent(failLevel) + " confidence, beyond the allowed " + allowed;
      case PASS -> est + "; " + (lower ? "at most " : "at least ") + ratio(passBound) + " with "
          + percent(passLevel) + " confidence, within the allowed " + allowed;
      case INCONCLUSIVE -> est + "; between " + ratio(e.low()) + " and " + ratio(e.high())
          + ", so it cannot yet be told whether it is within the allowed " + allowed
          + (Double.isInfinite(e.high()) || e.low() == 0
              ? " (too few rounds for a bound at this confidence)" : "");
    };
  }

  private String controlMoved(Estimate control, double level) {
    return "the base-vs-base control moved: a second run of base measured "
        + ratio(control.ratio()) + " the first (between " + ratio(control.low()) + " and "
        + ratio(control.high()) + " with " + percent(level) + " confidence), a shift beyond the "
        + share(policy.controlTolerance()) + " tolerance; the machine is too unsteady to trust"
        + " this comparison";
  }

  static String ratio(double r) {
    if (Double.isInfinite(r)) {
      return "unbounded";
    }
    return String.format(Locale.ROOT, "%.3gx", r);
  }

  /** The confidence of a one-sided level, e.g. 0.008 -> "99.2%". */
  static String percent(double level) {
    return share(1 - level);
  }

  /** A fraction as a percentage with at most three significant digits, e.g. 0.05 -> "5%". */
  static String share(double fraction) {
    return new java.math.BigDecimal(100 * fraction)
        .round(new java.math.MathContext(3))
        .stripTrailingZeros()
        .toPlainString() + "%";
  }
}
