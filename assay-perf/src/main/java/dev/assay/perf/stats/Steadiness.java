package dev.assay.perf.stats;

import java.util.Objects;

/**
 * Whether one run's (one JMH fork's) measurement iterations were steady, and if not, how not.
 *
 * @param steady false when a trend or a level shift was found that is both significant and large
 * @param trendP two-sided Mann-Kendall p-value for a monotone trend (1 when too few iterations)
 * @param drift Sen's slope times the span, relative to the median: the trend's size over the run
 * @param shiftP approximate Pettitt p-value for a single change point (1 when too few iterations)
 * @param shiftAt the index of the first iteration after the most likely change point (0 if none)
 * @param shift the relative change of the median after the change point vs before it
 * @param reason a sentence for the report: what was found, or why the run counts as steady
 */
public record Steadiness(
    boolean steady,
    double trendP,
    double drift,
    double shiftP,
    int shiftAt,
    double shift,
    String reason) {

  /** Checks for nulls. */
  public Steadiness {
    Objects.requireNonNull(reason, "reason");
  }
}
