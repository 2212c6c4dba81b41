package dev.assay.report.html;

/**
 * Escapes untrusted text for HTML element content and double- or single-quoted attribute values.
 * Control characters, which HTML forbids, become a visible {@code \}{@code uXXXX}.
 */
final class HtmlText {
  private HtmlText() {}

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\n', '\t' -> sb.append(ch);
        default -> {
          if (ch < 0x20 || (ch >= 0x7f && ch <= 0x9f)) {
            sb.append(String.format("\\u%04X", (int) ch));
          } else {
            sb.append(ch);
          }
        }
      }
    }
    return sb.toString();
  }
}
