package dev.assay.report.html;

import static dev.assay.report.html.HtmlText.escape;

import dev.assay.api.GateTable;
import dev.assay.api.Status;
import dev.assay.engine.GateReport;
import dev.assay.engine.RunResult;
import java.util.List;
import java.util.Locale;

/**
 * The gates' tables, each with its chart when it has one: an inline SVG (no script, no external
 * resource) of the estimates with their intervals and the reference lines, drawn with
 * presentation attributes so the page's content security policy holds. Coordinates are rounded to
 * one decimal in the root locale, so the same run gives the same bytes.
 */
final class HtmlTables {
  static final int WIDTH = 640;
  static final int LABEL = 180;
  static final int RIGHT = 20;
  static final int ROW = 22;
  static final int TOP = 26;

  private HtmlTables() {}

  static void append(StringBuilder sb, RunResult run) {
    for (GateReport g : run.gates()) {
      for (GateTable t : g.tables()) {
        sb.append("<h2>").append(escape(g.id())).append(": ").append(escape(t.title()))
            .append("</h2>\n<table>\n<tr>");
        t.columns().forEach(c -> sb.append("<th>").append(escape(c)).append("</th>"));
        sb.append("</tr>\n");
        for (List<String> r : t.rows()) {
          sb.append("<tr>");
          r.forEach(c -> sb.append("<td>").append(cell(c)).append("</td>"));
          sb.append("</tr>\n");
        }
        sb.append("</table>\n");
        if (!t.chart().isEmpty()) {
          chart(sb, t.chart());
        }
      }
    }
  }

  private static String cell(String c) {
    return switch (c) {
      case "PASS", "FAIL", "WARN", "ERROR", "SKIPPED" -> HtmlReporter.status(c);
      case "INCONCLUSIVE" -> HtmlReporter.status("WARN").replace(">WARN<", ">INCONCLUSIVE<");
      default -> escape(c);
    };
  }

  static void chart(StringBuilder sb, GateTable.Chart c) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (GateTable.Interval i : c.intervals()) {
      lo = Math.min(lo, i.low());
      hi = Math.max(hi, i.high());
    }
    for (double m : c.marks()) {
      lo = Math.min(lo, m);
      hi = Math.max(hi, m);
    }
    Scale s = new Scale(lo, hi, c.logScale());
    int height = TOP + ROW * c.intervals().size() + 10;
    sb.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH)
        .append(' ').append(height).append("\" role=\"img\" aria-label=\"")
        .append(escape(c.axis())).append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
    for (double m : c.marks()) {
      String x = num(s.x(m));
      sb.append("<line x1=\"").append(x).append("\" y1=\"").append(TOP - 6).append("\" x2=\"")
          .append(x).append("\" y2=\"").append(height - 6)
          .append("\" stroke=\"#8c959f\" stroke-dasharray=\"3,3\"/>\n<text x=\"").append(x)
          .append("\" y=\"").append(TOP - 10).append("\" text-anchor=\"middle\" fill=\"#57606a\">")
          .append(escape(label(m))).append("</text>\n");
    }
    int y = TOP;
    for (GateTable.Interval i : c.intervals()) {
      String colour = colour(i.status());
      String cy = Integer.toString(y + ROW / 2);
      sb.append("<g><title>").append(escape(i.label() + ": " + label(i.estimate()) + " ("
          + label(i.low()) + " - " + label(i.high()) + ")")).append("</title>\n<text x=\"")
          .append(LABEL - 8).append("\" y=\"").append(y + ROW / 2 + 4)
          .append("\" text-anchor=\"end\">").append(escape(shorten(i.label()))).append("</text>\n")
          .append("<line x1=\"").append(num(s.x(i.low()))).append("\" y1=\"").append(cy)
          .append("\" x2=\"").append(num(s.x(i.high()))).append("\" y2=\"").append(cy)
          .append("\" stroke=\"").append(colour).append("\" stroke-width=\"3\"/>\n")
          .append("<circle cx=\"").append(num(s.x(i.estimate()))).append("\" cy=\"").append(cy)
          .append("\" r=\"4.5\" fill=\"").append(colour).append("\"/></g>\n");
      y += ROW;
    }
    sb.append("</svg>\n<figcaption>").append(escape(c.axis())).append("</figcaption>\n</figure>\n");
  }

  /** Maps values onto the plot's x range, logarithmically or linearly, with a margin. */
  private record Scale(double lo, double hi, boolean log) {
    double x(double v) {
      double a = log ? Math.log(lo) : lo;
      double b = log ? Math.log(hi) : hi;
      double pad = (b - a) * 0.05 + (b == a ? 1 : 0);
      a -= pad;
      b += pad;
      double t = ((log ? Math.log(v) : v) - a) / (b - a);
      return LABEL + t * (WIDTH - LABEL - RIGHT);
    }
  }

  private static String colour(Status s) {
    return switch (s) {
      case PASS -> "#1a7f37";
      case FAIL -> "#cf222e";
      case WARN -> "#9a6700";
      default -> "#57606a";
    };
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String label(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(3))
        .stripTrailingZeros().toPlainString() + "x";
  }

  private static String shorten(String s) {
    return s.length() > 28 ? s.substring(0, 27) + "…" : s;
  }
}
