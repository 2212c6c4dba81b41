package dev.assay.report.junit;

/**
 * Makes any string writable as XML 1.0 character data: characters XML 1.0 forbids (most control
 * characters, unpaired surrogates, U+FFFE and U+FFFF) become a visible {@code \}{@code uXXXX}
 * escape, because StAX writers pass them through and parsers then reject the whole file.
 */
final class XmlText {
  private XmlText() {}

  static String clean(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(ch) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        if (sb != null) {
          sb.append(ch).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      ok = ch == '\t' || ch == '\n' || ch == '\r'
          || (ch >= 0x20 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD);
      if (ok) {
        if (sb != null) {
          sb.append(ch);
        }
      } else {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        sb.append(String.format("\\u%04X", (int) ch));
      }
    }
    return sb == null ? s : sb.toString();
  }
}
