package dev.assay.gate.integrity;

import dev.assay.lang.Needles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One textual marker the gate looks for on added lines, e.g. {@code NOSONAR} in a comment or
 * {@code @SuppressWarnings} in code.
 *
 * @param kind how the marker is named in messages
 * @param view where it counts: in code (annotations, attributes, directives) or in comments
 * @param pattern what matches it in that view
 * @param needle lower-case text that every match contains, ignoring case: a file without it
 *     cannot hold the marker, so a whole-tree scan tries the pattern only on the few files that do
 */
record Marker(String kind, View view, Pattern pattern, String needle) {
  /** The view of the source a marker is matched in. */
  enum View {
    CODE,
    COMMENT
  }

  Marker {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(needle, "needle");
  }

  static Marker comment(String kind, String needle, String regex) {
    return new Marker(kind, View.COMMENT, Pattern.compile(regex), needle);
  }

  static Marker code(String kind, String needle, String regex) {
    return new Marker(kind, View.CODE, Pattern.compile(regex), needle);
  }

  private static final Map<List<Marker>, Needles> NEEDLES = new ConcurrentHashMap<>();

  /**
   * The markers whose needle occurs in the text, ignoring case: the only ones that can match any
   * line of it. All needles are searched in one pass over the text.
   */
  static List<Marker> candidates(List<Marker> markers, String text) {
    Needles needles = NEEDLES.computeIfAbsent(
        markers, ms -> Needles.of(ms.stream().map(Marker::needle).toList()));
    long found = needles.find(text);
    List<Marker> out = new ArrayList<>();
    for (int i = 0; found != 0 && i < markers.size(); i++) {
      if ((found & (1L << i)) != 0) {
        out.add(markers.get(i));
      }
    }
    return out;
  }

  /**
   * The markers of several tables whose needle occurs in the text, table by table: one pass over
   * the text for all of them (see {@link #candidates(List, String)}).
   */
  static List<List<Marker>> candidatesByTable(List<List<Marker>> tables, String text) {
    List<Marker> all = new ArrayList<>();
    tables.forEach(all::addAll);
    Needles needles = NEEDLES.computeIfAbsent(
        all, ms -> Needles.of(ms.stream().map(Marker::needle).toList()));
    long found = needles.find(text);
    List<List<Marker>> out = new ArrayList<>();
    int i = 0;
    for (List<Marker> table : tables) {
      List<Marker> hits = new ArrayList<>();
      for (Marker m : table) {
        if ((found & (1L << i++)) != 0) {
          hits.add(m);
        }
      }
      out.add(hits);
    }
    return out;
  }

  /**
   * The candidates whose pattern matches some line of the raw text. The code and comment views
   * only blank out what is not code or not comment, and {@link #kindsOn} matches them line by
   * line, so a marker absent from every raw line is absent from both views (short of one split
   * by a comment inside it, which no tool honours either); the whole-tree scan thereby lexes only
   * files that really hold a marker, not every file that says "allow" or "suppress" in prose.
   * Only the lines holding the marker's needle are tried: running each pattern from every offset
   * of every file was a twelfth of a whole-tree scan.
   */
  static List<Marker> presentIn(List<Marker> candidates, String text) {
    List<Marker> out = new ArrayList<>();
    for (Marker m : candidates) {
      if (onSomeLine(m, text)) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean onSomeLine(Marker m, String text) {
    Matcher matcher = null;
    int from = 0;
    for (int at; (at = indexOfIgnoreCase(text, m.needle(), from)) >= 0; ) {
      int start = text.lastIndexOf('\n', at) + 1;
      int end = text.indexOf('\n', at);
      end = end < 0 ? text.length() : end;
      // A region with anchoring, opaque bounds matches as the line's own string would.
      matcher = matcher == null ? m.pattern().matcher(text) : matcher;
      if (matcher.region(start, end).find()) {
        return true;
      }
      from = end + 1;
    }
    return false;
  }

  /**
   * Where the lower-case ASCII needle occurs in the text from {@code from}, ignoring ASCII case.
   * The first character is found by {@code indexOf} in each case (vectorised, and no per-character
   * bounds check on UTF-16 texts), then the rest compared in place.
   */
  static int indexOfIgnoreCase(String text, String needle, int from) {
    char lower = needle.charAt(0);
    char upper = Character.toUpperCase(lower);
    int rest = needle.length() - 1;
    int a = text.indexOf(lower, from);
    int b = upper == lower ? -1 : text.indexOf(upper, from);
    while (a >= 0 || b >= 0) {
      int i = b < 0 || (a >= 0 && a < b) ? a : b;
      if (text.regionMatches(true, i + 1, needle, 1, rest)) {
        return i;
      }
      if (i == a) {
        a = text.indexOf(lower, i + 1);
      } else {
        b = text.indexOf(upper, i + 1);
      }
    }
    return -1;
  }

  /** The kinds of the markers found on line {@code n} of the source, in table order, distinct. */
  static List<String> kindsOn(List<Marker> markers, LexedSource src, int n) {
    List<String> out = new ArrayList<>();
    String code = src.codeLine(n);
    String comments = src.commentLine(n);
    for (Marker m : markers) {
      String text = m.view() == View.CODE ? code : comments;
      if (!text.isBlank() && m.pattern().matcher(text).find() && !out.contains(m.kind())) {
        out.add(m.kind());
      }
    }
    return out;
  }
}
