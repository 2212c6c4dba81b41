package dev.assay.perf.stats;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Flags a run (a JMH fork) whose measurement iterations trend or shift level, so that its
 * observation (the median of its iterations) is reported as unsteady.
 *
 * <p>Two tests, both rank-based so that a few outlying iterations do not trigger them: the
 * Mann-Kendall test for a monotone trend (normal approximation with tie correction) and Pettitt's
 * test for one change point. A finding is flagged only when it is significant at {@code alpha}
 * <em>and</em> large: the trend's drift over the run, or the change of median across the change
 * point, at least {@code minChange} of the median. Fewer than {@value #MIN_ITERATIONS} iterations
 * cannot be judged and count as steady, with a reason saying so.
 */
public final class ForkSteadiness {

  /** The fewest iterations the tests are run on. */
  public static final int MIN_ITERATIONS = 5;

  /** Default significance level of both tests. */
  public static final double DEFAULT_ALPHA = 0.01;

  /** Default smallest relative drift or shift worth flagging. */
  public static final double DEFAULT_MIN_CHANGE = 0.05;

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private ForkSteadiness() {}

  /** Checks with the default level (0.01) and smallest change (5%). */
  public static Steadiness check(double[] iterations) {
    return check(iterations, DEFAULT_ALPHA, DEFAULT_MIN_CHANGE);
  }

  /** Checks one run's measurement iterations, in the order they ran. */
  public static Steadiness check(double[] iterations, double alpha, double minChange) {
    int n = iterations.length;
    for (double v : iterations) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("iteration values must be finite: "
            + Arrays.toString(iterations));
      }
    }
    if (n < MIN_ITERATIONS) {
      return new Steadiness(true, 1, 0, 1, 0, 0,
          n + " iterations are too few to judge steadiness (at least " + MIN_ITERATIONS + ")");
    }
    double median = Quantiles.median(iterations);
    double scale = Math.abs(median) > 0 ? Math.abs(median) : 1;
    double trendP = mannKendallP(iterations);
    double drift = senSlope(iterations) * (n - 1) / scale;
    int at = pettittChangePoint(iterations);
    double shiftP = pettittP(iterations, at);
    double before = Quantiles.median(Arrays.copyOfRange(iterations, 0, at));
    double after = Quantiles.median(Arrays.copyOfRange(iterations, at, n));
    double shift = (after - before) / (Math.abs(before) > 0 ? Math.abs(before) : 1);
    boolean trend = trendP < alpha && Math.abs(drift) >= minChange;
    boolean level = shiftP < alpha && Math.abs(shift) >= minChange;
    String reason;
    if (trend) {
      reason = String.format(Locale.ROOT,
          "the iterations trend: %+.1f%% over the run (Mann-Kendall p = %.2g)", 100 * drift, trendP);
    } else if (level) {
      reason = String.format(Locale.ROOT,
          "the iterations shift level by %+.1f%% from iteration %d (Pettitt p = %.2g)",
          100 * shift, at + 1, shiftP);
    } else {
      reason = "no significant trend or level shift of at least "
          + Decider.share(minChange);
    }
    return new Steadiness(!trend && !level, trendP, drift, shiftP, at, shift, reason);
  }

  static double mannKendallP(double[] x) {
    int n = x.length;
    long s = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        s += Double.compare(x[j], x[i]) > 0 ? 1 : Double.compare(x[j], x[i]) < 0 ? -1 : 0;
      }
    }
    double var = n * (n - 1.0) * (2 * n + 5);
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < n; ) {
      int j = i;
      while (j + 1 < n && sorted[j + 1] == sorted[i]) {
        j++;
      }
      double t = j - i + 1;
      var -= t * (t - 1) * (2 * t + 5);
      i = j + 1;
    }
    var /= 18;
    if (s == 0 || var <= 0) {
      return 1;
    }
    double z = (Math.abs(s) - 1) / Math.sqrt(var);
    return Math.min(1, 2 * STANDARD_NORMAL.survivalProbability(z));
  }

  static double senSlope(double[] x) {
    int n = x.length;
    double[] slopes = new double[n * (n - 1) / 2];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        slopes[k++] = (x[j] - x[i]) / (j - i);
      }
    }
    return Quantiles.median(slopes);
  }

  /** The index t (1..n-1) maximising |U_t|: iterations [0, t) before, [t, n) after. */
  static int pettittChangePoint(double[] x) {
    int n = x.length;
    long best = -1;
    int at = 1;
    for (int t = 1; t < n; t++) {
      long u = pettittU(x, t);
      if (Math.abs(u) > best) {
        best = Math.abs(u);
        at = t;
      }
    }
    return at;
  }

  static double pettittP(double[] x, int t) {
    int n = x.length;
    double k = Math.abs(pettittU(x, t));
    return Math.min(1, 2 * Math.exp(-6 * k * k / ((double) n * n * n + (double) n * n)));
  }

  private static long pettittU(double[] x, int t) {
    long u = 0;
    for (int i = 0; i < t; i++) {
      for (int j = t; j < x.length; j++) {
        u += Double.compare(x[j], x[i]) > 0 ? 1 : Double.compare(x[j], x[i]) < 0 ? -1 : 0;
      }
    }
    return u;
  }
}
