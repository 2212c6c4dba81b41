package dev.assay.gate.secrets;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Positions in one text, computed once per scan: line starts, so that every offset maps to its line
 * and line bounds in O(log n), and the next occurrence of a literal, cached, so that detectors
 * asking at increasing offsets walk the text once in total. Not thread-safe; one per scan of one
 * text.
 */
final class TextIndex {
  private final String text;
  private final Map<String, int[]> next = new HashMap<>();
  private int[] starts;
  private int count;

  TextIndex(String text) {
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
    return line < count ? starts[line] - 1 : text.length();
  }

  /**
   * The first occurrence of {@code literal} at or after {@code from}, or -1. Amortised linear when
   * asked at non-decreasing offsets: the last answer is reused while it still lies ahead.
   */
  int nextOf(String literal, int from) {
    int[] cached = next.computeIfAbsent(literal, k -> new int[] {-2, 0});
    if (cached[0] == -1 && cached[1] <= from) {
      return -1;
    }
    if (cached[0] < from || cached[1] > from) {
      cached[0] = text.indexOf(literal, from);
      cached[1] = from;
    }
    return cached[0];
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
