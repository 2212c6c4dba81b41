package dev.assay.gate.secrets;

/** The next quote character of any kind, from three cached {@code indexOf} positions. One per scan. */
final class Quotes {
  private final String text;
  private final int[] next = {-2, -2, -2};
  private static final char[] KINDS = {'"', '\'', '`'};

  Quotes(String text) {
    this.text = text;
  }

  int next(int from) {
    int best = -1;
    for (int k = 0; k < 3; k++) {
      if (next[k] != -1 && next[k] < from) {
        next[k] = text.indexOf(KINDS[k], from);
      }
      if (next[k] >= 0 && (best < 0 || next[k] < best)) {
        best = next[k];
      }
    }
    return best;
  }
}
