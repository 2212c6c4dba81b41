package dev.assay.report.internal;

import dev.assay.api.GateTable;
import java.util.List;

/**
 * A gate's table as aligned plain text (for the console and JUnit's system-out): a header, a rule,
 * and one line per row, columns padded to their widest cell. Cells are taken as they are; callers
 * sanitise for their medium.
 */
public final class TextTable {
  private TextTable() {}

  /** The table's lines, each prefixed with {@code indent}, each ending with a newline. */
  public static String render(GateTable t, String indent) {
    int n = t.columns().size();
    int[] width = new int[n];
    for (int i = 0; i < n; i++) {
      width[i] = t.columns().get(i).length();
      for (List<String> r : t.rows()) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, indent, t.columns(), width);
    StringBuilder rule = new StringBuilder(indent);
    for (int i = 0; i < n; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
    }
    sb.append(rule.toString().stripTrailing()).append('\n');
    for (List<String> r : t.rows()) {
      line(sb, indent, r, width);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String indent, List<String> cells, int[] width) {
    StringBuilder l = new StringBuilder(indent);
    for (int i = 0; i < cells.size(); i++) {
      l.append(i == 0 ? "" : "  ").append(cells.get(i))
          .append(" ".repeat(width[i] - cells.get(i).length()));
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }
}
