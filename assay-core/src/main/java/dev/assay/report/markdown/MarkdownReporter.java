package dev.assay.report.markdown;

import static dev.assay.report.markdown.MarkdownText.escape;

import dev.assay.api.GateTable;
import dev.assay.api.Status;
import dev.assay.engine.Disposition;
import dev.assay.engine.GateReport;
import dev.assay.engine.RunResult;
import dev.assay.report.Reporter;
import dev.assay.report.internal.RuleCatalog;
import dev.assay.report.internal.RunFacts;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code assay.md} for a pull-request comment: verdict, gates, failing criteria, then the
 * open findings per gate in collapsed blocks. GitHub rejects comments over 65,536 characters, so
 * findings that do not fit are left out, always the same ones for the same run (the findings keep
 * their order and the first that does not fit ends the list), and a final line says how many.
 */
public final class MarkdownReporter implements Reporter {
  /** GitHub's comment limit, less a margin for text a workflow adds around the report. */
  static final int DEFAULT_LIMIT = 65_536 - 1_536;

  private final int limit;
  private final SourceLinks links;

  /** A report whose file links are relative, for reading beside the checkout. */
  public MarkdownReporter() {
    this(SourceLinks.relative());
  }

  /** A report whose file links follow {@code links}, e.g. to the code host for a PR comment. */
  public MarkdownReporter(SourceLinks links) {
    this(DEFAULT_LIMIT, links);
  }

  MarkdownReporter(int limit) {
    this(limit, SourceLinks.relative());
  }

  MarkdownReporter(int limit, SourceLinks links) {
    this.limit = limit;
    this.links = links;
  }

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public String fileName() {
    return "assay.md";
  }

  @Override
  public void write(RunResult run, Writer out) throws IOException {
    out.write(render(run));
  }

  String render(RunResult run) {
    RuleCatalog catalog = RuleCatalog.of(run);
    String head = head(run, catalog);
    String tail = tail(run);
    FindingBlocks blocks = new FindingBlocks(run, catalog, links);
    // the truncation line's length is bounded, so reserve it up front
    int budget = limit - head.length() - tail.length() - 200;
    String details = blocks.render(budget);
    StringBuilder sb = new StringBuilder(head).append(details).append(tail);
    if (blocks.notShown() > 0) {
      sb.append("\n… truncated: ").append(blocks.notShown())
          .append(blocks.notShown() == 1 ? " finding" : " findings")
          .append(" not shown; full report in assay.json / the HTML report (assay.html)\n");
    }
    return sb.toString();
  }

  private static String head(RunResult run, RuleCatalog catalog) {
    StringBuilder sb = new StringBuilder();
    sb.append("## ").append(emoji(run)).append(" Assay: ").append(run.verdict().name()).append("\n\n");
    sb.append(escape(RunFacts.headline(run))).append("\n\n");
    sb.append("| Status | Gate | Summary |\n| --- | --- | --- |\n");
    for (GateReport g : run.gates()) {
      sb.append("| ").append(statusCell(g.status())).append(" | [")
          .append(escape(g.id())).append("](").append(catalog.gateDocsUrl(g.id())).append(") | ")
          .append(escape(g.summary())).append(" |\n");
    }
    List<RunFacts.GateCriterion> failing = RunFacts.failing(run);
    if (!failing.isEmpty()) {
      sb.append("\n### Failing criteria\n\n| Criterion | Actual | Expected |\n| --- | --- | --- |\n");
      for (RunFacts.GateCriterion gc : failing) {
        var c = gc.criterion();
        sb.append("| **").append(escape(c.id())).append("**: ").append(escape(c.title()))
            .append(" | ").append(escape(c.actual())).append(" | ").append(escape(c.expected()))
            .append(" |\n");
      }
    }
    for (GateReport g : run.gates()) {
      for (GateTable t : g.tables()) {
        sb.append("\n### ").append(escape(g.id())).append(": ").append(escape(t.title()))
            .append("\n\n|");
        t.columns().forEach(c -> sb.append(' ').append(escape(c)).append(" |"));
        sb.append("\n|").append(" --- |".repeat(t.columns().size())).append('\n');
        for (List<String> r : t.rows()) {
          sb.append('|');
          r.forEach(c -> sb.append(' ').append(escape(c)).append(" |"));
          sb.append('\n');
        }
      }
    }
    return sb.toString();
  }

  private static String tail(RunResult run) {
    StringBuilder sb = new StringBuilder();
    List<String> notes = new ArrayList<>(run.notes());
    run.gates().forEach(g -> g.notes().forEach(n -> notes.add(g.id() + ": " + n)));
    if (!notes.isEmpty()) {
      sb.append("\n### Notes\n\n");
      notes.forEach(n -> sb.append("- ").append(escape(n)).append('\n'));
    }
    sb.append('\n');
    var criteria = run.criteria();
    if (criteria.isDefault()) {
      sb.append("Criteria: no criteria file, defaults used.\n");
    } else {
      sb.append("Criteria: ").append(escape(criteria.path()))
          .append(criteria.sha256().isEmpty() ? "" : " (sha256 " + escape(criteria.sha256()) + ")")
          .append('\n');
    }
    criteria.defaultsUsed().forEach(d -> sb.append("- default: ").append(escape(d)).append('\n'));
    long suppressed = RunFacts.count(run, Disposition.SUPPRESSED);
    long baselined = RunFacts.count(run, Disposition.BASELINED);
    sb.append("\n<sub>Assay ").append(escape(run.toolVersion())).append(" · ")
        .append(escape(RunFacts.shortRange(run))).append(" · ")
        .append(RunFacts.plural(run.openFindingCount(), "open finding")).append(", ")
        .append(suppressed).append(" suppressed, ").append(baselined).append(" baselined")
        .append("</sub>\n");
    return sb.toString();
  }

  static String emoji(RunResult run) {
    return switch (run.verdict()) {
      case PASS -> "✅";
      case BLOCKED -> "❌";
      case ERROR -> "⚠️";
    };
  }

  static String statusCell(Status status) {
    return switch (status) {
      case PASS -> "✅ PASS";
      case FAIL -> "❌ FAIL";
      case WARN -> "⚠️ WARN";
      case ERROR -> "💥 ERROR";
      case SKIPPED -> "⏭️ SKIPPED";
    };
  }
}
