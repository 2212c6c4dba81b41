package dev.assay.provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/** Writes range and defect reports as console text, Markdown or JSON; same report, same bytes. */
public final class ProvenanceOutput {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ProvenanceOutput() {}

  /** The report in {@code format}: {@code console}, {@code markdown} or {@code json}. */
  public static String render(RangeReport r, String format) {
    return switch (format) {
      case "json" -> json(r);
      case "markdown" -> markdown(r);
      default -> console(r);
    };
  }

  /** The defect report in {@code format}. */
  public static String render(DefectReport r, String format) {
    return switch (format) {
      case "json" -> json(r);
      case "markdown" -> defectTable(r, true);
      default -> defectTable(r, false);
    };
  }

  private static String console(RangeReport r) {
    StringBuilder b = new StringBuilder();
    b.append("Provenance of ").append(r.range()).append(": ").append(r.commits()).append(" commits, ")
        .append(r.totalAdded()).append(" lines added\n");
    section(b, "By class", r.byClass(), r.totalAdded(), false);
    section(b, "By agent/model (AI lines)", r.byModel(), r.totalAdded(), false);
    section(b, "By author", r.byAuthor(), r.totalAdded(), false);
    section(b, "By file", r.byFile(), r.totalAdded(), false);
    r.notes().forEach(n -> b.append("Note: ").append(n).append('\n'));
    b.append("No signal means unknown, never human. Sources: trailers, git-ai notes, Agent Trace (docs/provenance.md).\n");
    return b.toString();
  }

  private static String markdown(RangeReport r) {
    StringBuilder b = new StringBuilder();
    b.append("## Provenance of `").append(r.range()).append("`\n\n").append(r.commits()).append(" commits, ")
        .append(r.totalAdded()).append(" lines added.\n\n");
    section(b, "By class", r.byClass(), r.totalAdded(), true);
    section(b, "By agent/model (AI lines)", r.byModel(), r.totalAdded(), true);
    section(b, "By author", r.byAuthor(), r.totalAdded(), true);
    section(b, "By file", r.byFile(), r.totalAdded(), true);
    r.notes().forEach(n -> b.append("> ").append(n).append("\n\n"));
    b.append("_No signal means unknown, never human._\n");
    return b.toString();
  }

  private static void section(StringBuilder b, String title, Map<String, Stats> rows, long total, boolean md) {
    if (rows.isEmpty()) {
      return;
    }
    if (md) {
      b.append("### ").append(title).append("\n\n| | added | share | present at head |\n|---|---:|---:|---:|\n");
    } else {
      b.append('\n').append(title).append('\n');
      b.append(String.format(Locale.ROOT, "  %-48s %9s %7s %9s%n", "", "added", "share", "present"));
    }
    for (Map.Entry<String, Stats> e : rows.entrySet()) {
      Stats s = e.getValue();
      String share = total == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * s.added() / total);
      if (md) {
        b.append("| `").append(e.getKey().replace("|", "\\|")).append("` | ").append(s.added()).append(" | ")
            .append(share).append(" | ").append(s.present()).append(" |\n");
      } else {
        b.append(String.format(Locale.ROOT, "  %-48s %9d %7s %9d%n", clip(e.getKey()), s.added(), share, s.present()));
      }
    }
    if (md) {
      b.append('\n');
    }
  }

  private static String clip(String s) {
    return s.length() > 48 ? "..." + s.substring(s.length() - 45) : s;
  }

  private static String json(RangeReport r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("range", r.range());
    root.put("commits", r.commits());
    root.put("linesAdded", r.totalAdded());
    table(root.putObject("byClass"), r.byClass());
    table(root.putObject("byModel"), r.byModel());
    table(root.putObject("byAuthor"), r.byAuthor());
    table(root.putObject("byFile"), r.byFile());
    r.notes().forEach(root.putArray("notes")::add);
    return write(root);
  }

  private static void table(ObjectNode node, Map<String, Stats> rows) {
    rows.forEach((k, s) -> node.putObject(k).put("added", s.added()).put("present", s.present()));
  }

  private static String defectTable(DefectReport r, boolean md) {
    StringBuilder b = new StringBuilder();
    String head = "Defect-introduction rate of " + r.range() + ": " + r.commits() + " commits that added lines, "
        + r.fixes() + " bug-fixing commits (SZZ)";
    b.append(md ? "## " + head + "\n\n| class | commits | defect-introducing | rate | 95% CI (Wilson) |\n|---|---:|---:|---:|---|\n" : head + "\n\n");
    if (!md) {
      b.append(String.format(Locale.ROOT, "  %-28s %8s %10s %7s  %s%n", "class", "commits", "defective", "rate", "95% CI (Wilson)"));
    }
    for (Map.Entry<String, DefectReport.Rate> e : r.classes().entrySet()) {
      DefectReport.Rate x = e.getValue();
      String ci = String.format(Locale.ROOT, "%.1f%% - %.1f%%", 100 * x.low(), 100 * x.high());
      String rate = String.format(Locale.ROOT, "%.1f%%", 100 * x.rate());
      if (md) {
        b.append("| `").append(e.getKey()).append("` | ").append(x.commits()).append(" | ").append(x.defective())
            .append(" | ").append(rate).append(" | ").append(ci).append(" |\n");
      } else {
        b.append(String.format(Locale.ROOT, "  %-28s %8d %10d %7s  %s%n", e.getKey(), x.commits(), x.defective(), rate, ci));
      }
    }
    r.notes().forEach(n -> b.append(md ? "\n> " : "Note: ").append(n).append('\n'));
    b.append(md ? "\n_Intervals overlap? Then the data does not show a difference._\n"
        : "Where intervals overlap, the data does not show a difference between classes.\n");
    return b.toString();
  }

  private static String json(DefectReport r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("range", r.range());
    root.put("commits", r.commits());
    root.put("fixes", r.fixes());
    ObjectNode classes = root.putObject("classes");
    r.classes().forEach((k, x) -> classes.putObject(k).put("commits", x.commits()).put("defective", x.defective())
        .put("rate", x.rate()).put("low", x.low()).put("high", x.high()));
    r.notes().forEach(root.putArray("notes")::add);
    return write(root);
  }

  private static String write(ObjectNode root) {
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
