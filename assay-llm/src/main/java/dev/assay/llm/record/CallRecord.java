package dev.assay.llm.record;

import dev.assay.llm.client.Usage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One model call. The prompt and answer texts are present only when the user opted in; the key
 * is never part of a record.
 *
 * @param time when the call ended
 * @param runId the run this call belongs to (one {@code generate}, {@code review} or eval task)
 * @param command {@code generate}, {@code review} or {@code eval}
 * @param provider provider id, e.g. {@code anthropic}
 * @param model the model asked
 * @param promptHash {@code sha256:} of the system prompt and messages, to tell identical prompts
 * @param usage normalised tokens (zero when the call failed)
 * @param costUsd what the call cost by the price table (zero when failed or unpriced)
 * @param latencyMillis wall time including retries
 * @param attempts HTTP calls made
 * @param outcome {@code ok} or the failure kind in lower case, e.g. {@code rate_limit}
 */
public record CallRecord(
    Instant time,
    String runId,
    String command,
    String provider,
    String model,
    String promptHash,
    Usage usage,
    BigDecimal costUsd,
    long latencyMillis,
    int attempts,
    String outcome,
    Optional<String> prompt,
    Optional<String> response) {
  public CallRecord {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(promptHash, "promptHash");
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(costUsd, "costUsd");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(response, "response");
  }

  public boolean ok() {
    return outcome.equals("ok");
  }
}
