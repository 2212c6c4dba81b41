package dev.assay.perf.stats;

/**
 * The two one-sided signed-rank tests of a sample of log ratios against a threshold, with the
 * Hodges-Lehmann estimate and the bounds at the two levels. Internal building block of every
 * decision in this package.
 *
 * @param hl Hodges-Lehmann estimate of the centre
 * @param low lower bound at {@code failLevel}
 * @param high upper bound at {@code passLevel}
 * @param pFail p-value of "centre at most threshold"
 * @param pPass p-value of "centre at least threshold"
 */
record ShiftTest(double hl, double low, double high, double pFail, double pPass) {

  /**
   * Runs both tests on one sorted set of Walsh averages; gives the same numbers as {@link
   * SignedRank#pGreater}, {@link SignedRank#pLess}, {@link SignedRank#lowerBound} and {@link
   * SignedRank#upperBound} (a test checks it), in one pass.
   */
  static ShiftTest of(double[] d, double threshold, double failLevel, double passLevel) {
    return ofWalsh(SignedRank.walshAverages(d), d.length, threshold, failLevel, passLevel);
  }

  /** As {@link #of}, from the sorted Walsh averages of n observations. */
  static ShiftTest ofWalsh(
      double[] w, int n, double threshold, double failLevel, double passLevel) {
    int total = w.length;
    long above = total - countAtMost(w, threshold);
    long below = countBelow(w, threshold);
    long cFail = SignedRank.criticalCount(n, failLevel);
    long cPass = SignedRank.criticalCount(n, passLevel);
    return new ShiftTest(
        Quantiles.medianOfSorted(w),
        cFail > total ? Double.NEGATIVE_INFINITY : w[(int) (total - cFail)],
        cPass > total ? Double.POSITIVE_INFINITY : w[(int) (cPass - 1)],
        SignedRank.upperTail(n, above),
        SignedRank.upperTail(n, below));
  }

  /** Only the p-values, from the sorted Walsh averages of n observations (for Holm, before the levels are known). */
  static double[] pValues(double[] w, int n, double threshold) {
    long above = w.length - countAtMost(w, threshold);
    long below = countBelow(w, threshold);
    return new double[] {SignedRank.upperTail(n, above), SignedRank.upperTail(n, below)};
  }

  /** The number of sorted values at most t. */
  private static int countAtMost(double[] sorted, double t) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The number of sorted values strictly below t. */
  private static int countBelow(double[] sorted, double t) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  Verdict verdict(double failLevel, double passLevel) {
    boolean fail = pFail <= failLevel;
    boolean pass = pPass <= passLevel;
    if (fail && !pass) {
      return Verdict.FAIL;
    }
    if (pass && !fail) {
      return Verdict.PASS;
    }
    return Verdict.INCONCLUSIVE;
  }
}
