package dev.assay.perf.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Wilcoxon signed-rank test, the Hodges-Lehmann estimate and its one-sided confidence bounds,
 * for one sample of paired differences.
 *
 * <p>The decision methods ({@link #pGreater}, {@link #lowerBound}, {@link #upperBound}) count Walsh
 * averages: the statistic for "centre above theta" is the number of pairwise means {@code (x_i +
 * x_j) / 2, i <= j}, strictly above theta. Without ties and zeros this is exactly the Wilcoxon
 * signed-rank statistic W+ of {@code x - theta}; with ties it counts a tie against rejection, so it
 * is conservative. Its null distribution is the exact signed-rank distribution for up to {@value
 * #EXACT_MAX} observations (computed by dynamic programming) and the normal approximation with
 * continuity correction beyond. Because the p-value and the bound are computed from the same
 * counts and the same tail function, "p-value at most alpha" holds exactly when "the bound at level
 * alpha lies beyond theta".
 *
 * <p>{@link #wilcoxonPGreater} is the textbook test as R's {@code wilcox.test} and SciPy's {@code
 * wilcoxon} compute it (zeros dropped; exact below 50 observations without ties, otherwise normal
 * with tie and continuity corrections), for cross-checking. Thread-safe; allocation-light.
 */
public final class SignedRank {

  /** Up to this many observations the exact null distribution is used. */
  public static final int EXACT_MAX = 50;

  /**
   * The most observations the Walsh-average methods accept: their time and memory grow with the
   * square of the count (2000 observations: two million averages, 16 MB).
   */
  public static final int MAX_OBSERVATIONS = 2000;

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
  private static final double[][] TAILS = new double[EXACT_MAX + 1][];

  private SignedRank() {}

  /** All {@code n(n+1)/2} Walsh averages {@code (x_i + x_j) / 2, i <= j}, sorted ascending. */
  public static double[] walshAverages(double[] x) {
    int n = x.length;
    if (n > MAX_OBSERVATIONS) {
      throw new IllegalArgumentException(n + " observations are more than the " + MAX_OBSERVATIONS
          + " the signed-rank bounds accept; run fewer rounds");
    }
    double[] w = new double[n * (n + 1) / 2];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        w[k++] = (x[i] + x[j]) / 2;
      }
    }
    Arrays.sort(w);
    return w;
  }

  /** The Hodges-Lehmann estimate of the centre: the median of the Walsh averages. */
  public static double hodgesLehmann(double[] x) {
    requireNonEmpty(x);
    return Quantiles.medianOfSorted(walshAverages(x));
  }

  /**
   * The one-sided p-value of H0 "centre at most theta" against "centre above theta": {@code P(W >=
   * T)} where T is the number of Walsh averages strictly above theta.
   */
  public static double pGreater(double[] x, double theta) {
    requireNonEmpty(x);
    if (x.length > MAX_OBSERVATIONS) {
      walshAverages(x); // throws with the message
    }
    long t = 0;
    int n = x.length;
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        if ((x[i] + x[j]) / 2 > theta) {
          t++;
        }
      }
    }
    return upperTail(n, t);
  }

  /** The one-sided p-value of H0 "centre at least theta" against "centre below theta". */
  public static double pLess(double[] x, double theta) {
    return pGreater(negated(x), -theta);
  }

  /**
   * The one-sided lower confidence bound of the centre at level alpha: the largest theta that
   * {@link #pGreater} does not reject at alpha. Negative infinity when no sample of this size could
   * reject at alpha (e.g. 7 observations and alpha below 1/128).
   */
  public static double lowerBound(double[] x, double alpha) {
    requireNonEmpty(x);
    int n = x.length;
    long c = criticalCount(n, alpha);
    long total = (long) n * (n + 1) / 2;
    if (c > total) {
      return Double.NEGATIVE_INFINITY;
    }
    double[] w = walshAverages(x);
    return w[(int) (total - c)];
  }

  /** The one-sided upper confidence bound of the centre at level alpha (mirror of lowerBound). */
  public static double upperBound(double[] x, double alpha) {
    return -lowerBound(negated(x), alpha);
  }

  /**
   * The null probability {@code P(W >= t)} of the signed-rank statistic for n observations: exact up
   * to {@value #EXACT_MAX}, normal with continuity correction beyond.
   */
  public static double upperTail(int n, long t) {
    long total = (long) n * (n + 1) / 2;
    if (t <= 0) {
      return 1;
    }
    if (t > total) {
      return 0;
    }
    if (n <= EXACT_MAX) {
      return Math.min(1, exactTails(n)[(int) t]);
    }
    double mean = total / 2.0;
    double sd = Math.sqrt(n * (n + 1.0) * (2 * n + 1) / 24);
    return STANDARD_NORMAL.survivalProbability((t - 0.5 - mean) / sd);
  }

  /** The smallest count c with {@code upperTail(n, c) <= alpha}, or {@code n(n+1)/2 + 1} if none. */
  static long criticalCount(int n, double alpha) {
    long lo = 0;
    long hi = (long) n * (n + 1) / 2 + 1; // upperTail(n, hi) == 0 <= alpha
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      if (upperTail(n, mid) <= alpha) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * The textbook one-sided Wilcoxon signed-rank p-value for "centre above 0", as R's {@code
   * wilcox.test(x, alternative = "greater")} and SciPy's {@code wilcoxon(x, alternative="greater")}
   * compute it: zeros dropped, midranks for ties; exact when fewer than 50 non-zero values and no
   * ties, otherwise the normal approximation with tie correction and continuity correction.
   */
  public static double wilcoxonPGreater(double[] x) {
    double[] nz = Arrays.stream(x).filter(v -> v != 0).toArray();
    int n = nz.length;
    if (n == 0) {
      return 1;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(Math.abs(nz[a]), Math.abs(nz[b])));
    double wPlus = 0;
    double tieTerm = 0;
    boolean ties = false;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j + 1 < n && Math.abs(nz[order[j + 1]]) == Math.abs(nz[order[i]])) {
        j++;
      }
      double rank = (i + j + 2) / 2.0;
      int size = j - i + 1;
      if (size > 1) {
        ties = true;
        tieTerm += (double) size * size * size - size;
      }
      for (int k = i; k <= j; k++) {
        if (nz[order[k]] > 0) {
          wPlus += rank;
        }
      }
      i = j + 1;
    }
    if (n < EXACT_MAX && !ties) {
      return upperTail(n, Math.round(wPlus));
    }
    double mean = n * (n + 1) / 4.0;
    double var = n * (n + 1.0) * (2 * n + 1) / 24 - tieTerm / 48;
    double z = (wPlus - mean - 0.5) / Math.sqrt(var);
    return STANDARD_NORMAL.survivalProbability(z);
  }

  private static synchronized double[] exactTails(int n) {
    double[] tails = TAILS[n];
    if (tails == null) {
      int total = n * (n + 1) / 2;
      double[] p = new double[total + 1];
      p[0] = 1;
      int reach = 0;
      for (int k = 1; k <= n; k++) {
        reach += k;
        for (int s = reach; s >= 0; s--) {
          p[s] = 0.5 * (p[s] + (s >= k ? p[s - k] : 0));
        }
      }
      tails = new double[total + 2];
      for (int s = total; s >= 0; s--) {
        tails[s] = tails[s + 1] + p[s];
      }
      TAILS[n] = tails;
    }
    return tails;
  }

  private static double[] negated(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = -x[i];
    }
    return y;
  }

  private static void requireNonEmpty(double[] x) {
    if (x.length == 0) {
      throw new IllegalArgumentException("no observations");
    }
  }
}
