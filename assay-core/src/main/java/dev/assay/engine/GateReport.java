package dev.assay.engine;

import dev.assay.api.CriterionResult;
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
    List<RuleDescriptor> rules) {
  public GateReport {
    rules = List.copyOf(rules);
    criteria = List.copyOf(criteria);
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
    metrics = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(metrics));
  }

  /** Findings that count toward the verdict. */
  public List<ReportedFinding> openFindings() {
    return findings.stream().filter(ReportedFinding::isOpen).toList();
  }
}
