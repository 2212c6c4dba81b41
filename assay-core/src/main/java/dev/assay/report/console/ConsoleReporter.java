package dev.assay.report.console;

import static dev.assay.report.console.Ansi.safe;

import dev.assay.api.CriterionResult;
import dev.assay.api.GateTable;
import dev.assay.api.Status;
import dev.assay.engine.GateReport;
import dev.assay.engine.ReportedFinding;
import dev.assay.engine.RunResult;
import dev.assay.report.Reporter;
import dev.assay.report.internal.RunFacts;
import dev.assay.report.internal.TextTable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal summary. Its first line names the verdict so that it is what a developer sees even
 * in a truncated CI log; then gates, failing criteria, open findings (capped), notes and defaults.
 * Quiet mode prints only the verdict line and the failing criteria. Has no file: the report writer
 * skips it and the CLI prints it to standard output, followed by {@link #reportsLine}.
 */
public final class ConsoleReporter implements Reporter {
  /** Open findings printed before pointing at the full report. */
  static final int MAX_FINDINGS = 50;

  private final Ansi ansi;
  private final boolean quiet;
  private final String fullReport;

  /**
   * @param color emit ANSI colours (the CLI passes true for a terminal without {@code NO_COLOR})
   * @param quiet print only the verdict line and the failing criteria
   */
  public ConsoleReporter(boolean color, boolean quiet) {
    this(color, quiet, "assay-reports/assay.md");
  }

  /** As above, naming the full report that the findings list points to when it is cut. */
  public ConsoleReporter(boolean color, boolean quiet, String fullReport) {
    this.ansi = new Ansi(color);
    this.quiet = quiet;
    this.fullReport = fullReport;
  }

  @Override
  public String format() {
    return "console";
  }

  @Override
  public String fileName() {
    return "";
  }

  @Override
  public void write(RunResult run, Writer out) throws IOException {
    out.write(render(run));
  }

  /** The last line the CLI prints after writing the report files. */
  public String reportsLine(List<String> reportPaths) {
    return reportPaths.isEmpty() ? "" : ansi.dim("Reports: " + String.join(", ", reportPaths)) + "\n";
  }

  String render(RunResult run) {
    StringBuilder sb = new StringBuilder();
    sb.append(ansi.verdict(run.verdict(), run.verdict().name())).append("  ")
        .append(safe(RunFacts.headline(run))).append('\n');
    if (!quiet) {
      gates(sb, run);
    }
    if (quiet) {
      errors(sb, run);
    }
    failing(sb, run);
    if (!quiet) {
      tables(sb, run);
      findings(sb, run);
      section(sb, "Notes", notes(run));
      section(sb, run.criteria().isDefault() ? "Defaults used (no criteria file)"
          : "Defaults used", run.criteria().defaultsUsed());
    }
    return sb.toString();
  }

  private void gates(StringBuilder sb, RunResult run) {
    int width = run.gates().stream().mapToInt(g -> safe(g.id()).length()).max().orElse(0);
    sb.append('\n');
    for (GateReport g : run.gates()) {
      String status = String.format("%-7s", g.status().name());
      sb.append("  ").append(ansi.status(g.status(), status)).append("  ")
          .append(String.format("%-" + width + "s", safe(g.id()))).append("  ")
          .append(safe(g.summary())).append('\n');
    }
  }

  /** In quiet mode the gate table is gone, but why a gate could not run must still show. */
  private void errors(StringBuilder sb, RunResult run) {
    for (GateReport g : run.gates()) {
      if (g.status() == Status.ERROR) {
        sb.append("  ").append(ansi.status(g.status(), safe(g.id()))).append("  could not run: ")
            .append(safe(g.summary())).append('\n');
      }
    }
  }

  private void failing(StringBuilder sb, RunResult run) {
    List<RunFacts.GateCriterion> failing = RunFacts.failing(run);
    if (failing.isEmpty()) {
      return;
    }
    sb.append('\n').append(ansi.bold("Failing criteria:")).append('\n');
    for (RunFacts.GateCriterion gc : failing) {
      CriterionResult c = gc.criterion();
      sb.append("  ").append(ansi.status(c.status(), safe(c.id()))).append("  ")
          .append(safe(c.title())).append("\n    actual ").append(safe(c.actual()))
          .append(", expected ").append(safe(c.expected())).append('\n');
    }
  }

  private void tables(StringBuilder sb, RunResult run) {
    for (GateReport g : run.gates()) {
      for (GateTable t : g.tables()) {
        sb.append('\n').append(ansi.bold(safe(g.id() + ": " + t.title()) + ":")).append('\n');
        GateTable clean = GateTable.of(t.title(), t.columns().stream().map(Ansi::safe).toList(),
            t.rows().stream().map(r -> r.stream().map(Ansi::safe).toList()).toList());
        sb.append(TextTable.render(clean, "  "));
      }
    }
  }

  private void findings(StringBuilder sb, RunResult run) {
    List<ReportedFinding> open = run.findings().stream().filter(ReportedFinding::isOpen).toList();
    if (open.isEmpty()) {
      return;
    }
    sb.append('\n').append(ansi.bold("Open findings (" + open.size() + "):")).append('\n');
    for (ReportedFinding f : open.subList(0, Math.min(MAX_FINDINGS, open.size()))) {
      String where = RunFacts.where(f);
      sb.append("  ").append(where.isEmpty() ? "" : safe(where) + "  ")
          .append(ansi.dim(safe(f.finding().rule()))).append("  ")
          .append(safe(f.finding().message())).append('\n');
    }
    if (open.size() > MAX_FINDINGS) {
      sb.append("  ... and ").append(open.size() - MAX_FINDINGS).append(" more, see ")
          .append(fullReport).append('\n');
    }
  }

  private static List<String> notes(RunResult run) {
    List<String> notes = new ArrayList<>(run.notes());
    run.gates().forEach(g -> g.notes().forEach(n -> notes.add(g.id() + ": " + n)));
    return notes;
  }

  private void section(StringBuilder sb, String heading, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    sb.append('\n').append(ansi.bold(heading + ":")).append('\n');
    lines.forEach(l -> sb.append("  - ").append(safe(l)).append('\n'));
  }
}
