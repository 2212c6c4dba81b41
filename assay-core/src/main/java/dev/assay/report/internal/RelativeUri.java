package dev.assay.report.internal;

import java.nio.charset.StandardCharsets;

/**
 * Turns a repository-relative path into a relative URI reference per RFC 3986: unreserved
 * characters and {@code /} stay, every other byte of the UTF-8 encoding is percent-encoded. {@link
 * java.net.URLEncoder} is not used because it writes form encoding ({@code +} for a space).
 */
public final class RelativeUri {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private RelativeUri() {}

  /** The percent-encoded form of a repository-relative path. */
  public static String of(String path) {
    StringBuilder sb = new StringBuilder(path.length() + 16);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isUnreserved(c) || c == '/') {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return sb.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
