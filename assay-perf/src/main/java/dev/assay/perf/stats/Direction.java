package dev.assay.perf.stats;

/**
 * Which way a benchmark's number gets better: time per operation (lower) or throughput (higher).
 *
 * <p>All decisions are taken on a <em>cost</em> scale where larger is worse, so that "regression"
 * means the same thing for both directions: the cost of a time is the time, the cost of a
 * throughput is its reciprocal.
 */
public enum Direction {
  /** Time, latency, allocations: a larger head value is a regression. */
  LOWER_IS_BETTER,
  /** Throughput (operations per second): a smaller head value is a regression. */
  HIGHER_IS_BETTER;

  /**
   * The oriented log ratio of head to base: {@code ln(cost(head) / cost(base))}; positive means head
   * is worse. Both values must be finite and strictly positive.
   */
  public double logCostRatio(double head, double base) {
    double d = Math.log(head) - Math.log(base);
    return this == LOWER_IS_BETTER ? d : -d;
  }

  /** Converts an oriented log cost ratio back to the plain ratio head / base of the raw values. */
  public double rawRatio(double logCostRatio) {
    return Math.exp(this == LOWER_IS_BETTER ? logCostRatio : -logCostRatio);
  }
}
