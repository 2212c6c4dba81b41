package dev.assay.report.html;

import static dev.assay.report.html.HtmlText.escape;

import dev.assay.engine.GateReport;
import dev.assay.engine.ReportedFinding;
import dev.assay.engine.RunResult;
import dev.assay.report.internal.RuleCatalog;
import dev.assay.report.internal.RunFacts;

/** The findings section: a filter box and one table per gate, suppressed and baselined included. */
final class HtmlFindings {
  private final RuleCatalog catalog;

  HtmlFindings(RuleCatalog catalog) {
    this.catalog = catalog;
  }

  void append(StringBuilder sb, RunResult run) {
    if (run.findings().isEmpty()) {
      sb.append("<h2>Findings</h2>\n<p>No findings.</p>\n");
      return;
    }
    sb.append("<h2>Findings</h2>\n<div class=\"filter\"><input id=\"q\" type=\"search\" ")
        .append("placeholder=\"Filter findings\" aria-label=\"Filter findings\"> ")
        .append("<label><input id=\"all\" type=\"checkbox\"> show suppressed and baselined")
        .append("</label></div>\n");
    for (GateReport g : run.gates()) {
      if (g.findings().isEmpty()) {
        continue;
      }
      sb.append("<h3 id=\"gate-").append(escape(g.id())).append("\">").append(escape(g.id()))
          .append(" ").append(HtmlReporter.status(g.status().name())).append("</h3>\n")
          .append("<table>\n<tr><th>Location</th><th>Rule</th><th>Severity</th>")
          .append("<th>Disposition</th><th>Message</th></tr>\n");
      for (ReportedFinding f : g.findings()) {
        row(sb, f);
      }
      sb.append("</table>\n");
    }
  }

  private void row(StringBuilder sb, ReportedFinding reported) {
    var f = reported.finding();
    String disposition = reported.disposition().name();
    String justification = reported.justification().isEmpty() ? ""
        : "<br>" + escape(reported.justification());
    String where = RunFacts.where(reported);
    sb.append("<tr class=\"f d-").append(disposition).append("\"><td>")
        .append(where.isEmpty() ? "(no file)" : "<code>" + escape(where) + "</code>")
        .append("</td><td><a href=\"")
        .append(escape(catalog.docsUrl(f.rule()))).append("\">").append(escape(f.rule()))
        .append("</a></td><td>").append(f.severity().name()).append("</td><td>")
        .append(disposition).append(justification).append("</td><td class=\"msg\">")
        .append(escape(f.message())).append("</td></tr>\n");
  }
}
