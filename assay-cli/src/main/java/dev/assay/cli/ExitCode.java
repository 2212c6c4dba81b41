package dev.assay.cli;

/** The process exit codes, the contract CI scripts rely on. */
public enum ExitCode {
  /** Every blocking criterion is met (or the command succeeded). */
  OK(0),
  /** At least one blocking criterion is not met. */
  BLOCKED(1),
  /** Usage error, criteria-file error, or an input that cannot be used (unknown ref, shallow clone). */
  USAGE(2),
  /** A gate could not run and no criterion failed; or an unexpected internal error. */
  ERROR(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
