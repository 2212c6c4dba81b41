package dev.assay.perf.stats;

/** The outcome of one statistical decision. */
public enum Verdict {
  /** The confidence bound rules out a regression above the allowed maximum. */
  PASS,
  /** The confidence bound shows a regression above the allowed maximum. */
  FAIL,
  /**
   * Neither could be shown with the rounds at hand (more rounds may decide), or the base-vs-base
   * control moved so that the measurement cannot be trusted.
   */
  INCONCLUSIVE
}
