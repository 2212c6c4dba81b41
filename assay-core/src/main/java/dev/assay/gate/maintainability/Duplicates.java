package dev.assay.gate.maintainability;

import dev.assay.lang.TokenKind;
import dev.assay.lang.TokenStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Token-based duplicate detection in the manner of PMD's CPD: tokens are normalised (every name
 * becomes one code, every literal another; comments and import lines dropped), windows of {@code
 * window} tokens starting at a line are indexed by a rolling hash, and a query scans every position
 * of a file against the index, verifies a hit token by token and extends it as far as it goes.
 * Used per change by the gate and over a whole tree by {@link #findAll}. Not thread-safe.
 */
public final class Duplicates {
  private static final long BASE = 1_000_003L;
  private static final int MAX_OCCURRENCES = 8;

  /** One file's normalised tokens and the line of each. */
  public record Normalized(String path, int[] codes, int[] lines) {}

  /**
   * A duplicated run: {@code tokens} normalised tokens at {@code path} lines {@code line}..{@code
   * endLine} equal to those at {@code otherPath} lines {@code otherLine}..{@code otherEndLine}.
   */
  public record Clone(
      String path, int line, int endLine, String otherPath, int otherLine, int otherEndLine,
      int tokens) {}

  private final int window;
  private final long topPower;
  private final List<Normalized> files = new ArrayList<>();
  private final Map<Long, long[]> index = new HashMap<>();

  public Duplicates(int window) {
    if (window < 2) {
      throw new IllegalArgumentException("window must be at least 2 tokens: " + window);
    }
    this.window = window;
    long p = 1;
    for (int i = 1; i < window; i++) {
      p *= BASE;
    }
    this.topPower = p;
  }

  /** Normalises a token stream: names to one code, literals to another, keywords as themselves. */
  public static Normalized normalize(String path, TokenStream t) {
    int[] codes = new int[t.size()];
    int[] lines = new int[t.size()];
    int n = 0;
    int skipLine = -1;
    for (int i = 0; i < t.size(); i++) {
      TokenKind k = t.kind(i);
      if (k == TokenKind.COMMENT || k.ordinal() >= TokenKind.NEWLINE.ordinal()) {
        continue;
      }
      int line = t.line(i);
      if (line == skipLine || n == 0 || lines[n - 1] != line) {
        if (line != skipLine && isImport(t, i)) {
          skipLine = line;
        }
        if (line == skipLine) {
          continue;
        }
      }
      codes[n] = k == TokenKind.IDENTIFIER ? 1 : k.isLiteral() ? 2 : 16 + t.text(i).hashCode();
      lines[n] = line;
      n++;
    }
    return new Normalized(path, java.util.Arrays.copyOf(codes, n), java.util.Arrays.copyOf(lines, n));
  }

  private static boolean isImport(TokenStream t, int i) {
    return t.is(i, "import") || t.is(i, "package") || t.is(i, "from") || t.is(i, "using")
        || t.is(i, "use") && t.kind(i) == TokenKind.KEYWORD;
  }

  /** Indexes the windows of a file that start on a new line; returns the file's number. */
  public int add(Normalized f) {
    int id = files.size();
    files.add(f);
    int[] c = f.codes();
    if (c.length < window) {
      return id;
    }
    long h = initial(c);
    for (int p = 0; p + window <= c.length; p++) {
      if (p > 0) {
        h = roll(h, c[p - 1], c[p + window - 1]);
      }
      if (p == 0 || f.lines()[p] != f.lines()[p - 1]) {
        long[] occ = index.get(h);
        long entry = ((long) id << 32) | p;
        if (occ == null) {
          index.put(h, new long[] {entry});
        } else if (occ.length < MAX_OCCURRENCES) {
          long[] more = java.util.Arrays.copyOf(occ, occ.length + 1);
          more[occ.length] = entry;
          index.put(h, more);
        }
      }
    }
    return id;
  }

  /**
   * Duplicated runs of file {@code id} that start on a line accepted by {@code region}, each
   * reported once, against the earliest indexed copy outside the run itself. Where the other copy
   * lies in another indexed file it is reported only if {@code reportAgainst} accepts that file.
   */
  public List<Clone> find(int id, IntPredicate region, IntPredicate reportAgainst) {
    Normalized f = files.get(id);
    int[] c = f.codes();
    List<Clone> out = new ArrayList<>();
    if (c.length < window) {
      return out;
    }
    long h = initial(c);
    for (int p = 0; p + window <= c.length; p++) {
      if (p > 0) {
        h = roll(h, c[p - 1], c[p + window - 1]);
      }
      if (!region.test(f.lines()[p]) || !region.test(f.lines()[p + window - 1])) {
        continue;
      }
      Clone clone = match(id, p, index.get(h), region, reportAgainst);
      if (clone != null) {
        out.add(clone);
        int len = clone.tokens();
        int next = p + len;
        while (p + 1 < next && p + 1 + window <= c.length) {
          p++;
          h = roll(h, c[p - 1], c[p + window - 1]);
        }
      }
    }
    return out;
  }

  /** Every duplicated run in the indexed files, each pair reported once (at its later copy). */
  public List<Clone> findAll() {
    List<Clone> out = new ArrayList<>();
    for (int id = 0; id < files.size(); id++) {
      int self = id;
      out.addAll(find(id, line -> true, other -> other <= self));
    }
    return out;
  }

  private Clone match(
      int id, int p, long[] occ, IntPredicate region, IntPredicate reportAgainst) {
    if (occ == null) {
      return null;
    }
    int[] c = files.get(id).codes();
    for (long e : occ) {
      int g = (int) (e >>> 32);
      int q = (int) e;
      if (g == id ? skipSameFile(id, p, q, region) : !reportAgainst.test(g)) {
        continue;
      }
      int[] d = files.get(g).codes();
      int len = 0;
      int limit = g == id ? Math.abs(p - q) : Integer.MAX_VALUE;
      while (p + len < c.length && q + len < d.length && len < limit && c[p + len] == d[q + len]) {
        len++;
      }
      if (len >= window) {
        Normalized f = files.get(id);
        Normalized o = files.get(g);
        return new Clone(
            f.path(), f.lines()[p], f.lines()[p + len - 1], o.path(), o.lines()[q],
            o.lines()[q + len - 1], len);
      }
    }
    return null;
  }

  /** Itself, overlapping, or a later copy in the region (which will report this one). */
  private boolean skipSameFile(int id, int p, int q, IntPredicate region) {
    boolean overlaps = q > p - window && q < p + window;
    return overlaps || q > p && region.test(files.get(id).lines()[q]);
  }

  private long initial(int[] c) {
    long h = 0;
    for (int i = 0; i < window; i++) {
      h = h * BASE + c[i];
    }
    return h;
  }

  private long roll(long h, int out, int in) {
    return (h - out * topPower) * BASE + in;
  }
}
