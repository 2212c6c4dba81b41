package dev.assay.engine;

import dev.assay.api.ChangeSet;
import java.util.List;
import java.util.Objects;

/**
 * The complete, deterministic record of one run: the input to every reporter. Contains no wall-clock
 * time, so the same inputs give the same bytes.
 *
 * @param toolVersion Assay's version
 * @param verdict the outcome
 * @param change the change evaluated
 * @param criteria where the criteria came from
 * @param gates one report per gate, in the configured order
 * @param findings every finding of every gate, sorted by (path, line, gate, rule, message)
 * @param notes run-level notes (skipped files, shallow clone hints)
 * @param docsUrl base URL of the documentation, ending in {@code /}; a rule's page is this plus
 *     {@link dev.assay.api.RuleDescriptor#docsPath()}, a gate's page this plus {@code gates/<id>.md}
 */
public record RunResult(
    String toolVersion,
    Verdict verdict,
    ChangeSet change,
    CriteriaSource criteria,
    List<GateReport> gates,
    List<ReportedFinding> findings,
    List<String> notes,
    String docsUrl) {
  public RunResult {
    Objects.requireNonNull(docsUrl, "docsUrl");
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(criteria, "criteria");
    gates = List.copyOf(gates);
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
  }

  /** Number of findings that count toward the verdict. */
  public long openFindingCount() {
    return findings.stream().filter(ReportedFinding::isOpen).count();
  }
}
