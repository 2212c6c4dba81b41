package dev.assay.perf.stats;

import java.util.Optional;

/**
 * Decides a ratio budget against a reference implementation ("at most 1.2x the reference").
 *
 * <p>Each round measures the reference and head; {@code d = ln(cost(head) / cost(reference))} per
 * round is tested against {@code ln(maxRatio)} exactly as {@link Decider} tests head against base:
 * FAIL when the lower bound of the ratio lies above {@code maxRatio}, PASS when the upper bound
 * lies below it, INCONCLUSIVE otherwise. The estimate's ratio is head / reference of the raw
 * values.
 */
public final class ReferenceRatio {

  private ReferenceRatio() {}

  /**
   * Decides one reference ratio at one-sided level alpha.
   *
   * @param reference per-round observations of the reference, finite and positive
   * @param head per-round observations of head, same rounds
   * @param maxRatio the largest allowed cost ratio head / reference, finite and positive (1.2 = at
   *     most 20% more costly than the reference; below 1 asks head to beat the reference)
   */
  public static Decision decide(
      String name,
      double[] reference,
      double[] head,
      double maxRatio,
      Direction direction,
      double alpha) {
    if (!(maxRatio > 0) || Double.isInfinite(maxRatio)) {
      throw new IllegalArgumentException(
          name + ": the allowed ratio to the reference must be finite and positive, not "
              + maxRatio);
    }
    Comparison c = new Comparison(name, direction, reference, head);
    if (c.rounds() == 0) {
      throw new IllegalArgumentException(name + ": no rounds to decide on");
    }
    Decider.requireLevel(alpha);
    ShiftTest t = ShiftTest.of(c.logRatios(), Math.log(maxRatio), alpha, alpha);
    Estimate e = Estimate.ofLogCost(t.hl(), t.low(), t.high(), direction, c.rounds());
    Verdict v = t.verdict(alpha, alpha);
    String says = name + ": head costs " + Decider.ratio(e.costRatio()) + " the reference's over "
        + c.rounds() + " rounds";
    String allowed = "the allowed " + Decider.ratio(maxRatio);
    String reason = switch (v) {
      case FAIL -> says + "; at least " + Decider.ratio(e.costLow()) + " with "
          + Decider.percent(alpha) + " confidence, beyond " + allowed;
      case PASS -> says + "; at most " + Decider.ratio(e.costHigh()) + " with "
          + Decider.percent(alpha) + " confidence, within " + allowed;
      case INCONCLUSIVE -> says + "; between " + Decider.ratio(e.costLow()) + " and "
          + Decider.ratio(e.costHigh()) + ", cannot yet be told against " + allowed;
    };
    return new Decision(name, v, e, Optional.empty(), t.pFail(), t.pPass(), alpha, alpha, reason);
  }
}
