package dev.assay.gate.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

  /** The markers whose needle occurs in the text: the only ones that can match any line of it. */
  static List<Marker> candidates(List<Marker> markers, String lowerCaseText) {
    List<Marker> out = new ArrayList<>();
    for (Marker m : markers) {
      if (lowerCaseText.contains(m.needle())) {
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
