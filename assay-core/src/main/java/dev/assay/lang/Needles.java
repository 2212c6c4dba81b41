package dev.assay.lang;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Up to 64 ASCII needles searched in one pass over a text, ignoring ASCII case: an Aho-Corasick
 * automaton compiled to a full transition table. Gates use it as a prescreen over whole trees,
 * where one {@code indexOf} per needle and file would read the corpus once per needle. Immutable
 * and thread-safe.
 */
public final class Needles {
  private static final int ALPHABET = 128;
  private static final int CHUNK = 8192;

  private final List<String> needles;
  private final int[] delta;
  private final long[] output;
  private final long all;

  private Needles(List<String> needles, int[] delta, long[] output) {
    this.needles = needles;
    this.delta = delta;
    this.output = output;
    this.all = needles.size() == 64 ? -1L : (1L << needles.size()) - 1;
  }

  /**
   * The automaton for these needles, in this order (bit {@code i} of {@link #find} is needle
   * {@code i}).
   *
   * @throws IllegalArgumentException for more than 64 needles, an empty one or a non-ASCII one
   */
  public static Needles of(List<String> needles) {
    if (needles.size() > 64) {
      throw new IllegalArgumentException("at most 64 needles, got " + needles.size());
    }
    int capacity = 1;
    for (String n : needles) {
      if (n.isEmpty() || !n.chars().allMatch(c -> c < ALPHABET)) {
        throw new IllegalArgumentException("needles must be non-empty ASCII: `" + n + "`");
      }
      capacity += n.length();
    }
    int[] go = new int[capacity * ALPHABET];
    Arrays.fill(go, -1);
    long[] out = new long[capacity];
    int states = 1;
    for (int i = 0; i < needles.size(); i++) {
      int s = 0;
      for (char ch : needles.get(i).toLowerCase(Locale.ROOT).toCharArray()) {
        int slot = s * ALPHABET + ch;
        if (go[slot] < 0) {
          go[slot] = states++;
        }
        s = go[slot];
      }
      out[s] |= 1L << i;
    }
    int[] fail = new int[states];
    Deque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < ALPHABET; c++) {
      if (go[c] < 0) {
        go[c] = 0;
      } else {
        fail[go[c]] = 0;
        queue.add(go[c]);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      out[s] |= out[fail[s]];
      for (int c = 0; c < ALPHABET; c++) {
        int t = go[s * ALPHABET + c];
        if (t < 0) {
          go[s * ALPHABET + c] = go[fail[s] * ALPHABET + c];
        } else {
          fail[t] = go[fail[s] * ALPHABET + c];
          queue.add(t);
        }
      }
    }
    return new Needles(
        List.copyOf(needles), Arrays.copyOf(go, states * ALPHABET), Arrays.copyOf(out, states));
  }

  /** Bit {@code i} set when needle {@code i} occurs in the text, ignoring ASCII case. */
  public long find(String text) {
    long found = 0;
    int s = 0;
    char[] buf = new char[Math.min(CHUNK, text.length())]; // most files are smaller
    for (int from = 0, n = text.length(); from < n; from += CHUNK) {
      int len = Math.min(CHUNK, n - from);
      // Copied out in chunks: indexing a char[] is far cheaper than String.charAt on a UTF-16
      // string, which most files with one non-Latin-1 character (a © in the header) are.
      text.getChars(from, from + len, buf, 0);
      for (int i = 0; i < len; i++) {
        int c = buf[i];
        if (c >= ALPHABET) {
          s = 0;
          continue;
        }
        if (c >= 'A' && c <= 'Z') {
          c += 'a' - 'A';
        }
        s = delta[s * ALPHABET + c];
        long o = output[s];
        if (o != 0) {
          found |= o;
          if (found == all) {
            return found;
          }
        }
      }
    }
    return found;
  }

  /** Whether any needle occurs in the text. */
  public boolean any(String text) {
    int s = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      int c = text.charAt(i);
      if (c >= ALPHABET) {
        s = 0;
        continue;
      }
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      s = delta[s * ALPHABET + c];
      if (output[s] != 0) {
        return true;
      }
    }
    return false;
  }

  public List<String> needles() {
    return needles;
  }
}
