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

  static ShiftTest of(double[] d, double threshold, double failLevel, double passLevel) {
    return new ShiftTest(
        SignedRank.hodgesLehmann(d),
        SignedRank.lowerBound(d, failLevel),
        SignedRank.upperBound(d, passLevel),
        SignedRank.pGreater(d, threshold),
        SignedRank.pLess(d, threshold));
  }

  /** Only the p-values (for Holm, before the levels are known). */
  static double[] pValues(double[] d, double threshold) {
    return new double[] {SignedRank.pGreater(d, threshold), SignedRank.pLess(d, threshold)};
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
