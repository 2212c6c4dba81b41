package dev.assay.perf.stats;

import java.util.Objects;

/**
 * A ratio head / base (of the raw values, as a report shows it) with its confidence bounds.
 *
 * <p>The point estimate is the Hodges-Lehmann estimate of the per-round log ratios, exponentiated.
 * {@code low} and {@code high} are one-sided bounds, each at its own level (the decision's FAIL and
 * PASS levels, which Holm may make different); {@code low <= ratio <= high}. When the rounds are
 * too few for a bound at that level it is {@code 0} (low) or {@code +Infinity} (high).
 *
 * <p>For a time ({@link Direction#LOWER_IS_BETTER}) a ratio of 2 is a 2x slowdown; for a
 * throughput a ratio of 0.5 is. The {@code cost*} methods put both on one scale where larger is
 * worse.
 *
 * @param ratio the Hodges-Lehmann estimate of head / base
 * @param low the lower confidence bound of head / base
 * @param high the upper confidence bound of head / base
 * @param direction which way is better, to orient the cost methods
 * @param rounds the number of paired rounds the estimate rests on
 */
public record Estimate(double ratio, double low, double high, Direction direction, int rounds) {

  /** Validates the ordering of the bounds. */
  public Estimate {
    Objects.requireNonNull(direction, "direction");
    if (!(low <= ratio && ratio <= high)) {
      throw new IllegalArgumentException(
          "bounds must enclose the estimate: " + low + " <= " + ratio + " <= " + high);
    }
  }

  /**
   * Builds an estimate from bounds on the oriented log cost ratio.
   *
   * @param hl the Hodges-Lehmann estimate of the log cost ratio
   * @param costLow the lower bound of the log cost ratio (may be negative infinity)
   * @param costHigh the upper bound of the log cost ratio (may be positive infinity)
   */
  static Estimate ofLogCost(
      double hl, double costLow, double costHigh, Direction direction, int rounds) {
    double a = direction.rawRatio(costLow);
    double b = direction.rawRatio(costHigh);
    return new Estimate(direction.rawRatio(hl), Math.min(a, b), Math.max(a, b), direction, rounds);
  }

  /** The estimated cost ratio, larger is worse: 1.25 means head costs 25% more than base. */
  public double costRatio() {
    return direction == Direction.LOWER_IS_BETTER ? ratio : 1 / ratio;
  }

  /** The lower confidence bound of the cost ratio (the FAIL side). */
  public double costLow() {
    return direction == Direction.LOWER_IS_BETTER ? low : 1 / high;
  }

  /** The upper confidence bound of the cost ratio (the PASS side). */
  public double costHigh() {
    return direction == Direction.LOWER_IS_BETTER ? high : 1 / low;
  }

  /** The estimated regression as a fraction: {@code costRatio() - 1} (negative = improvement). */
  public double regression() {
    return costRatio() - 1;
  }
}
