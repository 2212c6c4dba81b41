package dev.assay.perf.stats;

import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether an operation stayed within its declared complexity between two input sizes.
 *
 * <p>Each round measures the same version at both sizes; {@code d = ln(cost(large) /
 * cost(small))} per round is tested against the allowed growth ({@link Complexity#allowedGrowth})
 * exactly as {@link Decider} tests head against base: FAIL when the lower bound of the growth lies
 * above the allowed growth, PASS when the upper bound lies below it, INCONCLUSIVE otherwise. A full
 * scan where a seek was declared shows a growth near 10x for a tenfold size, far beyond 1.1x or
 * 1.2x, so it fails within a handful of rounds whatever the noise.
 */
public final class ScalingCheck {

  private ScalingCheck() {}

  /**
   * Decides one scaling check at one-sided level alpha for both FAIL and PASS.
   *
   * @param name the check's name, for the reason
   * @param atSmall per-round observations at size {@code small}
   * @param atLarge per-round observations at size {@code large}, same rounds
   * @param direction whether the observations are times (lower better) or throughputs
   */
  public static Decision decide(
      String name,
      double[] atSmall,
      double[] atLarge,
      long small,
      long large,
      Complexity complexity,
      double tolerance,
      Direction direction,
      double alpha) {
    double allowed = complexity.allowedGrowth(small, large, tolerance);
    Comparison c = new Comparison(name, direction, atSmall, atLarge);
    if (c.rounds() == 0) {
      throw new IllegalArgumentException(name + ": no rounds to decide on");
    }
    double threshold = Math.log(allowed);
    ShiftTest t = ShiftTest.of(c.logRatios(), threshold, alpha, alpha);
    Estimate e = Estimate.ofLogCost(t.hl(), t.low(), t.high(), direction, c.rounds());
    Verdict v = t.verdict(alpha, alpha);
    String growth = String.format(Locale.ROOT,
        "%s at size %d costs %s of size %d over %d rounds", name, large,
        Decider.ratio(e.costRatio()), small, c.rounds());
    String allowedText = Decider.ratio(allowed) + " allowed for " + complexity.name().toLowerCase(
        Locale.ROOT) + " growth";
    String reason = switch (v) {
      case FAIL -> growth + "; at least " + Decider.ratio(e.costLow()) + " with "
          + Decider.percent(alpha) + " confidence, above the " + allowedText;
      case PASS -> growth + "; at most " + Decider.ratio(e.costHigh()) + " with "
          + Decider.percent(alpha) + " confidence, within the " + allowedText;
      case INCONCLUSIVE -> growth + "; between " + Decider.ratio(e.costLow()) + " and "
          + Decider.ratio(e.costHigh()) + ", cannot yet be told against the " + allowedText;
    };
    return new Decision(name, v, e, Optional.empty(), t.pFail(), t.pPass(), alpha, alpha, reason);
  }
}
