package dev.assay.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds function boundaries in a {@link Structure} the way lizard and the CPD tokenizers do: by
 * local token patterns rather than a grammar. A function is a declaration keyword ({@code def},
 * {@code fun}, {@code func}, {@code function}), a name followed by a parameter list and a body
 * (Java, C#, JavaScript/TypeScript methods), or a block-bodied arrow function.
 */
final class FunctionFinder {
  private static final int DEF = Symbols.id("def");
  private static final int FUN = Symbols.id("fun");
  private static final int FUNC = Symbols.id("func");
  private static final int FUNCTION = Symbols.id("function");
  private static final int ARROW = Symbols.id("=>");
  private static final int ASSIGN = Symbols.id("=");
  private static final int SEMI = Symbols.id(";");
  private static final int COLON = Symbols.id(":");
  private static final int LT = Symbols.id("<");
  private static final int GT = Symbols.id(">");
  private static final int ASYNC = Symbols.id("async");
  private static final int WHEN = Symbols.id("when");
  private static final int RECORD = Symbols.id("record");
  private static final boolean[] AFTER_PARAMS =
      Symbols.set(
          "throws", "where", "base", "this", "class", "struct", "new", "void", "null",
          "undefined", "in", "out", "readonly", "use", "static", "array", "callable", "map",
          "chan", "func", "interface");
  private static final boolean[] NOT_BEFORE_NAME =
      Symbols.set(
          "new", "return", "throw", "else", "case", "await", "yield", "typeof", "in", "of",
          "instanceof", "delete", "extends", "implements", "function", "class", "struct",
          "interface", "record", "do", "=", ".", "?.", "::", "(", "[", "!", "&&", "||", "+", "-",
          "@", ":", "=>", "->", "+=", "-=", "==", "!=");

  /** A function found: positions in the structure's significant tokens. */
  record Found(int name, int header, int params, int bodyOpen, int bodyClose) {}

  private final Structure s;
  private final Language lang;
  private final List<Found> found = new ArrayList<>();

  FunctionFinder(Structure s) {
    this.s = s;
    this.lang = s.tokens.language();
  }

  List<Found> find() {
    for (int p = 0; p < s.size; p++) {
      int sym = s.sym[p];
      boolean keyword = s.kindAt(p) == TokenKind.KEYWORD;
      if (lang == Language.PYTHON) {
        if (sym == DEF && keyword) {
          python(p);
        }
      } else if (keyword && (sym == FUN || sym == FUNC || sym == FUNCTION)) {
        declared(p);
      } else if (sym == Structure.OPEN_PAREN && namedByIdentifier()) {
        method(p);
      } else if (sym == ARROW && arrowsAreFunctions() && s.is(p + 1, Structure.OPEN_BRACE)) {
        arrow(p);
      }
    }
    return found;
  }

  private boolean namedByIdentifier() {
    return lang == Language.JAVA
        || lang == Language.CSHARP
        || lang == Language.JAVASCRIPT
        || lang == Language.TYPESCRIPT;
  }

  private boolean arrowsAreFunctions() {
    return lang == Language.JAVASCRIPT || lang == Language.TYPESCRIPT;
  }

  private void python(int def) {
    int name = s.kindAt(def + 1) == TokenKind.IDENTIFIER ? def + 1 : -1;
    int params = def + 2;
    if (name < 0 || !s.is(params, Structure.OPEN_PAREN) || s.match[params] < 0) {
      return;
    }
    int p = s.match[params] + 1;
    while (p < s.size && s.sym[p] != COLON && s.kindAt(p) != TokenKind.NEWLINE) {
      p = s.match[p] > p ? s.match[p] + 1 : p + 1;
    }
    if (p >= s.size || s.sym[p] != COLON) {
      return;
    }
    if (p + 2 < s.size
        && s.kindAt(p + 1) == TokenKind.NEWLINE
        && s.kindAt(p + 2) == TokenKind.INDENT) {
      found.add(new Found(name, def, params, p + 2, s.close(p + 2)));
    } else {
      int end = p;
      while (end + 1 < s.size && s.kindAt(end + 1) != TokenKind.NEWLINE) {
        end++;
      }
      found.add(new Found(name, def, params, p, Math.min(s.size - 1, end + 1)));
    }
  }

  /** {@code fun}, {@code func}, {@code function}: find the parameter list, then the body. */
  private void declared(int kw) {
    int p = kw + 1;
    int limit = Math.min(s.size, kw + 24);
    int angle = 0;
    while (p < limit) {
      int sym = s.sym[p];
      if (sym == LT) {
        angle++;
      } else if (sym == GT) {
        angle--;
      } else if (sym == Structure.OPEN_PAREN && angle <= 0) {
        if (lang == Language.GO && p == kw + 1 && isGoReceiver(p)) {
          p = s.match[p] + 1;
          continue;
        }
        break;
      }
      p++;
    }
    if (p >= limit || s.match[p] < 0) {
      return;
    }
    int name = nameBefore(p, kw);
    int open = bodyAfter(s.match[p] + 1);
    if (open >= 0 && s.sym[open] == Structure.OPEN_BRACE) {
      found.add(new Found(name, kw, p, open, s.close(open)));
    } else if (open >= 0 && s.sym[open] == ASSIGN && lang == Language.KOTLIN) {
      found.add(new Found(name, kw, p, open, expressionEnd(open)));
    }
  }

  private boolean isGoReceiver(int paren) {
    int after = s.match[paren] + 1;
    return s.match[paren] > 0
        && after + 1 < s.size
        && s.kindAt(after) == TokenKind.IDENTIFIER
        && (s.is(after + 1, Structure.OPEN_PAREN) || s.is(after + 1, Structure.OPEN_BRACKET));
  }

  private int nameBefore(int params, int floor) {
    int q = params - 1;
    if (s.is(q, Structure.CLOSE_BRACKET) && s.match[q] > floor) {
      q = s.match[q] - 1; // Go type parameters: func Map[K any](...)
    }
    return q > floor && s.kindAt(q) == TokenKind.IDENTIFIER ? q : -1;
  }

  /** An identifier, a parameter list, then a body: a method or constructor declaration. */
  private void method(int paren) {
    int name = paren - 1;
    if (name < 0 || s.kindAt(name) != TokenKind.IDENTIFIER || s.match[paren] < 0) {
      return;
    }
    if (lang == Language.CSHARP && s.sym[name] == WHEN) {
      return; // catch (E e) when (filter) { ... }
    }
    int before = name - 1;
    if (before >= 0 && s.sym[before] >= 0 && NOT_BEFORE_NAME[s.sym[before]]) {
      return;
    }
    if (before >= 0 && s.kindAt(before).isLiteral()) {
      return;
    }
    int open = bodyAfter(s.match[paren] + 1);
    if (open >= 0 && s.sym[open] == Structure.OPEN_BRACE) {
      found.add(new Found(name, name, paren, open, s.close(open)));
    }
  }

  private void arrow(int arrow) {
    int prev = arrow - 1;
    int params = -1;
    int header = prev;
    if (s.is(prev, Structure.CLOSE_PAREN) && s.match[prev] >= 0) {
      params = s.match[prev];
      header = params;
    } else if (prev >= 3 && s.sym[prev - 1] == COLON && s.is(prev - 2, Structure.CLOSE_PAREN)) {
      params = s.match[prev - 2];
      header = params;
    }
    if (header < 0) {
      return;
    }
    int q = header - 1;
    if (q >= 0 && s.sym[q] == ASYNC) {
      q--;
    }
    int name = -1;
    if (q >= 1 && (s.sym[q] == ASSIGN || s.sym[q] == COLON)) {
      name = s.kindAt(q - 1) == TokenKind.IDENTIFIER ? q - 1 : -1;
    }
    found.add(new Found(name, header, params, arrow + 1, s.close(arrow + 1)));
  }

  /**
   * Position of what follows a parameter list: the body's opening brace, or the token that shows
   * there is no body (a semicolon, an assignment for an expression body, a statement keyword).
   * Return types, throws clauses and constraints in between are skipped. -1 when nothing decides.
   */
  private int bodyAfter(int from) {
    int limit = Math.min(s.size, from + 64);
    for (int p = from; p < limit; p++) {
      int sym = s.sym[p];
      if (sym == Structure.OPEN_BRACE || sym == SEMI || sym == ASSIGN || sym == ARROW) {
        return p;
      }
      if ((sym == Structure.OPEN_PAREN || sym == Structure.OPEN_BRACKET) && s.match[p] > p) {
        p = s.match[p];
        continue;
      }
      TokenKind k = s.kindAt(p);
      if (sym == Structure.CLOSE_BRACE
          || sym == Structure.CLOSE_PAREN
          || k.isLiteral()
          || k == TokenKind.KEYWORD && !AFTER_PARAMS[sym]
          || k == TokenKind.IDENTIFIER && p > from && s.line[p] > s.line[p - 1] && endsType(p - 1)) {
        return p;
      }
    }
    return -1;
  }

  private boolean endsType(int p) {
    TokenKind k = s.kindAt(p);
    return k == TokenKind.IDENTIFIER
        || k == TokenKind.KEYWORD
        || s.sym[p] == Structure.CLOSE_PAREN
        || s.sym[p] == GT
        || s.sym[p] == Structure.CLOSE_BRACKET;
  }

  /** The last token of a Kotlin expression body: where a new line starts a new statement. */
  private int expressionEnd(int assign) {
    int p = assign + 1;
    while (p + 1 < s.size) {
      if (s.match[p] > p) {
        p = s.match[p];
      }
      if (p + 1 >= s.size) {
        break;
      }
      boolean newLine = s.line[p + 1] > s.line[p];
      boolean continues =
          s.kindAt(p) == TokenKind.OPERATOR || s.kindAt(p + 1) == TokenKind.OPERATOR;
      if (newLine && !continues || s.sym[p + 1] == Structure.CLOSE_BRACE) {
        break;
      }
      p++;
    }
    return Math.min(p, s.size - 1);
  }
}
