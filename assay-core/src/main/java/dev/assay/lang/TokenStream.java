package dev.assay.lang;

import java.util.Arrays;

/**
 * The tokens of one source file as parallel arrays (kind, symbol, start and end offset, line), so a
 * file of a million tokens costs a few arrays rather than a million objects. Offsets index the
 * original text; lines are 1-based. Immutable after construction and thread-safe.
 */
public final class TokenStream {
  private final Language language;
  private final char[] text;
  private final byte[] kinds;
  private final int[] symbols;
  private final int[] starts;
  private final int[] ends;
  private final int[] lines;
  private final int size;
  private final int lineCount;
  private final int problems;

  TokenStream(Language language, char[] text, Builder b, int lineCount) {
    this.language = language;
    this.text = text;
    this.size = b.size;
    this.kinds = b.kinds;
    this.symbols = b.symbols;
    this.starts = b.starts;
    this.ends = b.ends;
    this.lines = b.lines;
    this.lineCount = lineCount;
    this.problems = b.problems;
  }

  public Language language() {
    return language;
  }

  /** Number of tokens, comments included. */
  public int size() {
    return size;
  }

  public TokenKind kind(int i) {
    return TokenKind.of(kinds[i]);
  }

  /** Offset of the token's first char in the text. */
  public int start(int i) {
    return starts[i];
  }

  /** Offset just past the token's last char. */
  public int end(int i) {
    return ends[i];
  }

  /** The 1-based line the token starts on. */
  public int line(int i) {
    return lines[i];
  }

  /** The 1-based line the token ends on (differs from {@link #line} for multi-line tokens). */
  public int endLine(int i) {
    int l = lines[i];
    for (int p = starts[i]; p < ends[i]; p++) {
      if (text[p] == '\n') {
        l++;
      }
    }
    return l;
  }

  /** The token's text (allocates; the structural passes compare {@link #is} instead). */
  public String text(int i) {
    return new String(text, starts[i], ends[i] - starts[i]);
  }

  /**
   * {@code text(i).hashCode()} without creating the string: duplicate detection hashes every
   * keyword and operator of a whole tree.
   */
  public int textHash(int i) {
    int h = 0;
    for (int p = starts[i], end = ends[i]; p < end; p++) {
      h = 31 * h + text[p];
    }
    return h;
  }

  /** True if the token is the keyword, operator or punctuation {@code symbol}. */
  public boolean is(int i, String symbol) {
    int id = symbols[i];
    return id >= 0 && Symbols.name(id).equals(symbol);
  }

  int symbol(int i) {
    return symbols[i];
  }

  /** The text the tokens index. Callers must not modify it. */
  char[] chars() {
    return text;
  }

  /** Number of lines of the text. */
  public int lineCount() {
    return lineCount;
  }

  /**
   * Lexical problems met (an unterminated string, comment or template, an unbalanced bracket);
   * each was recovered from by extending the token to the end of its line or of the file.
   */
  public int problems() {
    return problems;
  }

  /** True when the text has lexical problems, so structure after them may be wrong. */
  public boolean partial() {
    return problems > 0;
  }

  /** Growable parallel arrays filled by the lexer. */
  static final class Builder {
    byte[] kinds;
    int[] symbols;
    int[] starts;
    int[] ends;
    int[] lines;
    int size;
    int problems;

    Builder(int capacity) {
      int c = Math.max(16, capacity);
      kinds = new byte[c];
      symbols = new int[c];
      starts = new int[c];
      ends = new int[c];
      lines = new int[c];
    }

    void add(TokenKind kind, int symbol, int start, int end, int line) {
      if (size == kinds.length) {
        int c = size * 2;
        kinds = Arrays.copyOf(kinds, c);
        symbols = Arrays.copyOf(symbols, c);
        starts = Arrays.copyOf(starts, c);
        ends = Arrays.copyOf(ends, c);
        lines = Arrays.copyOf(lines, c);
      }
      kinds[size] = (byte) kind.ordinal();
      symbols[size] = symbol;
      starts[size] = start;
      ends[size] = end;
      lines[size] = line;
      size++;
    }

    int lastKind() {
      return size == 0 ? -1 : kinds[size - 1];
    }
  }
}
