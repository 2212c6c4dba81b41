package dev.assay.engine;

import dev.assay.api.CriterionResult;
import dev.assay.api.GateTable;
import dev.assay.api.RuleDescriptor;
import dev.assay.api.Status;
import java.util.List;
import java.util.Map;

/**
 * One gate's part of a run, after suppressions and the baseline: what reporters render.
 *
 * @param id gate id
 * @param title one sentence describing the gate
 * @param status final status
 * @param summary one line for tables
 * @param criteria criteria with final statuses
 * @param findings this gate's findings, sorted by (path, line, rule)
 * @param notes sentences for the reader
 * @param metrics measured numbers by name, sorted
 * @param rules metadata of every rule the gate can report
 * @param tables tables the gate adds to the reports, in order
 */
public record GateReport(
    String id,
    String title,
    Status status,
    String summary,
    List<CriterionResult> criteria,
    List<ReportedFinding> findings,
    List<String> notes,
    Map<String, String> metrics,
    List<RuleDescriptor> rules,
    List<GateTable> tables) {
  public GateReport {
    tables = List.copyOf(tables);
    rules = List.copyOf(rules);
    criteria = List.copyOf(criteria);
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
    metrics = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(metrics));
  }

  /** A report with no tables. */
  public GateReport(
      String id,
      String title,
      Status status,
      String summary,
      List<CriterionResult> criteria,
      List<ReportedFinding> findings,
      List<String> notes,
      Map<String, String> metrics,
      List<RuleDescriptor> rules) {
    this(id, title, status, summary, criteria, findings, notes, metrics, rules, List.of());
  }

  /** Findings that count toward the verdict. */
  public List<ReportedFinding> openFindings() {
    return findings.stream().filter(ReportedFinding::isOpen).toList();
  }
}
