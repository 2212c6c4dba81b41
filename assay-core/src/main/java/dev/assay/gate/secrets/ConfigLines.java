package dev.assay.gate.secrets;

import java.util.Optional;

/**
 * Reads one {@code name = value} or {@code name: value} line of a configuration file (.env,
 * .properties, .ini, .yaml, .toml, Dockerfile {@code ENV}), where values need no quotes. Comment
 * lines and trailing {@code #} comments are skipped; surrounding quotes are removed.
 */
final class ConfigLines {
  private ConfigLines() {}

  /** The key and value of the line {@code [start, end)}, if it is an assignment. */
  static Optional<Assignments.KeyValue> read(String text, int start, int end) {
    int s = skip(text, start, end);
    if (s >= end || "#;!".indexOf(text.charAt(s)) >= 0 || text.startsWith("//", s)) {
      return Optional.empty();
    }
    boolean env = text.startsWith("ENV ", s);
    s = prefix(text, s, end);
    int sep = separator(text, s, end);
    if (sep < 0 && env) {
      // Dockerfile's legacy form: ENV NAME value
      sep = text.indexOf(' ', s);
      sep = sep < end ? sep : -1;
    }
    if (sep < 0) {
      return Optional.empty();
    }
    String name = text.substring(s, sep).strip();
    if (name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '\'')) {
      name = name.substring(1, name.length() - 1);
    }
    int v = skip(text, sep + 1, end);
    if (v >= end || name.isEmpty()) {
      return Optional.empty();
    }
    char q = text.charAt(v);
    if (q == '"' || q == '\'') {
      int close = text.indexOf(q, v + 1);
      return close < 0 || close > end
          ? Optional.empty()
          : Optional.of(new Assignments.KeyValue(name, v + 1, close));
    }
    int e = valueEnd(text, v, end);
    return e <= v ? Optional.empty() : Optional.of(new Assignments.KeyValue(name, v, e));
  }

  /** Skips {@code export }, {@code ENV }, {@code set } and a YAML list dash. */
  private static int prefix(String text, int s, int end) {
    for (String p : new String[] {"export ", "ENV ", "set ", "- "}) {
      if (text.startsWith(p, s)) {
        return skip(text, s + p.length(), end);
      }
    }
    return s;
  }

  /** The first {@code =}, or a {@code :} followed by a space or the line end (YAML). */
  private static int separator(String text, int s, int end) {
    for (int i = s; i < end; i++) {
      char c = text.charAt(i);
      if (c == '=') {
        return i;
      }
      if (c == ':' && (i + 1 == end || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
        return i;
      }
    }
    return -1;
  }

  /** Where an unquoted value ends: a whitespace before {@code #}, or trailing whitespace. */
  private static int valueEnd(String text, int v, int end) {
    int e = end;
    int hash = text.indexOf(" #", v);
    if (hash >= 0 && hash < e) {
      e = hash;
    }
    while (e > v && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static int skip(String text, int i, int end) {
    while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
