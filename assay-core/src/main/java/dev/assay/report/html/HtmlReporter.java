package dev.assay.report.html;

import static dev.assay.report.html.HtmlText.escape;

import dev.assay.api.CriterionResult;
import dev.assay.api.FileChange;
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
 * Writes {@code assay.html}, a single self-contained page (inline style and script, no external
 * resources besides documentation links) with the verdict, gates, criteria, findings, notes and
 * the change. Every value from the run is escaped.
 */
public final class HtmlReporter implements Reporter {

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String fileName() {
    return "assay.html";
  }

  @Override
  public void write(RunResult run, Writer out) throws IOException {
    out.write(render(run));
  }

  static String render(RunResult run) {
    RuleCatalog catalog = RuleCatalog.of(run);
    StringBuilder sb = new StringBuilder(8192);
    String verdict = run.verdict().name();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(escape(HtmlPage.CSP)).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Assay: ").append(verdict).append("</title>\n<style>\n")
        .append(HtmlPage.STYLE).append("</style>\n</head>\n<body>\n")
        .append("<header class=\"banner v-").append(verdict).append("\">\n<h1>Assay: ")
        .append(verdict).append("</h1>\n<p>").append(escape(RunFacts.headline(run)))
        .append("</p>\n</header>\n<main>\n");
    gates(sb, run, catalog);
    HtmlTables.append(sb, run);
    criteria(sb, run);
    new HtmlFindings(catalog).append(sb, run);
    notes(sb, run);
    change(sb, run);
    sb.append("<footer>Assay ").append(escape(run.toolVersion())).append(" · ")
        .append(escape(RunFacts.range(run))).append(" (")
        .append(escape(RunFacts.shortRange(run))).append(")</footer>\n</main>\n")
        .append("<script>\n").append(HtmlPage.SCRIPT).append("</script>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static void gates(StringBuilder sb, RunResult run, RuleCatalog catalog) {
    sb.append("<h2>Gates</h2>\n<table>\n<tr><th>Status</th><th>Gate</th><th>Summary</th></tr>\n");
    for (GateReport g : run.gates()) {
      sb.append("<tr><td>").append(status(g.status().name())).append("</td><td><a href=\"")
          .append(escape(catalog.gateDocsUrl(g.id()))).append("\">").append(escape(g.id()))
          .append("</a><br>").append(escape(g.title())).append("</td><td>")
          .append(escape(g.summary())).append("</td></tr>\n");
    }
    sb.append("</table>\n");
  }

  private static void criteria(StringBuilder sb, RunResult run) {
    sb.append("<h2>Criteria</h2>\n<table>\n<tr><th>Status</th><th>Criterion</th>")
        .append("<th>Actual</th><th>Expected</th><th>Blocking</th></tr>\n");
    for (GateReport g : run.gates()) {
      for (CriterionResult c : g.criteria()) {
        sb.append("<tr><td>").append(status(c.status().name())).append("</td><td><code>")
            .append(escape(c.id())).append("</code><br>").append(escape(c.title()))
            .append("</td><td>").append(escape(c.actual())).append("</td><td>")
            .append(escape(c.expected())).append("</td><td>").append(c.blocking() ? "yes" : "no")
            .append("</td></tr>\n");
      }
    }
    sb.append("</table>\n");
    var source = run.criteria();
    sb.append("<p>Criteria file: ")
        .append(source.isDefault() ? "none, defaults used" : "<code>" + escape(source.path())
            + "</code> (sha256 <code>" + escape(source.sha256()) + "</code>)")
        .append("</p>\n");
    list(sb, "Defaults used", source.defaultsUsed());
  }

  private static void notes(StringBuilder sb, RunResult run) {
    List<String> notes = new ArrayList<>(run.notes());
    run.gates().forEach(g -> g.notes().forEach(n -> notes.add(g.id() + ": " + n)));
    if (!notes.isEmpty()) {
      sb.append("<h2>Notes</h2>\n");
      list(sb, "", notes);
    }
  }

  private static void change(StringBuilder sb, RunResult run) {
    var change = run.change();
    sb.append("<h2>Change</h2>\n<p>Base <code>").append(escape(change.base().ref()))
        .append("</code> <code>").append(escape(change.base().commit()))
        .append("</code>, head <code>").append(escape(change.head().ref())).append("</code> <code>")
        .append(escape(change.head().commit())).append("</code></p>\n")
        .append("<table>\n<tr><th>File</th><th>Change</th><th>New lines</th></tr>\n");
    for (FileChange f : change.files()) {
      String renamed = f.oldPath().equals(f.path()) ? ""
          : " (from " + escape(f.oldPath()) + ", " + f.similarity() + "% similar)";
      sb.append("<tr><td>").append(escape(f.path())).append("</td><td>")
          .append(f.type().name()).append(renamed).append("</td><td>")
          .append(escape(f.addedLines().toString())).append("</td></tr>\n");
    }
    sb.append("</table>\n");
    list(sb, "Skipped files",
        change.skipped().stream().map(s -> s.path() + ": " + s.reason()).toList());
  }

  static String status(String status) {
    return "<span class=\"s s-" + status + "\">" + status + "</span>";
  }

  private static void list(StringBuilder sb, String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    if (!heading.isEmpty()) {
      sb.append("<p>").append(heading).append(":</p>\n");
    }
    sb.append("<ul>\n");
    items.forEach(i -> sb.append("<li>").append(escape(i)).append("</li>\n"));
    sb.append("</ul>\n");
  }
}
