package dev.assay.engine;

/** The one-word outcome of a run, and the process exit code it maps to. */
public enum Verdict {
  /** Every blocking criterion holds. */
  PASS(0),
  /** At least one blocking criterion does not hold. */
  BLOCKED(1),
  /** No blocking criterion failed, but at least one gate could not run. */
  ERROR(3);

  private final int exitCode;

  Verdict(int exitCode) {
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
