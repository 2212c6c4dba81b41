package dev.assay.llm.generate;

/** The loop cannot start or continue for a reason the user must fix (a usage error, exit 2). */
public final class GenerateException extends Exception {
  private static final long serialVersionUID = 1L;

  public GenerateException(String message) {
    super(message);
  }

  public GenerateException(String message, Throwable cause) {
    super(message, cause);
  }
}
