package dev.assay.api;

/** An inclusive, 1-based range of line numbers on one side of a diff. */
public record LineRange(int start, int end) implements Comparable<LineRange> {

  public LineRange {
    if (start < 1 || end < start) {
      throw new IllegalArgumentException("invalid line range " + start + "-" + end);
    }
  }

  /** A range of exactly one line. */
  public static LineRange of(int line) {
    return new LineRange(line, line);
  }

  public boolean contains(int line) {
    return line >= start && line <= end;
  }

  public int size() {
    return end - start + 1;
  }

  @Override
  public int compareTo(LineRange o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  /** {@code 7} for a single line, {@code 7-9} otherwise. */
  @Override
  public String toString() {
    return start == end ? Integer.toString(start) : start + "-" + end;
  }
}
