package dev.assay.gate.secrets;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads, leftwards from a string literal, the name it is assigned or keyed to: {@code name = },
 * {@code name: }, {@code "name": }, {@code name := }, {@code 'name' => }, {@code setName(}, {@code
 * put("name", }, {@code conf["name"] = }, and past a type annotation ({@code name: string = }). A
 * comparison ({@code ==}, {@code !=}) or any other context yields nothing.
 */
final class NameBefore {
  private static final Set<String> TYPE_WORDS =
      Set.of(
          "string",
          "str",
          "char",
          "const",
          "var",
          "let",
          "val",
          "final",
          "static",
          "private",
          "public",
          "protected",
          "readonly",
          "bytes",
          "byte");

  private NameBefore() {}

  static Optional<String> find(String text, int lineStart, int quote) {
    int p = skipSpaces(text, lineStart, quote - 1);
    if (p < lineStart) {
      return Optional.empty();
    }
    char c = text.charAt(p);
    boolean call = false;
    if (c == '=') {
      p--;
      if (p >= lineStart && "=!<>".indexOf(text.charAt(p)) >= 0) {
        return Optional.empty();
      }
      if (p >= lineStart && ":+?".indexOf(text.charAt(p)) >= 0) {
        p--;
      }
    } else if (c == '>' && p > lineStart && text.charAt(p - 1) == '=') {
      p -= 2;
    } else if (c == ':' || c == ',') {
      p--;
    } else if (c == '(') {
      call = true;
      p--;
    } else {
      return Optional.empty();
    }
    p = skipSpaces(text, lineStart, p);
    if (p < lineStart) {
      return Optional.empty();
    }
    boolean quoted = c == ',';
    Optional<String> name = read(text, lineStart, p, quoted, call);
    if (name.isPresent() && TYPE_WORDS.contains(name.get().toLowerCase(Locale.ROOT)) && !call) {
      int q = skipSpaces(text, lineStart, p - name.get().length());
      if (q >= lineStart && text.charAt(q) == ':') {
        q = skipSpaces(text, lineStart, q - 1);
      }
      return q < lineStart ? Optional.empty() : read(text, lineStart, q, false, false);
    }
    return name;
  }

  private static Optional<String> read(
      String text, int lineStart, int p, boolean quotedOnly, boolean call) {
    char c = text.charAt(p);
    if (c == '"' || c == '\'') {
      int open = text.lastIndexOf(c, p - 1);
      return open < lineStart || p - open > 100
          ? Optional.empty()
          : Optional.of(text.substring(open + 1, p));
    }
    if (quotedOnly) {
      return Optional.empty();
    }
    if (c == ']' && !call) {
      return read(text, lineStart, Math.max(lineStart, p - 1), true, false);
    }
    int s = p;
    while (s >= lineStart && p - s < 100 && isNameChar(text.charAt(s))) {
      s--;
    }
    return s == p ? Optional.empty() : Optional.of(text.substring(s + 1, p + 1));
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$' || c == '-';
  }

  private static int skipSpaces(String text, int lineStart, int p) {
    while (p >= lineStart && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
      p--;
    }
    return p;
  }
}
