package dev.assay.llm.review;

/** The review could not be made: a usage problem, or the model's answer was unusable. */
public final class ReviewException extends Exception {
  private static final long serialVersionUID = 1L;
  private final boolean usage;

  public ReviewException(String message, boolean usage, Throwable cause) {
    super(message, cause);
    this.usage = usage;
  }

  /** True for a usage error (exit 2); false when the review could not run (exit 3). */
  public boolean usage() {
    return usage;
  }
}
