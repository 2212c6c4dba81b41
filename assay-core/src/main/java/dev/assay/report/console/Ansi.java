package dev.assay.report.console;

import dev.assay.api.Status;
import dev.assay.engine.Verdict;

/**
 * Colours text when enabled and makes untrusted text safe for a terminal: control characters
 * (an ESC in a message could otherwise rewrite the screen) become a visible {@code \}{@code uXXXX}.
 */
record Ansi(boolean enabled) {
  private static final String RESET = "\u001b[0m";

  String bold(String s) {
    return wrap("\u001b[1m", s);
  }

  String dim(String s) {
    return wrap("\u001b[2m", s);
  }

  String status(Status status, String s) {
    return switch (status) {
      case PASS -> wrap("\u001b[32m", s);
      case FAIL -> wrap("\u001b[1;31m", s);
      case WARN -> wrap("\u001b[33m", s);
      case ERROR -> wrap("\u001b[1;35m", s);
      case SKIPPED -> dim(s);
    };
  }

  String verdict(Verdict verdict, String s) {
    return switch (verdict) {
      case PASS -> wrap("\u001b[1;32m", s);
      case BLOCKED -> wrap("\u001b[1;31m", s);
      case ERROR -> wrap("\u001b[1;35m", s);
    };
  }

  private String wrap(String code, String s) {
    return enabled ? code + s + RESET : s;
  }

  /** One line of untrusted text: line breaks become spaces, other controls become escapes. */
  static String safe(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\n' || ch == '\r' || ch == '\t') {
        sb.append(' ');
      } else if (ch < 0x20 || (ch >= 0x7f && ch <= 0x9f)) {
        sb.append(String.format("\\u%04X", (int) ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }
}
