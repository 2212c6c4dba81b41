package dev.assay.llm.client;

import java.time.Duration;
import java.util.Objects;

/**
 * A model's answer.
 *
 * @param text the answer; for structured output, the JSON document as text
 * @param usage normalised token usage
 * @param model the model that answered, as the provider names it
 * @param stopReason why generation stopped, normalised: {@code end}, {@code max_tokens} or the
 *     provider's own word
 * @param latency wall time of the successful HTTP call
 * @param attempts HTTP calls made, retries included
 */
public record ChatResponse(
    String text, Usage usage, String model, String stopReason, Duration latency, int attempts) {
  public ChatResponse {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(stopReason, "stopReason");
    Objects.requireNonNull(latency, "latency");
  }

  /** The answer stopped because it hit the output limit, so it is probably cut off. */
  public boolean truncated() {
    return stopReason.equals("max_tokens");
  }

  ChatResponse after(Duration took, int calls) {
    return new ChatResponse(text, usage, model, stopReason, took, calls);
  }
}
