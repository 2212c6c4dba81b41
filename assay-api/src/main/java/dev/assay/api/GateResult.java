package dev.assay.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything one gate decided: its status, the criteria behind it, the findings as evidence, notes
 * for the reader (skipped files, assumptions) and metrics for machine-readable reports.
 *
 * @param gate gate id
 * @param status the worst status among the criteria, or ERROR/SKIPPED as set by the engine
 * @param summary one line for tables, e.g. {@code 62.5% of 16 changed lines covered}
 * @param criteria criteria in the order the gate evaluated them
 * @param findings evidence, in any order (the engine sorts)
 * @param notes things the reader should know, one sentence each
 * @param metrics measured numbers by name (sorted by key)
 * @param tables tables the gate adds to every report format, in order (most gates have none)
 */
public record GateResult(
    String gate,
    Status status,
    String summary,
    List<CriterionResult> criteria,
    List<Finding> findings,
    List<String> notes,
    Map<String, String> metrics,
    List<GateTable> tables) {

  public GateResult {
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(summary, "summary");
    criteria = List.copyOf(criteria);
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
    metrics = java.util.Collections.unmodifiableMap(new TreeMap<>(metrics));
    tables = List.copyOf(tables);
  }

  /** A result with no tables. */
  public GateResult(
      String gate,
      Status status,
      String summary,
      List<CriterionResult> criteria,
      List<Finding> findings,
      List<String> notes,
      Map<String, String> metrics) {
    this(gate, status, summary, criteria, findings, notes, metrics, List.of());
  }

  /** This result with {@code tables} in place of its tables. */
  public GateResult withTables(List<GateTable> newTables) {
    return new GateResult(gate, status, summary, criteria, findings, notes, metrics, newTables);
  }

  /** A result whose status is the worst of its criteria (SKIPPED when there are none). */
  public static GateResult of(
      String gate,
      String summary,
      List<CriterionResult> criteria,
      List<Finding> findings,
      List<String> notes,
      Map<String, String> metrics) {
    return new GateResult(gate, statusOf(criteria), summary, criteria, findings, notes, metrics);
  }

  /** The gate could not run; {@code message} says why and what to do. */
  public static GateResult error(String gate, String message) {
    return new GateResult(gate, Status.ERROR, message, List.of(), List.of(), List.of(), Map.of());
  }

  /** The gate had nothing to do; {@code reason} says why. */
  public static GateResult skipped(String gate, String reason) {
    return new GateResult(gate, Status.SKIPPED, reason, List.of(), List.of(), List.of(), Map.of());
  }

  /** The worst status among the criteria; SKIPPED when there are none or all were skipped. */
  public static Status statusOf(List<CriterionResult> criteria) {
    Status s = Status.SKIPPED;
    for (CriterionResult c : criteria) {
      s = s.worse(c.status());
    }
    return s;
  }
}
