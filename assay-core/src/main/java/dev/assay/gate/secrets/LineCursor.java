package dev.assay.gate.secrets;

/** The line holding a position, advanced forward only, one {@code indexOf} per line. One per scan. */
final class LineCursor {
  private final String text;
  int number;
  int start;
  int end = -1;

  LineCursor(String text) {
    this.text = text;
  }

  void advanceTo(int pos) {
    while (end < pos) {
      start = end + 1;
      int nl = text.indexOf('\n', start);
      end = nl < 0 ? text.length() : nl;
      number++;
    }
  }
}
