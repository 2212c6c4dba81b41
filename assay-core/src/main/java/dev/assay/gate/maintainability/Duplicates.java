package dev.assay.gate.maintainability;

import dev.assay.lang.TokenKind;
import dev.assay.lang.TokenStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Token-based duplicate detection in the manner of PMD's CPD: tokens are normalised (every name
 * becomes one code, every literal another; comments and import lines dropped), windows of {@code
 * window} tokens starting at a line are indexed by a rolling hash, and a query scans every position
 * of a file against the index, verifies a hit token by token and extends it as far as it goes.
 * Used per change by the gate and over a whole tree by {@link #findAll}. Adding is not
 * thread-safe; once every file is added, {@link #find} may be called from several threads.
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
  private final WindowIndex index = new WindowIndex();

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
      codes[n] = k == TokenKind.IDENTIFIER ? 1 : k.isLiteral() ? 2 : 16 + t.textHash(i);
      lines[n] = line;
      n++;
    }
    return new Normalized(path, Arrays.copyOf(codes, n), Arrays.copyOf(lines, n));
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
        index.add(h, ((long) id << 32) | p);
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
      Clone clone = match(id, p, h, region, reportAgainst);
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
      int id, int p, long hash, IntPredicate region, IntPredicate reportAgainst) {
    int[] c = files.get(id).codes();
    for (int n = index.first(hash); n != 0; n = index.next(n)) {
      long e = index.entry(n);
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

  /**
   * Window hash to at most {@link #MAX_OCCURRENCES} entries (file number and position), in the
   * order they were added: open addressing on primitive arrays, because a whole-tree scan indexes
   * millions of windows and a {@code HashMap<Long, long[]>} spent most of the gate's time and
   * memory on boxing and node objects. Entries are numbered from 1; 0 means none.
   */
  private static final class WindowIndex {
    private long[] keys = new long[1 << 12];
    private int[] head = new int[1 << 12];
    private int[] tail = new int[1 << 12];
    private byte[] count = new byte[1 << 12];
    private int usedSlots;
    private long[] entries = new long[1 << 12];
    private int[] nextEntry = new int[1 << 12];
    private int entryCount;
    // One bit per hash value modulo 2^25 (4 MB): most positions a query looks up are in no
    // indexed window, and the bit answers that without the cache miss of probing the table.
    private final long[] seen = new long[1 << 19];

    void add(long key, long entry) {
      int bit = bit(key);
      seen[bit >>> 6] |= 1L << bit;
      int slot = slot(key);
      if (head[slot] == 0) {
        if ((usedSlots + 1) * 2 > keys.length) {
          grow();
          slot = slot(key);
        }
        int e = append(entry);
        keys[slot] = key;
        head[slot] = e;
        tail[slot] = e;
        count[slot] = 1;
        usedSlots++;
      } else if (count[slot] < MAX_OCCURRENCES) {
        int e = append(entry);
        nextEntry[tail[slot] - 1] = e;
        tail[slot] = e;
        count[slot]++;
      }
    }

    /** The first entry's number for the key, 0 when the key is absent. */
    int first(long key) {
      int bit = bit(key);
      if ((seen[bit >>> 6] & (1L << bit)) == 0) {
        return 0;
      }
      return head[slot(key)];
    }

    int next(int n) {
      return nextEntry[n - 1];
    }

    long entry(int n) {
      return entries[n - 1];
    }

    private static int bit(long key) {
      long z = (key ^ (key >>> 29)) * 0xBF58476D1CE4E5B9L;
      return (int) (z >>> 39);
    }

    private int append(long entry) {
      if (entryCount == entries.length) {
        entries = Arrays.copyOf(entries, entryCount * 2);
        nextEntry = Arrays.copyOf(nextEntry, entryCount * 2);
      }
      entries[entryCount] = entry;
      return ++entryCount;
    }

    private int slot(long key) {
      int mask = keys.length - 1;
      long z = key * 0x9E3779B97F4A7C15L;
      int i = (int) (z ^ (z >>> 32)) & mask;
      while (head[i] != 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      return i;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldHead = head;
      int[] oldTail = tail;
      byte[] oldCount = count;
      int size = oldKeys.length * 2;
      keys = new long[size];
      head = new int[size];
      tail = new int[size];
      count = new byte[size];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldHead[i] != 0) {
          int s = slot(oldKeys[i]);
          keys[s] = oldKeys[i];
          head[s] = oldHead[i];
          tail[s] = oldTail[i];
          count[s] = oldCount[i];
        }
      }
    }
  }
}
