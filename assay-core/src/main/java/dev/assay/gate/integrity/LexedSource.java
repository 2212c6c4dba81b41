package dev.assay.gate.integrity;

/**
 * A source file split into two same-length views, line breaks kept: {@link #code()} with comments
 * and string contents blanked (an annotation such as {@code @SuppressWarnings} is matched there),
 * and {@link #comments()} with everything but comments blanked (a {@code // NOSONAR} is matched
 * there). A marker inside a string literal is in neither view.
 */
final class LexedSource {
  private final String code;
  private final String comments;
  private final String[] codeLines;
  private final String[] commentLines;

  private LexedSource(String code, String comments) {
    this.code = code;
    this.comments = comments;
    this.codeLines = code.split("\n", -1);
    this.commentLines = comments.split("\n", -1);
  }

  /** Lexes {@code text} by {@code syntax}. Linear in the text's length. */
  static LexedSource of(String text, SourceSyntax syntax) {
    char[] code = text.toCharArray();
    char[] comments = new char[code.length];
    for (int k = 0; k < code.length; k++) {
      comments[k] = code[k] == '\n' ? '\n' : ' ';
    }
    // Only a character that opens a comment or a string can do anything but move on: the rest
    // are passed over on the array, without the per-character syntax lookups of step().
    boolean[] opens = syntax.openers();
    int i = 0;
    while (i < code.length) {
      char c = code[i];
      i = c < opens.length && opens[c] ? step(text, code, comments, i, syntax) : i + 1;
    }
    return new LexedSource(new String(code), new String(comments));
  }

  private static int step(String s, char[] code, char[] comments, int i, SourceSyntax syntax) {
    for (String lc : syntax.lineComments()) {
      if (s.startsWith(lc, i)) {
        int end = s.indexOf('\n', i);
        return comment(s, code, comments, i, end < 0 ? s.length() : end);
      }
    }
    if (syntax.blockComments() && s.startsWith("/*", i)) {
      int end = s.indexOf("*/", i + 2);
      return comment(s, code, comments, i, end < 0 ? s.length() : end + 2);
    }
    char c = s.charAt(i);
    if (syntax.isTripleQuote(c) && s.startsWith(String.valueOf(c).repeat(3), i)) {
      int end = s.indexOf(String.valueOf(c).repeat(3), i + 3);
      int stop = end < 0 ? s.length() : end;
      blank(code, i + 3, stop);
      return Math.min(s.length(), stop + 3);
    }
    if (syntax.isRawQuote(c)) {
      int end = s.indexOf(c, i + 1);
      int stop = end < 0 ? s.length() : end;
      blank(code, i + 1, stop);
      return Math.min(s.length(), stop + 1);
    }
    if (syntax.isQuote(c)) {
      int j = i + 1;
      while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
        j += s.charAt(j) == '\\' ? 2 : 1;
      }
      int stop = Math.min(j, s.length());
      blank(code, i + 1, stop);
      return Math.min(s.length(), stop + 1);
    }
    return i + 1;
  }

  private static int comment(String s, char[] code, char[] comments, int from, int to) {
    // code[from, to) is still the source: step() only ever blanks ahead of where it returns.
    System.arraycopy(code, from, comments, from, to - from);
    blank(code, from, to);
    return to;
  }

  private static void blank(char[] out, int from, int to) {
    for (int k = from; k < to && k < out.length; k++) {
      if (out[k] != '\n') {
        out[k] = ' ';
      }
    }
  }

  String code() {
    return code;
  }

  String comments() {
    return comments;
  }

  int lineCount() {
    return codeLines.length;
  }

  /** Line {@code n} (1-based) of the code view, without its line break; empty past the end. */
  String codeLine(int n) {
    return n >= 1 && n <= codeLines.length ? codeLines[n - 1] : "";
  }

  /** Line {@code n} (1-based) of the comments view. */
  String commentLine(int n) {
    return n >= 1 && n <= commentLines.length ? commentLines[n - 1] : "";
  }
}
