package dev.assay.report.markdown;

/**
 * Escapes untrusted text (messages, paths, summaries from tools) for GitHub-flavoured Markdown so
 * that it renders literally: no HTML, no links, no emphasis, no code spans, and no broken table
 * cells. Line breaks become spaces because every escaped text sits on one line of a list or table.
 */
final class MarkdownText {
  private MarkdownText() {}

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
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
}
