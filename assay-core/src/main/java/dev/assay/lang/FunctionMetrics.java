package dev.assay.lang;

import java.util.Arrays;
import java.util.List;

/**
 * Measures the functions found in one file. Each token is visited once, by its innermost
 * function: the walk over a body jumps over nested functions, which are measured on their own.
 * Nesting is tracked with an explicit stack, never recursion.
 */
final class FunctionMetrics {
  private static final int QUESTION = Symbols.id("?");
  private static final int COLON = Symbols.id(":");
  private static final int SEMI = Symbols.id(";");
  private static final int COMMA = Symbols.id(",");
  private static final int THIN_ARROW = Symbols.id("->");
  private static final int ELSE = Symbols.id("else");
  private static final int WHEN = Symbols.id("when");
  private static final int CASE = Symbols.id("case");
  private static final int SELF = Symbols.id("self");
  private static final int CLS = Symbols.id("cls");
  private static final int[] ANGLES = {
    Symbols.id("<"), Symbols.id(">"), Symbols.id(">>"), Symbols.id(">>>")
  };
  private static final boolean[] NOT_AFTER_TERNARY =
      Symbols.set(":", ")", ",", ">", "=", "]", ";", "extends", "super", ">>", ">>>", "&", "|");
  private static final boolean[] CONTROL =
      Symbols.set(
          "if", "else", "for", "while", "do", "switch", "try", "catch", "finally", "when",
          "select", "foreach", "synchronized", "lock", "with", "elif", "except", "case",
          "default", "unsafe", "fixed", "checked", "match");

  private final Structure s;
  private final Language lang;
  private final List<FunctionFinder.Found> found;
  private final int[] headerOf;
  private final int[] codeLines;
  private final boolean[] decisions;

  FunctionMetrics(Structure s, List<FunctionFinder.Found> found) {
    this.s = s;
    this.lang = s.tokens.language();
    this.found = found;
    this.headerOf = new int[s.size];
    Arrays.fill(headerOf, -1);
    for (int i = found.size() - 1; i >= 0; i--) {
      headerOf[found.get(i).header()] = i;
    }
    this.codeLines = codeLinePrefix(s.tokens);
    this.decisions = Symbols.set(decisionWords(lang));
  }

  private static String[] decisionWords(Language lang) {
    return switch (lang) {
      case PYTHON -> new String[] {"if", "elif", "for", "while", "except", "and", "or"};
      case GO -> new String[] {"if", "for", "case", "&&", "||"};
      case KOTLIN -> new String[] {"if", "for", "while", "catch", "&&", "||"};
      case CSHARP -> new String[] {"if", "for", "foreach", "while", "case", "catch", "&&", "||"};
      case PHP -> new String[] {
        "if", "elseif", "for", "foreach", "while", "case", "catch", "&&", "||", "and", "or"
      };
      default -> new String[] {"if", "for", "while", "case", "catch", "&&", "||"};
    };
  }

  FunctionInfo measure(int index) {
    FunctionFinder.Found f = found.get(index);
    String name = f.name() >= 0 ? s.tokens.text(s.sig[f.name()]) : "(anonymous)";
    int startLine = s.line[f.header()];
    int endLine = Math.max(startLine, endLine(f));
    int lines = codeLines[Math.min(endLine, codeLines.length - 1)] - codeLines[startLine - 1];
    Walk w = walk(index, f);
    return new FunctionInfo(
        name,
        startLine,
        endLine,
        parameters(f),
        s.sig[f.bodyOpen()],
        s.sig[f.bodyClose()],
        lines,
        w.complexity,
        w.maxDepth);
  }

  /** Complexity and nesting over the function's own tokens. */
  private Walk walk(int index, FunctionFinder.Found f) {
    Walk w = new Walk();
    boolean python = lang == Language.PYTHON;
    for (int p = f.bodyOpen() + 1; p < f.bodyClose(); p++) {
      w.popBefore(p);
      int h = headerOf[p];
      if (h >= 0 && h != index) {
        p = Math.max(p, found.get(h).bodyClose());
        continue;
      }
      int sym = s.sym[p];
      TokenKind k = s.kindAt(p);
      if (w.pending && endsPending(p, python, w.parens)) {
        w.pending = false;
      }
      if (isDecision(p, sym, k, w)) {
        w.complexity++;
      }
      if (sym >= 0 && CONTROL[sym] && (k == TokenKind.KEYWORD || python && startsLine(p))) {
        w.pending = true;
        w.pendingWhen = sym == WHEN;
      } else if (sym == SEMI && w.parens == 0 && lang != Language.GO) {
        w.pending = false;
      } else if (sym == Structure.OPEN_PAREN) {
        w.parens++;
      } else if (sym == Structure.CLOSE_PAREN) {
        w.parens = Math.max(0, w.parens - 1);
      } else if (sym == Structure.OPEN_BRACE || k == TokenKind.INDENT) {
        w.push(Math.min(s.close(p), f.bodyClose()));
      }
    }
    return w;
  }

  private boolean endsPending(int p, boolean python, int parens) {
    if (python) {
      return s.kindAt(p - 1) == TokenKind.NEWLINE && s.kindAt(p) != TokenKind.INDENT;
    }
    if (s.line[p] == s.line[p - 1] || s.sym[p] == Structure.OPEN_BRACE) {
      return false;
    }
    TokenKind prev = s.kindAt(p - 1);
    return (prev != TokenKind.OPERATOR || s.sym[p - 1] == COLON) && parens == 0;
  }

  private boolean startsLine(int p) {
    TokenKind prev = p > 0 ? s.kindAt(p - 1) : TokenKind.NEWLINE;
    return prev == TokenKind.NEWLINE || prev == TokenKind.INDENT || prev == TokenKind.DEDENT;
  }

  private boolean isDecision(int p, int sym, TokenKind k, Walk w) {
    if (sym < 0) {
      return false;
    }
    if (decisions[sym]) {
      return k == TokenKind.KEYWORD || k == TokenKind.OPERATOR;
    }
    if (sym == QUESTION) {
      return isTernary(p);
    }
    if (sym == THIN_ARROW && lang == Language.KOTLIN) {
      return w.inWhen() && s.sym[p - 1] != ELSE;
    }
    return lang == Language.PYTHON && sym == CASE && startsLine(p);
  }

  private boolean isTernary(int p) {
    if (lang == Language.KOTLIN || lang == Language.GO || lang == Language.PYTHON) {
      return false;
    }
    int next = p + 1;
    if (next >= s.size || s.sym[next] >= 0 && NOT_AFTER_TERNARY[s.sym[next]]) {
      return false;
    }
    if (lang == Language.CSHARP && s.kindAt(next) == TokenKind.IDENTIFIER && next + 1 < s.size) {
      int after = s.sym[next + 1];
      return !(after == Symbols.id("=") || after == SEMI || after == COMMA
          || after == Structure.CLOSE_PAREN || after == Structure.OPEN_BRACE);
    }
    return true;
  }

  private int parameters(FunctionFinder.Found f) {
    if (f.params() < 0) {
      return s.kindAt(f.header()) == TokenKind.IDENTIFIER ? 1 : 0;
    }
    int close = s.close(f.params());
    boolean angles = lang != Language.PYTHON && lang != Language.GO;
    int count = 0;
    int angle = 0;
    int segTokens = 0;
    int segFirst = -1;
    for (int p = f.params() + 1; p < close; p++) {
      if (s.sym[p] == COMMA && angle <= 0) {
        count += counts(segTokens, segFirst, count) ? 1 : 0;
        segTokens = 0;
        continue;
      }
      if (segTokens++ == 0) {
        segFirst = p;
      }
      if (s.match[p] > p) {
        p = s.match[p];
      } else if (angles) {
        angle += angleDelta(p);
      }
    }
    return count + (counts(segTokens, segFirst, count) ? 1 : 0);
  }

  private boolean counts(int segTokens, int first, int before) {
    if (segTokens == 0) {
      return false;
    }
    if (lang == Language.PYTHON && segTokens == 1) {
      int sym = s.sym[first];
      boolean marker = s.kindAt(first) == TokenKind.OPERATOR;
      boolean receiver = before == 0 && (sym == SELF || sym == CLS);
      return !marker && !receiver;
    }
    return true;
  }

  private int angleDelta(int p) {
    int sym = s.sym[p];
    if (sym == ANGLES[0]) {
      return 1;
    }
    for (int i = 1; i < ANGLES.length; i++) {
      if (sym == ANGLES[i]) {
        return -i;
      }
    }
    return 0;
  }

  private int endLine(FunctionFinder.Found f) {
    int q = f.bodyClose();
    if (lang == Language.PYTHON) {
      q--;
      while (q > f.bodyOpen() && isZeroWidth(q)) {
        q--;
      }
      return s.tokens.endLine(s.sig[Math.max(q, f.bodyOpen())]);
    }
    return s.line[q];
  }

  private boolean isZeroWidth(int p) {
    TokenKind k = s.kindAt(p);
    return k == TokenKind.NEWLINE || k == TokenKind.INDENT || k == TokenKind.DEDENT;
  }

  /** codeLines[l] = number of lines 1..l holding a token other than a comment. */
  private static int[] codeLinePrefix(TokenStream t) {
    boolean[] code = new boolean[t.lineCount() + 2];
    for (int i = 0; i < t.size(); i++) {
      TokenKind k = t.kind(i);
      if (k == TokenKind.COMMENT || k == TokenKind.NEWLINE || k == TokenKind.INDENT
          || k == TokenKind.DEDENT) {
        continue;
      }
      int last = k == TokenKind.STRING || k == TokenKind.TEMPLATE ? t.endLine(i) : t.line(i);
      for (int l = t.line(i); l <= last && l < code.length; l++) {
        code[l] = true;
      }
    }
    int[] prefix = new int[code.length];
    for (int l = 1; l < code.length; l++) {
      prefix[l] = prefix[l - 1] + (code[l] ? 1 : 0);
    }
    return prefix;
  }

  /** State of one walk: complexity so far and a stack of open blocks. */
  private static final class Walk {
    int complexity = 1;
    int maxDepth;
    int depth;
    int parens;
    boolean pending;
    boolean pendingWhen;
    private int[] closes = new int[16];
    private byte[] flags = new byte[16];
    private int top;

    void push(int close) {
      if (top == closes.length) {
        closes = Arrays.copyOf(closes, top * 2);
        flags = Arrays.copyOf(flags, top * 2);
      }
      closes[top] = close;
      flags[top] = (byte) ((pending ? 1 : 0) | (pendingWhen ? 2 : 0));
      top++;
      if (pending) {
        depth++;
        maxDepth = Math.max(maxDepth, depth);
      }
      pending = false;
      pendingWhen = false;
    }

    void popBefore(int p) {
      while (top > 0 && p > closes[top - 1]) {
        top--;
        depth -= flags[top] & 1;
      }
    }

    boolean inWhen() {
      return top > 0 && (flags[top - 1] & 2) != 0;
    }
  }
}
