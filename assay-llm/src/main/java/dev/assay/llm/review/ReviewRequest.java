package dev.assay.llm.review;

import dev.assay.check.CheckRequest;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What to review.
 *
 * @param change the change, chosen as for {@code assay check}
 * @param model the model to ask
 * @param maxTokens most output tokens
 * @param timeout per model call
 * @param diffBudgetChars the most diff text sent; the rest is listed as not reviewed
 * @param minConfidence comments below this confidence are dropped
 * @param failOn a severity at or above which the review blocks (exit 1), or empty: advisory
 */
public record ReviewRequest(
    CheckRequest change, String model, int maxTokens, Duration timeout, int diffBudgetChars,
    double minConfidence, Optional<String> failOn) {
  public ReviewRequest {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(failOn, "failOn");
    if (minConfidence < 0 || minConfidence > 1) {
      throw new IllegalArgumentException("minConfidence must be between 0 and 1");
    }
  }
}
