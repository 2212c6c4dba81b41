package dev.assay.java.pit;

import dev.assay.api.ChangedLines;
import dev.assay.api.LineRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changed lines per source file, keyed by the file's package path and name as PIT sees them ({@code
 * org/x/Foo.java}), with a text form that survives PIT's feature syntax (no brackets or
 * parentheses): {@code org/x/Foo.java:3-5,9}. Immutable.
 */
final class LineSpec {
  private final Map<String, ChangedLines> byFile;

  private LineSpec(Map<String, ChangedLines> byFile) {
    this.byFile = Map.copyOf(byFile);
  }

  static LineSpec of(Map<String, ChangedLines> byFile) {
    return new LineSpec(new TreeMap<>(byFile));
  }

  /** Parses the text form; a malformed entry is an error, never silently widened. */
  static LineSpec parse(Collection<String> entries) {
    Map<String, ChangedLines> out = new TreeMap<>();
    for (String e : entries) {
      int colon = e.lastIndexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("ASSAYLINES entry without lines: " + e);
      }
      List<LineRange> ranges = new ArrayList<>();
      for (String r : e.substring(colon + 1).split(",")) {
        String[] ends = r.strip().split("-");
        int a = Integer.parseInt(ends[0]);
        ranges.add(new LineRange(a, ends.length > 1 ? Integer.parseInt(ends[1]) : a));
      }
      out.merge(e.substring(0, colon), ChangedLines.of(ranges), (x, y) -> union(x, y));
    }
    return new LineSpec(out);
  }

  private static ChangedLines union(ChangedLines a, ChangedLines b) {
    List<LineRange> all = new ArrayList<>(a.ranges());
    all.addAll(b.ranges());
    return ChangedLines.of(all);
  }

  boolean contains(String packagePath, String fileName, int line) {
    String key = packagePath.isEmpty() ? fileName : packagePath + "/" + fileName;
    ChangedLines l = byFile.get(key);
    return l != null && l.contains(line);
  }

  boolean isEmpty() {
    return byFile.isEmpty();
  }

  /** The text form, one entry per file, sorted by file. */
  List<String> entries() {
    List<String> out = new ArrayList<>();
    new TreeMap<>(byFile).forEach((f, l) -> out.add(f + ":" + l.toString().replace(" ", "")));
    return out;
  }

  /** The PIT feature string that switches the filter on with these lines. */
  String feature() {
    StringBuilder sb = new StringBuilder("+").append(ChangedLinesFilterFactory.FEATURE).append('(');
    for (String e : entries()) {
      sb.append("lines[").append(e).append("] ");
    }
    return sb.toString().strip() + ")";
  }

  @Override
  public String toString() {
    return String.join(" ", entries());
  }
}
