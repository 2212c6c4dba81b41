package dev.assay.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A set of line numbers held as sorted, merged, non-overlapping ranges. Immutable and thread-safe.
 */
public final class ChangedLines {
  private static final ChangedLines NONE = new ChangedLines(new int[0], new int[0]);

  private final int[] starts;
  private final int[] ends;

  private ChangedLines(int[] starts, int[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  /** The empty set. */
  public static ChangedLines none() {
    return NONE;
  }

  /** The set covering the given ranges, which may overlap and come in any order. */
  public static ChangedLines of(Collection<LineRange> ranges) {
    if (ranges.isEmpty()) {
      return NONE;
    }
    List<LineRange> sorted = new ArrayList<>(ranges);
    sorted.sort(null);
    int[] s = new int[sorted.size()];
    int[] e = new int[sorted.size()];
    int n = 0;
    for (LineRange r : sorted) {
      if (n > 0 && r.start() <= e[n - 1] + 1) {
        e[n - 1] = Math.max(e[n - 1], r.end());
      } else {
        s[n] = r.start();
        e[n] = r.end();
        n++;
      }
    }
    return new ChangedLines(Arrays.copyOf(s, n), Arrays.copyOf(e, n));
  }

  /** The set of the given line numbers, in any order. */
  public static ChangedLines ofLines(int... lines) {
    List<LineRange> ranges = new ArrayList<>(lines.length);
    for (int line : lines) {
      ranges.add(LineRange.of(line));
    }
    return of(ranges);
  }

  public boolean contains(int line) {
    int i = Arrays.binarySearch(starts, line);
    if (i >= 0) {
      return true;
    }
    int prev = -i - 2;
    return prev >= 0 && line <= ends[prev];
  }

  public boolean isEmpty() {
    return starts.length == 0;
  }

  /** Number of lines in the set. */
  public int count() {
    int total = 0;
    for (int i = 0; i < starts.length; i++) {
      total += ends[i] - starts[i] + 1;
    }
    return total;
  }

  /** The ranges, ascending. */
  public List<LineRange> ranges() {
    List<LineRange> out = new ArrayList<>(starts.length);
    for (int i = 0; i < starts.length; i++) {
      out.add(new LineRange(starts[i], ends[i]));
    }
    return List.copyOf(out);
  }

  /** The lines of this set that are also in {@code other}. */
  public ChangedLines intersect(ChangedLines other) {
    List<LineRange> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < starts.length && j < other.starts.length) {
      int lo = Math.max(starts[i], other.starts[j]);
      int hi = Math.min(ends[i], other.ends[j]);
      if (lo <= hi) {
        out.add(new LineRange(lo, hi));
      }
      if (ends[i] < other.ends[j]) {
        i++;
      } else {
        j++;
      }
    }
    return of(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChangedLines c && Arrays.equals(starts, c.starts) && Arrays.equals(ends, c.ends);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends);
  }

  /** Ranges joined by commas, e.g. {@code 3-5, 9, 12-14}. */
  @Override
  public String toString() {
    return ranges().stream().map(LineRange::toString).collect(Collectors.joining(", "));
  }
}
