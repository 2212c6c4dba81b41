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
    for (int i = 0; i < m; i++) {
      double[] p = ShiftTest.pValues(comparisons.get(i).logRatios(), threshold);
      pFail[i] = p[0];
      pPass[i] = p[1];
    }
    double[] failLevels = Holm.levels(pFail, alpha);
    double[] passLevels = Holm.levels(pPass, alpha);
    List<Decision> decisions = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      decisions.add(decide(comparisons.get(i), failLevels[i], passLevels[i]));
    }
    return List.copyOf(decisions);
  }

  /** Decides one benchmark with given FAIL and PASS levels. */
  public Decision decide(Comparison c, double failLevel, double passLevel) {
    requireRounds(c);
    Direction dir = c.direction();
    ShiftTest t = ShiftTest.of(c.logRatios(), policy.threshold(), failLevel, passLevel);
    Estimate estimate = Estimate.ofLogCost(t.hl(), t.low(), t.high(), dir, c.rounds());
    Verdict verdict = t.verdict(failLevel, passLevel);
    String reason = reason(verdict, estimate, failLevel, passLevel);
    Optional<Estimate> control = Optional.empty();
    if (c.hasControl()) {
      double[] cd = c.controlLogRatios();
      double hl = SignedRank.hodgesLehmann(cd);
      double lo = SignedRank.lowerBound(cd, failLevel);
      double hi = SignedRank.upperBound(cd, failLevel);
      Estimate ce = Estimate.ofLogCost(hl, lo, hi, dir, c.rounds());
      control = Optional.of(ce);
      double tol = Math.log1p(policy.controlTolerance());
      if (lo > tol || hi < -tol) {
        verdict = Verdict.INCONCLUSIVE;
        reason = controlMoved(ce, lo > tol, failLevel);
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

  private String reason(Verdict verdict, Estimate e, double failLevel, double passLevel) {
    String allowed = ratio(1 + policy.maxRegression());
    String est = "head costs " + ratio(e.costRatio()) + " of base over " + e.rounds() + " rounds";
    return switch (verdict) {
      case FAIL -> est + "; at least " + ratio(e.costLow()) + " with " + percent(failLevel)
          + " confidence, above the allowed " + allowed;
      case PASS -> est + "; at most " + ratio(e.costHigh()) + " with " + percent(passLevel)
          + " confidence, within the allowed " + allowed;
      case INCONCLUSIVE -> est + "; between " + ratio(e.costLow()) + " and "
          + ratio(e.costHigh()) + ", so it cannot yet be told whether it is within the allowed "
          + allowed + (Double.isInfinite(e.costHigh()) || e.costLow() == 0
              ? " (too few rounds for a bound at this confidence)" : "");
    };
  }

  private String controlMoved(Estimate control, boolean slower, double level) {
    double bound = slower ? control.costLow() : control.costHigh();
    return "the base-vs-base control moved: a second run of base costs "
        + ratio(control.costRatio()) + " of the first (" + (slower ? "at least " : "at most ")
        + ratio(bound) + " with " + percent(level) + " confidence), beyond the "
        + String.format(Locale.ROOT, "%.3g%%", 100 * policy.controlTolerance()) + " tolerance; the machine is too"
        + " unsteady to trust this comparison";
  }

  static String ratio(double r) {
    if (Double.isInfinite(r)) {
      return "unbounded";
    }
    return String.format(Locale.ROOT, "%.3gx", r);
  }

  static String percent(double level) {
    return String.format(Locale.ROOT, "%.3g%%", 100 * (1 - level));
  }
}
