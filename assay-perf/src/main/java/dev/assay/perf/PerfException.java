package dev.assay.perf;

/** The gate cannot decide: a build or a benchmark failed; the message says which side and why. */
final class PerfException extends Exception {
  private static final long serialVersionUID = 1L;

  PerfException(String message) {
    super(message);
  }
}
