package dev.assay.java.api;

/** The gate cannot compare: a build failed or a configured jar is missing. The message says why. */
final class ApiInputException extends Exception {
  private static final long serialVersionUID = 1L;

  ApiInputException(String message) {
    super(message);
  }
}
