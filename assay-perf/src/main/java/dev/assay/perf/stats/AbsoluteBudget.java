package dev.assay.perf.stats;

import java.util.Arrays;
import java.util.Optional;

/**
 * Decides whether a benchmark's typical value stays within an absolute budget ("lookup: at most
 * 0.15 ms").
 *
 * <p>The per-round observations of head are compared with the limit on the log scale ({@code d =
 * ln(cost(value) / cost(limit))}) by the same one-sample signed-rank procedure as {@link Decider}:
 * FAIL when the lower bound of the typical value lies beyond the limit, PASS when the upper bound
 * lies within it, INCONCLUSIVE otherwise. The estimate's ratio is value / limit.
 */
public final class AbsoluteBudget {

  private AbsoluteBudget() {}

  /**
   * Decides one budget at one-sided level alpha.
   *
   * @param values per-round observations (e.g. each run's p50), finite and positive
   * @param limit the budget in the same unit, finite and positive
   */
  public static Decision decide(
      String name, double[] values, double limit, Direction direction, double alpha) {
    if (!(limit > 0) || Double.isInfinite(limit)) {
      throw new IllegalArgumentException(name + ": the budget must be finite and positive, not "
          + limit);
    }
    double[] limits = new double[values.length];
    Arrays.fill(limits, limit);
    Comparison c = new Comparison(name, direction, limits, values);
    if (c.rounds() == 0) {
      throw new IllegalArgumentException(name + ": no rounds to decide on");
    }
    ShiftTest t = ShiftTest.of(c.logRatios(), 0, alpha, alpha);
    Estimate e = Estimate.ofLogCost(t.hl(), t.low(), t.high(), direction, c.rounds());
    Verdict v = t.verdict(alpha, alpha);
    String typical = name + " is typically " + Decider.ratio(e.ratio()) + " of its budget over "
        + c.rounds() + " rounds";
    String reason = switch (v) {
      case FAIL -> typical + ", beyond it with " + Decider.percent(alpha) + " confidence";
      case PASS -> typical + ", within it with " + Decider.percent(alpha) + " confidence";
      case INCONCLUSIVE -> typical + "; the rounds cannot yet tell whether it is within it";
    };
    return new Decision(name, v, e, Optional.empty(), t.pFail(), t.pPass(), alpha, alpha, reason);
  }
}
