package dev.assay.llm.client;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed call again: only for retryable kinds, at most {@code maxAttempts} calls in
 * all, waiting the provider's {@code retry-after} when it gives one, else an exponential backoff
 * with full jitter ({@code random(0, min(maxDelay, baseDelay * 2^(attempt-1)))}). A retry-after
 * longer than {@code maxWait} is not waited for: the call fails instead of hanging a CI job.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxWait) {
  /** Four calls, 1 s doubling to at most 30 s, and no wait over two minutes. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /**
   * How long to wait before attempt {@code failed + 1}, or empty when no retry should be made.
   *
   * @param failed the number of calls made so far (1 after the first failure)
   * @param e the last failure
   * @param random a source of numbers in [0, 1) for the jitter
   */
  public Optional<Duration> delay(int failed, ModelException e, DoubleSupplier random) {
    if (!e.kind().retryable() || failed >= maxAttempts) {
      return Optional.empty();
    }
    if (e.retryAfter().isPresent()) {
      Duration asked = e.retryAfter().get();
      return asked.compareTo(maxWait) > 0 ? Optional.empty() : Optional.of(asked);
    }
    long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(20, failed - 1));
    return Optional.of(Duration.ofMillis((long) (random.getAsDouble() * cap)));
  }
}
