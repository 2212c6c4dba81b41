package dev.assay.perf.stats;

/**
 * How far two runs of the same version differ, from the base-vs-base control: the typical and the
 * largest per-round difference {@code |ln(control / base)|}, as fractions.
 *
 * <p>For deciding whether an additional signal (CPU instructions, system calls per operation) is
 * quiet enough to be shown beside the time: a counter whose base-vs-base runs typically differ by
 * 0.1% can expose a 2% change that the clock's 5% noise hides. This is a description of the noise,
 * not a test; the decision procedure itself stays valid at any noise level (it only needs more
 * rounds when the noise is large).
 *
 * @param typical the median of {@code |ln(control / base)|} over the rounds (0.01 = about 1%)
 * @param worst the largest {@code |ln(control / base)|}
 * @param rounds the number of rounds
 */
public record ControlNoise(double typical, double worst, int rounds) {

  /** The noise of a comparison's control; throws when it has none. */
  public static ControlNoise of(Comparison comparison) {
    if (!comparison.hasControl()) {
      throw new IllegalArgumentException(comparison.name() + ": no base-vs-base control measured");
    }
    double[] d = comparison.controlLogRatios();
    double[] abs = new double[d.length];
    double worst = 0;
    for (int i = 0; i < d.length; i++) {
      abs[i] = Math.abs(d[i]);
      worst = Math.max(worst, abs[i]);
    }
    return new ControlNoise(Quantiles.median(abs), worst, d.length);
  }

  /** Whether the typical base-vs-base difference is at most {@code tolerance} (a fraction). */
  public boolean within(double tolerance) {
    return typical <= Math.log1p(tolerance);
  }
}
