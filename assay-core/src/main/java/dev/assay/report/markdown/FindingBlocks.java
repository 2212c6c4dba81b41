package dev.assay.report.markdown;

import static dev.assay.report.markdown.MarkdownText.escape;

import dev.assay.api.Finding;
import dev.assay.api.Revision;
import dev.assay.api.Status;
import dev.assay.engine.Disposition;
import dev.assay.engine.GateReport;
import dev.assay.engine.ReportedFinding;
import dev.assay.engine.RunResult;
import dev.assay.report.internal.RuleCatalog;
import dev.assay.report.internal.RunFacts;
import java.util.List;

/**
 * The per-gate {@code <details>} blocks of open findings, cut to a character budget. Not
 * thread-safe: one instance renders once.
 */
final class FindingBlocks {
  /** Room kept per gate for its frame and its "not shown" line. */
  private static final int FRAME_RESERVE = 400;

  private final RunResult run;
  private final RuleCatalog catalog;
  private final SourceLinks links;
  private int notShown;

  FindingBlocks(RunResult run, RuleCatalog catalog, SourceLinks links) {
    this.run = run;
    this.catalog = catalog;
    this.links = links;
  }

  /** The commit the findings' lines are in; none for the working tree, which no host has. */
  private String headCommit() {
    Revision head = run.change().head();
    return head.ref().equals(Revision.WORKING_TREE) ? "" : head.commit();
  }

  /** Findings left out by the last {@link #render}. */
  int notShown() {
    return notShown;
  }

  String render(int budget) {
    List<GateReport> gates =
        run.gates().stream().filter(g -> !g.findings().isEmpty()).toList();
    if (gates.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("\n### Findings\n");
    int itemBudget = budget - sb.length() - FRAME_RESERVE * gates.size();
    int used = 0;
    boolean full = false;
    for (GateReport g : gates) {
      List<ReportedFinding> open = g.openFindings();
      sb.append("\n<details").append(g.status() == Status.FAIL ? " open" : "")
          .append("><summary><b>").append(escape(g.id())).append("</b>: ")
          .append(RunFacts.plural(open.size(), "open finding")).append(", ")
          .append(RunFacts.count(g, Disposition.SUPPRESSED)).append(" suppressed, ")
          .append(RunFacts.count(g, Disposition.BASELINED)).append(" baselined")
          .append("</summary>\n\n");
      int shown = 0;
      for (ReportedFinding f : open) {
        String item = item(f);
        if (full || used + item.length() > itemBudget) {
          full = true;
          break;
        }
        sb.append(item);
        used += item.length();
        shown++;
      }
      if (shown < open.size()) {
        sb.append("- … ").append(open.size() - shown).append(" more not shown\n");
        notShown += open.size() - shown;
      }
      if (open.isEmpty()) {
        sb.append("No open findings.\n");
      }
      sb.append("\n</details>\n");
    }
    return sb.toString();
  }

  /** {@code - [path:line](path#Lline) [rule](docs) message}, one line. */
  private String item(ReportedFinding reported) {
    Finding f = reported.finding();
    StringBuilder sb = new StringBuilder("- ");
    if (f.hasPath()) {
      int line = f.hasLine() ? f.line() : 0;
      sb.append('[').append(escape(RunFacts.where(reported))).append("](")
          .append(links.link(f.path(), line, f.endLine(), headCommit()))
          .append(") ");
    }
    sb.append('[').append(escape(f.rule())).append("](").append(catalog.docsUrl(f.rule()))
        .append(") ").append(escape(f.message())).append('\n');
    return sb.toString();
  }
}
