package dev.assay.lang;

/**
 * Finds where a string literal ends, for every quoting style of the supported languages. A scan
 * returns the end offset, the number of line breaks passed and whether it stopped at the closing
 * quote, at an interpolation hole ({@code ${}) or at the end of the line or file (unterminated),
 * packed in one long so the hot loop allocates nothing.
 */
final class StringScanner {
  static final int CLOSED = 0;
  static final int HOLE = 1;
  static final int UNTERMINATED = 2;

  private static final int TRIPLE = 1 << 8;
  private static final int ESCAPES = 1 << 9;
  private static final int MULTILINE = 1 << 10;
  private static final int DOUBLED = 1 << 11;
  private static final int HOLES = 1 << 12;

  static final int TEMPLATE = '`' | ESCAPES | MULTILINE | HOLES;
  static final int GO_RAW = '`' | MULTILINE;

  private final char[] b;
  private final int n;

  StringScanner(char[] text) {
    this.b = text;
    this.n = text.length;
  }

  /** The mode of the literal whose (first) quote is at {@code quote}, prefix starting at start. */
  static int modeFor(Language lang, char[] b, int start, int quote) {
    char q = b[quote];
    boolean triple =
        q == '"' || lang == Language.PYTHON
            ? quote + 2 < b.length && b[quote + 1] == q && b[quote + 2] == q
            : false;
    boolean tripleAllowed =
        lang == Language.PYTHON
            || lang == Language.JAVA
            || lang == Language.KOTLIN
            || lang == Language.CSHARP;
    if (triple && tripleAllowed) {
      return switch (lang) {
        case KOTLIN -> q | TRIPLE | MULTILINE | HOLES;
        case CSHARP -> q | TRIPLE | MULTILINE;
        default -> q | TRIPLE | MULTILINE | ESCAPES;
      };
    }
    boolean verbatim = lang == Language.CSHARP && hasChar(b, start, quote, '@');
    if (verbatim) {
      return q | MULTILINE | DOUBLED;
    }
    int mode = q | ESCAPES;
    if (lang == Language.PHP) {
      mode |= MULTILINE;
    }
    if (lang == Language.KOTLIN && q == '"') {
      mode |= HOLES;
    }
    return mode;
  }

  private static boolean hasChar(char[] b, int from, int to, char c) {
    for (int i = from; i < to; i++) {
      if (b[i] == c) {
        return true;
      }
    }
    return false;
  }

  static int openLength(int mode) {
    return (mode & TRIPLE) != 0 ? 3 : 1;
  }

  static int end(long r) {
    return (int) r;
  }

  static int newLines(long r) {
    return (int) ((r >>> 32) & 0x3FFFFFFF);
  }

  static int status(long r) {
    return (int) (r >>> 62);
  }

  private static long pack(int end, int newLines, int status) {
    return (end & 0xFFFFFFFFL) | ((long) newLines << 32) | ((long) status << 62);
  }

  /** Scans literal content starting at {@code p} (just past the opening quote or hole). */
  long scan(int p, int mode) {
    char q = (char) (mode & 0xFF);
    boolean triple = (mode & TRIPLE) != 0;
    int lines = 0;
    while (p < n) {
      char c = b[p];
      if (c == '\\' && (mode & ESCAPES) != 0) {
        if (p + 1 < n && b[p + 1] == '\n') {
          lines++;
        }
        p += 2;
        continue;
      }
      if (c == '\n') {
        if ((mode & MULTILINE) == 0) {
          return pack(p, lines, UNTERMINATED);
        }
        lines++;
      } else if (c == q) {
        if ((mode & DOUBLED) != 0 && p + 1 < n && b[p + 1] == q) {
          p += 2;
          continue;
        }
        if (!triple) {
          return pack(p + 1, lines, CLOSED);
        }
        if (p + 2 < n && b[p + 1] == q && b[p + 2] == q) {
          int end = p + 3;
          while (end < n && b[end] == q) {
            end++; // """a"""" ends with the last three quotes
          }
          return pack(end, lines, CLOSED);
        }
      } else if (c == '$' && (mode & HOLES) != 0 && p + 1 < n && b[p + 1] == '{') {
        return pack(p + 2, lines, HOLE);
      }
      p++;
    }
    return pack(n, lines, UNTERMINATED);
  }

  /** A PHP heredoc or nowdoc starting at {@code <<<}; ends after its closing identifier. */
  long heredoc(int p, int line) {
    int s = p + 3;
    while (s < n && (b[s] == ' ' || b[s] == '\'' || b[s] == '"')) {
      s++;
    }
    int e = s;
    while (e < n && (Character.isLetterOrDigit(b[e]) || b[e] == '_')) {
      e++;
    }
    if (e == s) {
      return pack(p + 3, 0, CLOSED);
    }
    int lines = 0;
    int i = e;
    while (i < n) {
      if (b[i] == '\n') {
        lines++;
        int j = i + 1;
        while (j < n && (b[j] == ' ' || b[j] == '\t')) {
          j++;
        }
        if (matches(j, s, e) && (j + e - s >= n || !Character.isLetterOrDigit(b[j + e - s]))) {
          return pack(j + e - s, lines, CLOSED);
        }
      }
      i++;
    }
    return pack(n, lines, UNTERMINATED);
  }

  private boolean matches(int at, int s, int e) {
    if (at + (e - s) > n) {
      return false;
    }
    for (int k = 0; k < e - s; k++) {
      if (b[at + k] != b[s + k]) {
        return false;
      }
    }
    return true;
  }
}
