package dev.assay.report.junit;

import dev.assay.api.CriterionResult;
import dev.assay.api.GateTable;
import dev.assay.api.Status;
import dev.assay.engine.GateReport;
import dev.assay.engine.ReportedFinding;
import dev.assay.engine.RunResult;
import dev.assay.report.Reporter;
import dev.assay.report.internal.RunFacts;
import dev.assay.report.internal.TextTable;
import dev.assay.report.junit.JunitModel.Case;
import dev.assay.report.junit.JunitModel.Outcome;
import dev.assay.report.junit.JunitModel.Suite;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code assay-junit.xml}: a test suite {@code assay.<gate>} per gate and a test case per
 * criterion. A failed criterion is a {@code <failure>} with the measurement and its first open
 * findings; an advisory (WARN) criterion passes and says so in {@code <system-out>}, because a CI
 * test tab would otherwise show a failure that does not block; a skipped criterion is {@code
 * <skipped>}; a gate that could not run is one {@code <error>}.
 */
public final class JunitReporter implements Reporter {
  /** Findings listed under one failing criterion; the rest are counted. */
  static final int FINDINGS_PER_CASE = 20;

  @Override
  public String format() {
    return "junit";
  }

  @Override
  public String fileName() {
    return "assay-junit.xml";
  }

  @Override
  public void write(RunResult run, Writer out) throws IOException {
    new JunitXml(out).write(run.gates().stream().map(JunitReporter::suite).toList());
  }

  static Suite suite(GateReport gate) {
    String classname = "assay." + gate.id();
    List<Case> cases = new ArrayList<>();
    if (gate.status() == Status.ERROR) {
      cases.add(new Case(classname, gate.id() + ": gate could not run", Outcome.ERROR,
          gate.summary(), "gate-error", gate.summary()));
    }
    for (CriterionResult c : gate.criteria()) {
      cases.add(criterionCase(classname, gate, c));
    }
    if (cases.isEmpty()) {
      Outcome outcome = gate.status() == Status.SKIPPED ? Outcome.SKIPPED : Outcome.PASSED;
      String message = outcome == Outcome.SKIPPED ? gate.summary() : "";
      cases.add(new Case(classname, gate.id() + ": " + gate.title(), outcome, message, "",
          gate.summary()));
    }
    StringBuilder out = new StringBuilder(String.join("\n", gate.notes()));
    for (GateTable t : gate.tables()) {
      out.append(out.isEmpty() ? "" : "\n\n").append(t.title()).append('\n')
          .append(TextTable.render(t, "").stripTrailing());
    }
    return new Suite(classname, cases, out.toString());
  }

  private static Case criterionCase(String classname, GateReport gate, CriterionResult c) {
    String name = c.id() + ": " + c.title();
    String measured = "actual " + c.actual() + ", expected " + c.expected();
    return switch (c.status()) {
      case FAIL -> new Case(classname, name, Outcome.FAILED, measured, c.id(),
          measured + evidence(gate, c));
      case WARN -> new Case(classname, name, Outcome.PASSED, "", "",
          "Advisory criterion not met (does not block): " + measured + evidence(gate, c));
      case SKIPPED -> new Case(classname, name, Outcome.SKIPPED, c.actual(), "", "");
      case ERROR -> new Case(classname, name, Outcome.ERROR, c.actual(), "criterion-error",
          measured);
      case PASS -> new Case(classname, name, Outcome.PASSED, "", "", "");
    };
  }

  /**
   * The open findings behind a criterion: those of its rule, or for a threshold criterion with no
   * findings of its own id, all open findings of the gate (they are the measurement's evidence).
   */
  private static String evidence(GateReport gate, CriterionResult c) {
    List<ReportedFinding> open = gate.openFindings();
    List<ReportedFinding> own = open.stream().filter(f -> f.finding().rule().equals(c.id())).toList();
    List<ReportedFinding> shown =
        own.isEmpty() && c.kind() == CriterionResult.Kind.THRESHOLD ? open : own;
    if (shown.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("\n");
    shown.stream().limit(FINDINGS_PER_CASE).forEach(f -> {
      String where = RunFacts.where(f);
      sb.append('\n').append(where.isEmpty() ? "" : where + "  ").append(f.finding().rule())
          .append("  ").append(f.finding().message());
    });
    if (shown.size() > FINDINGS_PER_CASE) {
      sb.append("\n... and ").append(shown.size() - FINDINGS_PER_CASE).append(" more");
    }
    return sb.toString();
  }
}
