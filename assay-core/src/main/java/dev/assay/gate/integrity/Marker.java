package dev.assay.gate.integrity;

import dev.assay.lang.Needles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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
   * The candidates whose pattern matches somewhere in the raw text. The code and comment views
   * only blank out what is not code or not comment, so a marker absent from the raw text is absent
   * from both (short of one split by a comment inside it, which no tool honours either); the
   * whole-tree scan thereby lexes only files that really hold a marker, not every file that says
   * "allow" or "suppress" in prose.
   */
  static List<Marker> presentIn(List<Marker> candidates, String text) {
    List<Marker> out = new ArrayList<>();
    for (Marker m : candidates) {
      if (m.pattern().matcher(text).find()) {
        out.add(m);
      }
    }
    return out;
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
