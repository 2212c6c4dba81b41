package dev.assay.engine;

/** What became of a finding after inline suppressions and the baseline were applied. */
public enum Disposition {
  /** Counts toward its criterion. */
  OPEN,
  /** Silenced by an {@code assay:ignore <rule> -- <reason>} comment. */
  SUPPRESSED,
  /** Present in the baseline file, so not new. */
  BASELINED
}
