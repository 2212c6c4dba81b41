package dev.assay.llm.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A model call that failed, with the kind of failure that decides whether a retry can help. */
public final class ModelException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What went wrong, mapped from each provider's error types and HTTP statuses. */
  public enum Kind {
    BAD_REQUEST(false),
    AUTHENTICATION(false),
    PERMISSION(false),
    NOT_FOUND(false),
    REQUEST_TOO_LARGE(false),
    /** The account's spend limit or quota is reached: waiting does not help. */
    SPEND_LIMIT(false),
    RATE_LIMIT(true),
    OVERLOADED(true),
    SERVER_ERROR(true),
    TIMEOUT(true),
    /** Connection refused or reset, or a response cut off mid-body. */
    CONNECTION(true),
    /** A 2xx answer that is not the documented JSON (an HTML page, a truncated document). */
    INVALID_RESPONSE(false),
    /** The answer was larger than the cap. */
    RESPONSE_TOO_LARGE(false);

    private final boolean retryable;

    Kind(boolean retryable) {
      this.retryable = retryable;
    }

    public boolean retryable() {
      return retryable;
    }
  }

  private final Kind kind;
  private final int status;
  private final transient Optional<Duration> retryAfter;

  public ModelException(Kind kind, int status, String message, Optional<Duration> retryAfter) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.status = status;
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  public ModelException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.status = 0;
    this.retryAfter = Optional.empty();
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int status() {
    return status;
  }

  /** How long the provider asked to wait before trying again, if it said. */
  public Optional<Duration> retryAfter() {
    return retryAfter == null ? Optional.empty() : retryAfter;
  }
}
