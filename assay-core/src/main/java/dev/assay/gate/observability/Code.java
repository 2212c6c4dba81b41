package dev.assay.gate.observability;

import dev.assay.lang.Language;
import dev.assay.lang.TokenKind;
import dev.assay.lang.TokenStream;
import java.util.Arrays;

/**
 * The significant tokens (comments dropped) of one tokenized file, with the partner of every
 * bracket, brace, parenthesis and Python INDENT/DEDENT, and text comparisons that allocate nothing.
 * Positions index the significant tokens; {@link #token} maps one back to the stream. Built with an
 * explicit stack, so any nesting depth costs no recursion. Not thread-safe; one per file.
 */
final class Code {
  final TokenStream tokens;
  final Language lang;
  private final char[] text;
  private final int[] sig;
  private final int[] match;
  final int size;

  Code(TokenStream tokens, char[] text) {
    this.tokens = tokens;
    this.lang = tokens.language();
    this.text = text;
    int[] s = new int[tokens.size()];
    int n = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.kind(i) != TokenKind.COMMENT) {
        s[n++] = i;
      }
    }
    this.sig = s;
    this.size = n;
    this.match = new int[n];
    pair();
  }

  private void pair() {
    Arrays.fill(match, -1);
    int[] stack = new int[64];
    int top = 0;
    for (int p = 0; p < size; p++) {
      int open = opener(p);
      if (open > 0) {
        if (top == stack.length) {
          stack = Arrays.copyOf(stack, top * 2);
        }
        stack[top++] = p;
        continue;
      }
      int close = closer(p);
      if (close == 0) {
        continue;
      }
      int k = top - 1;
      int floor = Math.max(0, top - 8);
      while (k >= floor && opener(stack[k]) != close) {
        k--;
      }
      if (k < floor) {
        continue; // a stray closer: ignored, as the tokenizer's own structure pass does
      }
      match[stack[k]] = p;
      match[p] = stack[k];
      top = k;
    }
  }

  private int opener(int p) {
    TokenKind k = kind(p);
    if (k == TokenKind.INDENT) {
      return 4;
    }
    if (k != TokenKind.PUNCT || len(p) != 1) {
      return 0;
    }
    char c = text[tokens.start(sig[p])];
    return c == '(' ? 1 : c == '{' ? 2 : c == '[' ? 3 : 0;
  }

  private int closer(int p) {
    TokenKind k = kind(p);
    if (k == TokenKind.DEDENT) {
      return 4;
    }
    if (k != TokenKind.PUNCT || len(p) != 1) {
      return 0;
    }
    char c = text[tokens.start(sig[p])];
    return c == ')' ? 1 : c == '}' ? 2 : c == ']' ? 3 : 0;
  }

  /** The stream index of significant token {@code p}. */
  int token(int p) {
    return sig[p];
  }

  TokenKind kind(int p) {
    return tokens.kind(sig[p]);
  }

  int line(int p) {
    return tokens.line(sig[p]);
  }

  /** The last line of token {@code p} (a closing DEDENT is zero-width: the line it stands on). */
  int endLine(int p) {
    return tokens.endLine(sig[p]);
  }

  private int len(int p) {
    return tokens.end(sig[p]) - tokens.start(sig[p]);
  }

  /** The partner of the bracket at {@code p}, or -1. */
  int partner(int p) {
    return p >= 0 && p < size ? match[p] : -1;
  }

  /** True when token {@code p} exists and is spelled exactly {@code s} (code, not a literal). */
  boolean is(int p, String s) {
    if (p < 0 || p >= size || len(p) != s.length() || kind(p).isLiteral()) {
      return false;
    }
    int start = tokens.start(sig[p]);
    for (int i = 0; i < s.length(); i++) {
      if (text[start + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  boolean isName(int p) {
    return p >= 0 && p < size && (kind(p) == TokenKind.IDENTIFIER || kind(p) == TokenKind.KEYWORD);
  }

  boolean isIdentifier(int p) {
    return p >= 0 && p < size && kind(p) == TokenKind.IDENTIFIER;
  }

  /** The token's text; allocates, so the scanners call it only on candidates. */
  String text(int p) {
    return new String(text, tokens.start(sig[p]), len(p));
  }

  /** The first char of token {@code p}. */
  char first(int p) {
    return text[tokens.start(sig[p])];
  }

  /** True when a string literal at {@code p} starts (after its quote and any prefix) with {@code c}. */
  boolean stringStartsWith(int p, char c) {
    if (p < 0 || p >= size || (kind(p) != TokenKind.STRING && kind(p) != TokenKind.TEMPLATE)) {
      return false;
    }
    int s = tokens.start(sig[p]);
    int e = tokens.end(sig[p]);
    while (s < e && text[s] != '"' && text[s] != '\'' && text[s] != '`') {
      s++; // Python prefixes: r"", f""
    }
    return s + 1 < e && text[s + 1] == c;
  }

  boolean isString(int p) {
    return p >= 0 && p < size && (kind(p) == TokenKind.STRING || kind(p) == TokenKind.TEMPLATE);
  }

  /** True when the raw stream holds a comment strictly between significant tokens a and b. */
  boolean commentBetween(int a, int b) {
    for (int i = sig[a] + 1; i < sig[b]; i++) {
      if (tokens.kind(i) == TokenKind.COMMENT) {
        return true;
      }
    }
    return false;
  }

  /** The text of the comments that start on {@code line}, joined; empty when there are none. */
  String commentOnLine(int line) {
    StringBuilder sb = new StringBuilder();
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) { // first token on or after the line: token lines never decrease
      int mid = (lo + hi) >>> 1;
      if (tokens.line(mid) < line) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < tokens.size(); i++) {
      int l = tokens.line(i);
      if (l > line) {
        break;
      }
      if (l == line && tokens.kind(i) == TokenKind.COMMENT) {
        sb.append(tokens.text(i));
      }
    }
    return sb.toString();
  }

  /** A comment that follows significant token {@code p} on the same line, or empty. */
  String trailingComment(int p) {
    int i = sig[p] + 1;
    if (i < tokens.size() && tokens.kind(i) == TokenKind.COMMENT && tokens.line(i) == line(p)) {
      return tokens.text(i) + "\n";
    }
    return "";
  }

  /** The text of every comment strictly between significant tokens a and b, joined by newlines. */
  String commentsBetween(int a, int b) {
    StringBuilder sb = new StringBuilder();
    for (int i = sig[a] + 1; i < sig[b]; i++) {
      if (tokens.kind(i) == TokenKind.COMMENT) {
        sb.append(tokens.text(i)).append('\n');
      }
    }
    return sb.toString();
  }
}
