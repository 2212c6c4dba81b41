package dev.assay.llm.generate;

import dev.assay.llm.client.Usage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a generate run ended.
 *
 * @param outcome why it ended
 * @param reason one sentence for the user
 * @param attempts every attempt, in order
 * @param branch the branch created in the repository (on success)
 * @param commit the squashed commit on that branch (on success)
 * @param patch the patch file written (on success, if asked)
 * @param costUsd what the run's model calls cost
 * @param usage tokens of the run's successful calls
 * @param contextMillis time to build the first prompt (clone excluded)
 * @param scratch the scratch clone, when kept
 */
public record GenerateResult(
    Outcome outcome,
    String reason,
    String runId,
    List<Attempt> attempts,
    Optional<String> branch,
    Optional<String> commit,
    Optional<Path> patch,
    BigDecimal costUsd,
    Usage usage,
    long cloneMillis,
    long contextMillis,
    Optional<Path> scratch) {

  /** Why the run ended. */
  public enum Outcome {
    /** The change meets every blocking criterion. */
    PASS,
    /** The attempts ran out with criteria still failing. */
    FAILED,
    /** A budget stopped the run before the next call. */
    BUDGET,
    /** The model could not be reached or refused the requests. */
    MODEL_ERROR
  }

  public GenerateResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    attempts = List.copyOf(attempts);
  }

  /**
   * One answer and what became of it.
   *
   * @param status {@code pass}, {@code blocked}, {@code did-not-apply} or {@code build-failed}
   * @param failing the failing criteria ({@code gate/criterion}) or edit problems
   * @param gates each gate's status (PASS, FAIL, WARN, ERROR, SKIPPED) when the check ran
   */
  public record Attempt(
      int number, String model, String status, List<String> failing, BigDecimal costUsd,
      long modelMillis, long applyMillis, long buildMillis, long checkMillis,
      java.util.Map<String, String> gates) {
    public Attempt {
      failing = List.copyOf(failing);
      gates = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(gates));
    }

    /** The loop's own time in this attempt: applying, committing and checking (not model or build). */
    public long overheadMillis() {
      return applyMillis + checkMillis;
    }
  }
}
