package dev.assay.report.markdown;

/**
 * Escapes untrusted text (messages, paths, summaries from tools) for GitHub-flavoured Markdown so
 * that it renders literally: no HTML, no links, no emphasis and no broken table cells. Line breaks
 * become spaces because every escaped text sits on one line of a list or table. A pair of
 * backticks on one line stays a code span, as messages use them to quote code and keys; a code
 * span renders its content literally (HTML included), so only content that could leave the span
 * or the table cell ({@code |}, a backtick, a control character) is escaped as plain text instead.
 */
final class MarkdownText {
  private MarkdownText() {}

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      int close = ch == '`' ? codeSpanEnd(s, i) : -1;
      if (close > 0) {
        sb.append(s, i, close + 1);
        i = close;
        continue;
      }
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '|' -> sb.append("\\|");
        // parentheses and '!' need no escape: they only act after ']' or before '[', both escaped
        case '\\', '`', '*', '_', '[', ']', '#', '~', '$' -> sb.append('\\').append(ch);
        case '\n', '\r', '\t' -> sb.append(' ');
        default -> {
          if (ch < 0x20 || ch == 0x7f) {
            sb.append(String.format("\\\\u%04X", (int) ch));
          } else {
            sb.append(ch);
          }
        }
      }
    }
    return sb.toString();
  }

  /** The index of the backtick closing a safe code span opened at {@code open}, or -1. */
  private static int codeSpanEnd(String s, int open) {
    int close = s.indexOf('`', open + 1);
    if (close <= open + 1) {
      return -1;
    }
    for (int i = open + 1; i < close; i++) {
      char c = s.charAt(i);
      if (c == '|' || c < 0x20 || c == 0x7f) {
        return -1;
      }
    }
    // A span of blanks only, or one padded on one side, renders differently from what was meant.
    String content = s.substring(open + 1, close);
    return content.isBlank() ? -1 : close;
  }
}
