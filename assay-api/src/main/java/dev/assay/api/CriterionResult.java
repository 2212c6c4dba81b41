package dev.assay.api;

import java.util.Objects;

/**
 * The outcome of one criterion of a gate, e.g. "changed-line coverage at least 80%".
 *
 * @param id stable id, {@code <gate>/<name>}; for {@link Kind#NO_FINDINGS} criteria it equals the
 *     rule id of the findings that violate it
 * @param title human sentence stating the criterion
 * @param kind how the status is decided
 * @param status the outcome
 * @param actual what was measured, e.g. {@code 62.5% (10 of 16 lines)}
 * @param expected the threshold, e.g. {@code >= 80%}
 * @param blocking whether a failure blocks the change (otherwise it is advisory, a WARN)
 */
public record CriterionResult(
    String id,
    String title,
    Kind kind,
    Status status,
    String actual,
    String expected,
    boolean blocking) {

  /** How a criterion's status is decided. */
  public enum Kind {
    /** Measured against a threshold by the gate; suppressions do not change it. */
    THRESHOLD,
    /**
     * Holds when no finding with rule id {@code id} remains after inline suppressions and the
     * baseline are applied; the engine recomputes the status.
     */
    NO_FINDINGS
  }

  public CriterionResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(expected, "expected");
    if (status == Status.FAIL && !blocking) {
      status = Status.WARN;
    }
  }

  /** A threshold criterion: {@code met} decides PASS, otherwise FAIL (or WARN if advisory). */
  public static CriterionResult threshold(
      String id, String title, boolean met, String actual, String expected, boolean blocking) {
    return new CriterionResult(
        id, title, Kind.THRESHOLD, met ? Status.PASS : Status.FAIL, actual, expected, blocking);
  }

  /** A criterion that holds while there are no findings of rule {@code id}. */
  public static CriterionResult noFindings(String id, String title, int count, boolean blocking) {
    return new CriterionResult(
        id,
        title,
        Kind.NO_FINDINGS,
        count == 0 ? Status.PASS : Status.FAIL,
        count + (count == 1 ? " finding" : " findings"),
        "0 findings",
        blocking);
  }

  /** A criterion that was not evaluated, with the reason as {@code actual}. */
  public static CriterionResult skipped(String id, String title, String reason) {
    return new CriterionResult(id, title, Kind.THRESHOLD, Status.SKIPPED, reason, "", false);
  }

  /** The same criterion with a new status and measurement (used after suppressions). */
  public CriterionResult withOutcome(Status newStatus, String newActual) {
    return new CriterionResult(id, title, kind, newStatus, newActual, expected, blocking);
  }
}
