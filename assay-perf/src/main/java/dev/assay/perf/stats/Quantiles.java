package dev.assay.perf.stats;

import java.util.Arrays;

/**
 * Medians and percentiles of measurement samples: how one run (one JMH fork) becomes one
 * observation, and how a per-run upper percentile is obtained for bimodal benchmarks.
 *
 * <p>Percentiles interpolate linearly between order statistics (R's type 7, NumPy's default). No
 * method here uses the mean: a bimodal or heavy-tailed benchmark's mean moves with the share of
 * slow runs, its median and percentiles do not.
 */
public final class Quantiles {

  private Quantiles() {}

  /** The median of the values (the mean of the middle two for an even count). */
  public static double median(double[] values) {
    return percentile(values, 0.5);
  }

  /**
   * The q-quantile, {@code 0 <= q <= 1}, of the values (type 7). Throws on an empty array or a NaN.
   */
  public static double percentile(double[] values, double q) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values to take a percentile of");
    }
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("percentile must be in [0, 1], not " + q);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    if (Double.isNaN(sorted[sorted.length - 1])) {
      throw new IllegalArgumentException("NaN among the values");
    }
    return ofSorted(sorted, q);
  }

  /**
   * One fork's observation: the median of its measurement iterations (warm-up excluded by the
   * caller).
   */
  public static double forkObservation(double[] iterations) {
    return median(iterations);
  }

  static double medianOfSorted(double[] sorted) {
    return ofSorted(sorted, 0.5);
  }

  private static double ofSorted(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
