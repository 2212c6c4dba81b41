package dev.assay.gate.tests;

import java.util.Arrays;

/**
 * A source file with comments and the contents of string literals blanked out (same length, line
 * breaks kept), so that test markers are only matched in code: a {@code @Disabled} in a comment or
 * an {@code it.skip(} inside a string never counts. The original text stays available for reading
 * string values such as JavaScript test titles.
 */
final class MaskedSource {
  private final String original;
  private final String masked;
  private final int[] lineStarts;

  private MaskedSource(String original, String masked) {
    this.original = original;
    this.masked = masked;
    int[] starts = new int[16];
    int n = 1;
    for (int i = 0; i < original.length(); i++) {
      if (original.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  /** Masks {@code text} by the syntax of {@code lang}. */
  static MaskedSource of(String text, TestLanguage lang) {
    char[] out = text.toCharArray();
    int i = 0;
    while (i < out.length) {
      i = step(text, out, i, lang);
    }
    return new MaskedSource(text, new String(out));
  }

  private static int step(String s, char[] out, int i, TestLanguage lang) {
    char c = s.charAt(i);
    if (s.startsWith(lang.lineComment(), i)) {
      int end = s.indexOf('\n', i);
      return blank(out, i, end < 0 ? s.length() : end);
    }
    if (lang.blockComments() && s.startsWith("/*", i)) {
      int end = s.indexOf("*/", i + 2);
      return blank(out, i, end < 0 ? s.length() : end + 2);
    }
    if (lang.isTripleQuote(c) && s.startsWith(String.valueOf(c).repeat(3), i)) {
      int end = s.indexOf(String.valueOf(c).repeat(3), i + 3);
      int stop = end < 0 ? s.length() : end;
      blank(out, i + 3, stop);
      return Math.min(s.length(), stop + 3);
    }
    if (lang.isRawQuote(c)) {
      int end = s.indexOf(c, i + 1);
      int stop = end < 0 ? s.length() : end;
      blank(out, i + 1, stop);
      return Math.min(s.length(), stop + 1);
    }
    if (lang.isQuote(c)) {
      int j = i + 1;
      while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
        j += s.charAt(j) == '\\' ? 2 : 1;
      }
      int stop = Math.min(j, s.length());
      blank(out, i + 1, stop);
      return Math.min(s.length(), stop + 1);
    }
    return i + 1;
  }

  private static int blank(char[] out, int from, int to) {
    for (int k = from; k < to && k < out.length; k++) {
      if (out[k] != '\n') {
        out[k] = ' ';
      }
    }
    return to;
  }

  String original() {
    return original;
  }

  /** The text with comments and string contents replaced by spaces. */
  String masked() {
    return masked;
  }

  /** The 1-based line of a character offset. */
  int lineAt(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The offset of the bracket closing the one at {@code open}, or -1 when unbalanced. */
  int closing(int open) {
    char o = masked.charAt(open);
    char c = o == '{' ? '}' : o == '(' ? ')' : ']';
    int depth = 0;
    for (int i = open; i < masked.length(); i++) {
      char ch = masked.charAt(i);
      if (ch == o) {
        depth++;
      } else if (ch == c && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** True when the masked text between the offsets holds only whitespace and semicolons. */
  boolean blankBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = masked.charAt(i);
      if (!Character.isWhitespace(ch) && ch != ';') {
        return false;
      }
    }
    return true;
  }
}
