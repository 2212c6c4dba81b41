package dev.assay.gate.secrets;

import java.util.Arrays;

/**
 * Line starts of one text, so that every offset maps to its line and line bounds in O(log n):
 * scanning around a match never walks back over a huge single-line file.
 */
final class LineIndex {
  private final String text;
  private int[] starts;
  private int count;

  LineIndex(String text) {
    this.text = text;
  }

  /** The 1-based line holding {@code offset}. */
  int lineOf(int offset) {
    build();
    int i = Arrays.binarySearch(starts, 0, count, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** Offset of the first character of the line holding {@code offset}. */
  int lineStart(int offset) {
    return starts()[lineOf(offset) - 1];
  }

  /** Offset of the line break (or text end) ending the line holding {@code offset}. */
  int lineEnd(int offset) {
    int line = lineOf(offset);
    int end = line < count ? starts[line] - 1 : text.length();
    return end > 0 && end <= text.length() && end - 1 >= starts[line - 1] && text.charAt(end - 1) == '\r'
        ? end - 1
        : end;
  }

  private int[] starts() {
    build();
    return starts;
  }

  private void build() {
    if (starts != null) {
      return;
    }
    int[] s = new int[64];
    int n = 0;
    int i = 0;
    while (true) {
      if (n == s.length) {
        s = Arrays.copyOf(s, n * 2);
      }
      s[n++] = i;
      int nl = text.indexOf('\n', i);
      if (nl < 0) {
        break;
      }
      i = nl + 1;
    }
    starts = s;
    count = n;
  }
}
