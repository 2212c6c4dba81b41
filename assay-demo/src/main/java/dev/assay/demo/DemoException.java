package dev.assay.demo;

/** The example repository could not be made; the message says why and what to do. */
public final class DemoException extends Exception {
  private static final long serialVersionUID = 1L;

  public DemoException(String message) {
    super(message);
  }

  public DemoException(String message, Throwable cause) {
    super(message, cause);
  }
}
