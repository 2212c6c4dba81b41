package dev.assay.perf.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down correction for a family of one-sided tests.
 *
 * <p>Sort the p-values ascending; the k-th smallest (1-based) is tested at {@code alpha / (m - k +
 * 1)} while every smaller one was rejected; at the first that is not rejected, it and all larger
 * ones are not rejected. This controls the chance of any false rejection in the family at alpha,
 * whatever the dependence between tests.
 *
 * <p>The performance decision runs two families: the FAIL tests of all benchmarks and the PASS
 * tests of all benchmarks, each at alpha. For one benchmark at most one of its two hypotheses can
 * be false (its true regression cannot be both above and below the maximum), so each error type
 * (false FAIL, false PASS) is controlled family-wide.
 */
public final class Holm {

  private Holm() {}

  /**
   * The level each hypothesis is tested at, so that hypothesis i is rejected exactly when {@code
   * p[i] <= levels[i]}. Rejected hypotheses get {@code alpha / (m - k + 1)} for their rank k; the
   * rest get the level of the first non-rejected rank (which their p-values exceed), so one-sided
   * confidence bounds taken at these levels agree with the rejections.
   */
  public static double[] levels(double[] p, double alpha) {
    int m = p.length;
    Integer[] order = ascending(p);
    double[] levels = new double[m];
    boolean stopped = false;
    double stopLevel = 0;
    for (int k = 0; k < m; k++) {
      int i = order[k];
      if (!stopped) {
        double level = alpha / (m - k);
        if (p[i] <= level) {
          levels[i] = level;
          continue;
        }
        stopped = true;
        stopLevel = level;
      }
      levels[i] = stopLevel;
    }
    return levels;
  }

  /**
   * Holm-adjusted p-values: {@code max over j <= k of (m - j + 1) p_(j)}, capped at 1; hypothesis i
   * is rejected at alpha exactly when its adjusted p-value is at most alpha.
   */
  public static double[] adjusted(double[] p) {
    int m = p.length;
    Integer[] order = ascending(p);
    double[] adjusted = new double[m];
    double running = 0;
    for (int k = 0; k < m; k++) {
      int i = order[k];
      running = Math.max(running, Math.min(1, (m - k) * p[i]));
      adjusted[i] = running;
    }
    return adjusted;
  }

  private static Integer[] ascending(double[] p) {
    for (double v : p) {
      if (Double.isNaN(v)) {
        throw new IllegalArgumentException("NaN p-value: " + Arrays.toString(p));
      }
    }
    Integer[] order = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> p[i]).thenComparingInt(i -> i));
    return order;
  }
}
