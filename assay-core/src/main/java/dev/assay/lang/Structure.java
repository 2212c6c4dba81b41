package dev.assay.lang;

/**
 * The significant tokens of a stream (comments dropped) and, for every bracket, brace,
 * parenthesis and Python INDENT/DEDENT, the position of its partner, built with an explicit stack
 * so that any depth of nesting costs no recursion. Positions index {@link #sig}. A bracket with no
 * partner (unbalanced input) maps to -1.
 */
final class Structure {
  static final int OPEN_PAREN = Symbols.id("(");
  static final int CLOSE_PAREN = Symbols.id(")");
  static final int OPEN_BRACE = Symbols.id("{");
  static final int CLOSE_BRACE = Symbols.id("}");
  static final int OPEN_BRACKET = Symbols.id("[");
  static final int CLOSE_BRACKET = Symbols.id("]");
  private static final int INDENT = TokenKind.INDENT.ordinal();
  private static final int DEDENT = TokenKind.DEDENT.ordinal();

  final TokenStream tokens;
  /** Token indices of the non-comment tokens, in order. */
  final int[] sig;
  /** Partner position of each bracket in {@link #sig}, -1 for other tokens or no partner. */
  final int[] match;
  final int[] sym;
  final byte[] kind;
  final int[] line;
  final int size;
  int unbalanced;

  Structure(TokenStream t) {
    this.tokens = t;
    int n = 0;
    int[] s = new int[t.size()];
    for (int i = 0; i < t.size(); i++) {
      if (t.kind(i) != TokenKind.COMMENT) {
        s[n++] = i;
      }
    }
    this.size = n;
    this.sig = s;
    this.sym = new int[n];
    this.kind = new byte[n];
    this.line = new int[n];
    for (int p = 0; p < n; p++) {
      sym[p] = t.symbol(s[p]);
      kind[p] = (byte) t.kind(s[p]).ordinal();
      line[p] = t.line(s[p]);
    }
    this.match = new int[n];
    pair();
  }

  private void pair() {
    java.util.Arrays.fill(match, -1);
    int[] stack = new int[64];
    int top = 0;
    for (int p = 0; p < size; p++) {
      int open = openerType(p);
      if (open > 0) {
        if (top == stack.length) {
          stack = java.util.Arrays.copyOf(stack, top * 2);
        }
        stack[top++] = p;
        continue;
      }
      int close = closerType(p);
      if (close == 0) {
        continue;
      }
      // Look a few levels down only: a stray closer in hostile input must not cost a full scan.
      int k = top - 1;
      int floor = Math.max(0, top - 8);
      while (k >= floor && openerType(stack[k]) != close) {
        k--;
      }
      if (k < floor) {
        unbalanced++; // a closer with no opener: ignore it
        continue;
      }
      unbalanced += top - 1 - k; // openers never closed
      match[stack[k]] = p;
      match[p] = stack[k];
      top = k;
    }
    unbalanced += top;
  }

  private int openerType(int p) {
    int s = sym[p];
    if (s == OPEN_PAREN) {
      return 1;
    } else if (s == OPEN_BRACE) {
      return 2;
    } else if (s == OPEN_BRACKET) {
      return 3;
    }
    return kind[p] == INDENT ? 4 : 0;
  }

  private int closerType(int p) {
    int s = sym[p];
    if (s == CLOSE_PAREN) {
      return 1;
    } else if (s == CLOSE_BRACE) {
      return 2;
    } else if (s == CLOSE_BRACKET) {
      return 3;
    }
    return kind[p] == DEDENT ? 4 : 0;
  }

  boolean is(int p, int symbol) {
    return p >= 0 && p < size && sym[p] == symbol;
  }

  TokenKind kindAt(int p) {
    return TokenKind.of(kind[p]);
  }

  /** The partner of bracket {@code p}, or the last position when it has none. */
  int close(int p) {
    int m = match[p];
    return m < 0 ? size - 1 : m;
  }
}
