package dev.assay.api;

/** Outcome of one criterion or one gate, ordered from best to worst for aggregation. */
public enum Status {
  /** The criterion was not evaluated (gate disabled, or nothing in the change it applies to). */
  SKIPPED,
  /** The criterion holds. */
  PASS,
  /** A non-blocking (advisory) criterion does not hold. */
  WARN,
  /** The gate could not run; its criteria are unknown. */
  ERROR,
  /** A blocking criterion does not hold. */
  FAIL;

  /** Returns the worse of the two, where FAIL outranks ERROR so that a failure is never hidden. */
  public Status worse(Status other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
