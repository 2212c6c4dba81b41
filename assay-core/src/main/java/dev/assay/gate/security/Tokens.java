package dev.assay.gate.security;

import dev.assay.lang.Language;
import dev.assay.lang.TokenKind;
import dev.assay.lang.TokenStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The significant tokens of a file (no comments, no indentation markers) with their texts and the
 * partner of every bracket, found with an explicit stack (no recursion at any nesting depth).
 * Positions index the significant tokens. Not thread-safe.
 */
final class Tokens {
  final Language language;
  private final TokenStream stream;
  private final int[] sig;
  private final String[] texts;
  private final int[] match;
  final int size;

  Tokens(TokenStream t) {
    this.language = t.language();
    this.stream = t;
    int[] s = new int[t.size()];
    int n = 0;
    for (int i = 0; i < t.size(); i++) {
      TokenKind k = t.kind(i);
      if (k != TokenKind.COMMENT && k != TokenKind.INDENT && k != TokenKind.DEDENT) {
        s[n++] = i;
      }
    }
    this.sig = Arrays.copyOf(s, n);
    this.size = n;
    this.texts = new String[n];
    this.match = new int[n];
    pair();
  }

  private void pair() {
    Arrays.fill(match, -1);
    int[] stack = new int[64];
    int top = 0;
    for (int p = 0; p < size; p++) {
      if (kind(p) != TokenKind.PUNCT) {
        continue;
      }
      String t = text(p);
      if (t.equals("(") || t.equals("[") || t.equals("{")) {
        if (top == stack.length) {
          stack = Arrays.copyOf(stack, top * 2);
        }
        stack[top++] = p;
      } else if ((t.equals(")") || t.equals("]") || t.equals("}")) && top > 0) {
        int open = stack[--top];
        match[open] = p;
        match[p] = open;
      }
    }
  }

  TokenKind kind(int p) {
    return p < 0 || p >= size ? null : stream.kind(sig[p]);
  }

  String text(int p) {
    if (p < 0 || p >= size) {
      return "";
    }
    String t = texts[p];
    if (t == null) {
      t = stream.text(sig[p]);
      texts[p] = t;
    }
    return t;
  }

  boolean is(int p, String s) {
    return p >= 0 && p < size && text(p).equals(s);
  }

  int line(int p) {
    return stream.line(sig[Math.min(p, size - 1)]);
  }

  /** Offset of the token's first char in the text. */
  int start(int p) {
    return stream.start(sig[Math.min(p, size - 1)]);
  }

  int endLine(int p) {
    return stream.endLine(sig[Math.min(p, size - 1)]);
  }

  /** The partner of a bracket, or -1. */
  int match(int p) {
    return p >= 0 && p < size ? match[p] : -1;
  }

  boolean isString(int p) {
    TokenKind k = kind(p);
    return k == TokenKind.STRING || k == TokenKind.TEMPLATE;
  }

  boolean isIdentifier(int p) {
    return kind(p) == TokenKind.IDENTIFIER;
  }

  /** True for an identifier followed by an opening parenthesis. */
  boolean isCall(int p, String name) {
    return is(p + 1, "(") && text(p).equals(name) && kind(p) != TokenKind.STRING;
  }

  /** True when the token before {@code p} is a member access ({@code .}, {@code ->}, {@code ::}). */
  boolean isMember(int p) {
    return is(p - 1, ".") || is(p - 1, "->") || is(p - 1, "?.") || is(p - 1, "::");
  }

  /** The identifier before the dot before {@code p}, or empty. */
  String receiver(int p) {
    return isMember(p) ? text(p - 2) : "";
  }

  /**
   * The top-level arguments of the call whose opening parenthesis is at {@code open}, each as
   * {@code [from, to)} positions.
   */
  List<int[]> args(int open) {
    List<int[]> out = new ArrayList<>();
    int close = match(open);
    if (close < 0) {
      return out;
    }
    int from = open + 1;
    for (int p = open + 1; p < close; p++) {
      String t = text(p);
      if ((t.equals("(") || t.equals("[") || t.equals("{")) && match(p) > p) {
        p = match(p);
      } else if (t.equals(",")) {
        out.add(new int[] {from, p});
        from = p + 1;
      }
    }
    if (from < close) {
      out.add(new int[] {from, close});
    }
    return out;
  }

  /** The source text of positions {@code [from, to)} joined by single spaces (for messages). */
  String join(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int p = from; p < to && b.length() < 80; p++) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(text(p));
    }
    String s = b.toString().replaceAll("\\s+", " ");
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  /** The end of the statement or expression starting at {@code from}: a top-level ; , ) } or line end. */
  int expressionEnd(int from) {
    int startLine = line(from);
    for (int p = from; p < size; p++) {
      String t = text(p);
      if ((t.equals("(") || t.equals("[") || t.equals("{")) && match(p) > p) {
        p = match(p);
        continue;
      }
      if (t.equals(";") || t.equals(",") || t.equals(")") || t.equals("]") || t.equals("}")
          || kind(p) == TokenKind.NEWLINE || line(p) > startLine && p > from && !isOperatorEnd(p - 1)) {
        return p;
      }
    }
    return size;
  }

  private boolean isOperatorEnd(int p) {
    TokenKind k = kind(p);
    return k == TokenKind.OPERATOR || is(p, "(") || is(p, ",");
  }
}
