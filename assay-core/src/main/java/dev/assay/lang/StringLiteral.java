package dev.assay.lang;

import java.util.Objects;

/**
 * One string literal (or one part of a template or interpolated string) as written in the source.
 *
 * @param line the 1-based line it starts on
 * @param start offset of its first char (prefix or quote) in the text
 * @param end offset just past its last char
 * @param text the literal as written, prefix and quotes included, escapes not decoded
 */
public record StringLiteral(int line, int start, int end, String text) {
  public StringLiteral {
    Objects.requireNonNull(text, "text");
  }

  /**
   * The text without its prefix ({@code r}, {@code f}, {@code @}, {@code $}) and delimiters (one or
   * three quotes, backticks, template braces); escapes are left as written.
   */
  public String content() {
    int s = 0;
    int e = text.length();
    while (s < e && "rRbBuUfF@$".indexOf(text.charAt(s)) >= 0) {
      s++;
    }
    int quotes = text.startsWith("\"\"\"", s) || text.startsWith("'''", s) ? 3 : 1;
    if (s < e && "\"'`}".indexOf(text.charAt(s)) >= 0) {
      s += Math.min(quotes, e - s);
    }
    if (text.endsWith("${") && e - 2 >= s) {
      e -= 2;
    } else if (e - quotes >= s && e > 0 && "\"'`".indexOf(text.charAt(e - 1)) >= 0) {
      e -= quotes;
    }
    return s <= e ? text.substring(s, e) : "";
  }
}
