package dev.assay.gate.coverage;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text lines like {@link java.io.BufferedReader#readLine()}, but refuses a line longer than a
 * limit instead of buffering it, so a binary or hostile file cannot exhaust memory.
 */
final class BoundedLineReader {
  private final Reader in;
  private final int maxLength;
  private final char[] buf = new char[8192];
  private int pos;
  private int len;
  private int lineNumber;

  BoundedLineReader(Reader in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /** The next line without its terminator, or null at the end; throws past the length limit. */
  String readLine() throws IOException, LineTooLongException {
    StringBuilder sb = new StringBuilder();
    boolean any = false;
    while (true) {
      if (pos == len) {
        len = in.read(buf);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return finish(sb, any);
        }
      }
      any = true;
      char c = buf[pos++];
      if (c == '\n') {
        return finish(sb, true);
      }
      if (sb.length() >= maxLength) {
        throw new LineTooLongException(lineNumber + 1);
      }
      sb.append(c);
    }
  }

  /** 1-based number of the line last returned. */
  int lineNumber() {
    return lineNumber;
  }

  private String finish(StringBuilder sb, boolean any) {
    if (!any) {
      return null;
    }
    lineNumber++;
    int n = sb.length();
    return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
  }

  /** A line exceeded the limit. */
  static final class LineTooLongException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    LineTooLongException(int line) {
      super("line " + line + " is too long");
      this.line = line;
    }

    int line() {
      return line;
    }
  }
}
