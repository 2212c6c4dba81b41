package dev.assay.lang;

import dev.assay.lang.Language.Syntax;

/**
 * The single-pass state machine behind {@link Tokenizer}: one loop over a char array, no regular
 * expressions, no recursion (template and string-interpolation holes live on an explicit stack), so
 * hostile input (unterminated literals, 100,000 nested braces) costs linear time and never throws.
 * One instance per file; not thread-safe.
 */
final class Lexer {
  private static final boolean[][] KEYWORDS = new boolean[Language.values().length][];
  private static final int OPERATOR_COUNT = Symbols.OPERATORS.length;

  static {
    for (Language l : Language.values()) {
      KEYWORDS[l.ordinal()] = Symbols.set(l.keywordList());
    }
  }

  private final Language lang;
  private final boolean[] keywords;
  private final char[] b;
  private final int n;
  private final TokenStream.Builder out;
  private final StringScanner strings;
  private int pos;
  private int line = 1;
  private int braceDepth;
  private int[] holeBraces = new int[8];
  private int[] holeModes = new int[8];
  private int holes;
  private final Indentation indentation;

  Lexer(Language lang, char[] text) {
    this.lang = lang;
    this.keywords = KEYWORDS[lang.ordinal()];
    this.b = text;
    this.n = text.length;
    this.out = new TokenStream.Builder(n / 5);
    this.strings = new StringScanner(text);
    this.indentation = lang.indentationBlocks() ? new Indentation(text, out) : null;
  }

  TokenStream run() {
    while (pos < n) {
      char c = b[pos];
      if (c == '\n') {
        if (indentation != null) {
          indentation.endOfLine(pos, line);
        }
        line++;
        pos++;
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
        pos++;
      } else if (c == '\\' && indentation != null && continuesLine()) {
        indentation.continuation();
      } else {
        if (indentation != null && !isHashComment(c)) {
          indentation.beforeToken(pos, line);
        }
        token(c);
      }
    }
    if (holes > 0) {
      out.problems++;
    }
    if (indentation != null) {
      indentation.finish(n, line);
    }
    return new TokenStream(lang, b, out, line);
  }

  private boolean continuesLine() {
    int p = pos + 1;
    if (p < n && b[p] == '\r') {
      p++;
    }
    if (p < n && b[p] == '\n') {
      pos = p + 1;
      line++;
      return true;
    }
    return false;
  }

  private boolean isHashComment(char c) {
    return c == '#' && lang.has(Syntax.HASH_COMMENTS);
  }

  private void token(char c) {
    if (c == '/' && lang.has(Syntax.C_COMMENTS) && pos + 1 < n && (b[pos + 1] == '/')) {
      lineComment();
    } else if (c == '/' && lang.has(Syntax.C_COMMENTS) && pos + 1 < n && b[pos + 1] == '*') {
      blockComment();
    } else if (isHashComment(c) && !(lang == Language.PHP && pos + 1 < n && b[pos + 1] == '[')) {
      lineComment();
    } else if (c == '"' || c == '\'') {
      quoted(pos, pos);
    } else if (c == '`') {
      backtick();
    } else if (isIdentifierStart(c)) {
      word();
    } else if (c >= '0' && c <= '9' || c == '.' && pos + 1 < n && isDigit(b[pos + 1])) {
      number();
    } else if (c == '/' && lang.has(Syntax.REGEX_LITERALS) && regexAllowed() && regex()) {
      return;
    } else if (c == '<' && lang.has(Syntax.HEREDOC) && startsWith("<<<")) {
      emitScanned(TokenKind.STRING, pos, strings.heredoc(pos, line));
    } else {
      operator(c);
    }
  }

  private void lineComment() {
    int p = pos;
    while (p < n && b[p] != '\n') {
      p++;
    }
    emit(TokenKind.COMMENT, -1, pos, p);
  }

  private void blockComment() {
    int depth = 0;
    int p = pos;
    int startLine = line;
    int newLines = 0;
    while (p < n) {
      if (b[p] == '/' && p + 1 < n && b[p + 1] == '*') {
        depth = lang.has(Syntax.NESTED_COMMENTS) || depth == 0 ? depth + 1 : depth;
        p += 2;
      } else if (b[p] == '*' && p + 1 < n && b[p + 1] == '/') {
        p += 2;
        if (--depth == 0) {
          break;
        }
      } else {
        newLines += b[p] == '\n' ? 1 : 0;
        p++;
      }
    }
    if (depth > 0) {
      out.problems++;
    }
    out.add(TokenKind.COMMENT, -1, pos, p, startLine);
    line += newLines;
    pos = p;
  }

  /** A quoted literal starting at {@code quote} (its prefix, if any, starts at {@code start}). */
  private void quoted(int start, int quote) {
    int mode = StringScanner.modeFor(lang, b, start, quote);
    int open = StringScanner.openLength(mode);
    emitString(start, quote + open, mode);
  }

  private void backtick() {
    if (lang.has(Syntax.BACKTICK_TEMPLATES)) {
      emitString(pos, pos + 1, StringScanner.TEMPLATE);
    } else if (lang.has(Syntax.BACKTICK_RAW)) {
      emitString(pos, pos + 1, StringScanner.GO_RAW);
    } else {
      // Kotlin backticked identifiers (`is valid`), PHP shell execution: one token to the next `.
      int p = pos + 1;
      while (p < n && b[p] != '`' && b[p] != '\n') {
        p++;
      }
      emit(TokenKind.IDENTIFIER, -1, pos, Math.min(n, p + 1));
    }
  }

  /** Scans string content from {@code from}; emits it, and opens a hole if it stopped at one. */
  private void emitString(int start, int from, int mode) {
    long r = strings.scan(from, mode);
    int end = StringScanner.end(r);
    int newLines = StringScanner.newLines(r);
    int status = StringScanner.status(r);
    TokenKind kind = mode == StringScanner.TEMPLATE ? TokenKind.TEMPLATE : TokenKind.STRING;
    out.add(kind, -1, start, end, line);
    line += newLines;
    pos = end;
    if (status == StringScanner.UNTERMINATED) {
      out.problems++;
    } else if (status == StringScanner.HOLE) {
      pushHole(mode);
    }
  }

  private void emitScanned(TokenKind kind, int start, long r) {
    int end = StringScanner.end(r);
    out.add(kind, -1, start, end, line);
    line += StringScanner.newLines(r);
    if (StringScanner.status(r) == StringScanner.UNTERMINATED) {
      out.problems++;
    }
    pos = end;
  }

  private void pushHole(int mode) {
    if (holes == holeBraces.length) {
      holeBraces = java.util.Arrays.copyOf(holeBraces, holes * 2);
      holeModes = java.util.Arrays.copyOf(holeModes, holes * 2);
    }
    holeBraces[holes] = braceDepth;
    holeModes[holes] = mode;
    holes++;
  }

  private void word() {
    int p = pos + 1;
    while (p < n && isIdentifierPart(b[p])) {
      p++;
    }
    if (p < n && (b[p] == '"' || b[p] == '\'') && isStringPrefix(pos, p)) {
      quoted(pos, p);
      return;
    }
    int sym = Symbols.lookup(b, pos, p);
    boolean keyword = sym >= 0 && keywords[sym];
    emit(keyword ? TokenKind.KEYWORD : TokenKind.IDENTIFIER, sym, pos, p);
  }

  private boolean isStringPrefix(int s, int e) {
    String allowed =
        lang == Language.PYTHON ? "rRbBuUfF" : lang == Language.CSHARP ? "@$" : "";
    if (allowed.isEmpty() || e - s > 3) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if (allowed.indexOf(b[i]) < 0) {
        return false;
      }
    }
    return true;
  }

  private void number() {
    int p = pos + 1;
    boolean hex = b[pos] == '0' && p < n && (b[p] == 'x' || b[p] == 'X');
    while (p < n) {
      char c = b[p];
      if (isDigit(c) || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        p++;
      } else if (c == '.' && p + 1 < n && isDigit(b[p + 1])) {
        p++;
      } else if ((c == '+' || c == '-') && isExponent(b[p - 1], hex)) {
        p++;
      } else {
        break;
      }
    }
    emit(TokenKind.NUMBER, -1, pos, p);
  }

  private static boolean isExponent(char c, boolean hex) {
    return hex ? c == 'p' || c == 'P' : c == 'e' || c == 'E';
  }

  private boolean regexAllowed() {
    int i = out.size - 1;
    while (i >= 0 && out.kinds[i] == TokenKind.COMMENT.ordinal()) {
      i--;
    }
    if (i < 0) {
      return true;
    }
    TokenKind k = TokenKind.of(out.kinds[i]);
    return switch (k) {
      case IDENTIFIER, NUMBER, STRING, REGEX -> false;
      case TEMPLATE -> b[out.ends[i] - 1] == '{';
      case KEYWORD -> !isValueKeyword(out.symbols[i]);
      default -> !isValueEnd(out.symbols[i]);
    };
  }

  private static final int[] VALUE_KEYWORDS = {
    Symbols.id("this"), Symbols.id("super"), Symbols.id("true"), Symbols.id("false"),
    Symbols.id("null"), Symbols.id("undefined")
  };
  private static final int[] VALUE_ENDS = {
    Symbols.id(")"), Symbols.id("]"), Symbols.id("}"), Symbols.id("++"), Symbols.id("--")
  };

  private static boolean isValueKeyword(int sym) {
    return contains(VALUE_KEYWORDS, sym);
  }

  private static boolean isValueEnd(int sym) {
    return contains(VALUE_ENDS, sym);
  }

  private static boolean contains(int[] set, int v) {
    for (int s : set) {
      if (s == v) {
        return true;
      }
    }
    return false;
  }

  /** Scans a regular expression literal; false (nothing consumed) if it is not one. */
  private boolean regex() {
    int p = pos + 1;
    boolean inClass = false;
    while (p < n) {
      char c = b[p];
      if (c == '\n') {
        return false;
      } else if (c == '\\') {
        p += 2;
        continue;
      } else if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (c == '/' && !inClass) {
        break;
      }
      p++;
    }
    if (p >= n || p == pos + 1) {
      return false;
    }
    p++;
    while (p < n && isIdentifierPart(b[p])) {
      p++;
    }
    emit(TokenKind.REGEX, -1, pos, p);
    return true;
  }

  private void operator(char c) {
    if (c == '}' && holes > 0 && holeBraces[holes - 1] == braceDepth) {
      holes--;
      emitString(pos, pos + 1, holeModes[holes]);
      return;
    }
    int len = Math.min(4, n - pos);
    for (; len > 1; len--) {
      int sym = Symbols.lookup(b, pos, pos + len);
      if (sym >= 0 && sym < OPERATOR_COUNT && allowed(sym)) {
        emit(TokenKind.OPERATOR, sym, pos, pos + len);
        return;
      }
    }
    int sym = Symbols.lookup(b, pos, pos + 1);
    boolean punct = "()[]{},;".indexOf(c) >= 0;
    if (c == '{') {
      braceDepth++;
    } else if (c == '}') {
      braceDepth = Math.max(0, braceDepth - 1);
    }
    if (indentation != null && punct) {
      indentation.bracket(c);
    }
    emit(punct ? TokenKind.PUNCT : TokenKind.OPERATOR, sym, pos, pos + 1);
  }

  private static final int ARROW_LEFT = Symbols.id("<-");
  private static final int WALRUS = Symbols.id(":=");
  private static final int ELVIS = Symbols.id("?:");
  private static final int RANGE = Symbols.id("..");
  private static final int BANG_BANG = Symbols.id("!!");

  private boolean allowed(int sym) {
    if (sym == ARROW_LEFT) {
      return lang == Language.GO;
    } else if (sym == WALRUS) {
      return lang == Language.GO || lang == Language.PYTHON;
    } else if (sym == ELVIS) {
      return lang == Language.KOTLIN || lang == Language.PHP;
    } else if (sym == RANGE || sym == BANG_BANG) {
      return lang == Language.KOTLIN;
    }
    return true;
  }

  private boolean startsWith(String s) {
    if (pos + s.length() > n) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (b[pos + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void emit(TokenKind kind, int sym, int start, int end) {
    out.add(kind, sym, start, end, line);
    pos = end;
  }

  private boolean isIdentifierStart(char c) {
    if (c == '@') {
      return lang == Language.CSHARP;
    }
    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$') {
      return c != '$' || lang != Language.PYTHON && lang != Language.GO && !dollarHole();
    }
    return c >= 128 && Character.isJavaIdentifierStart(c);
  }

  /** A {@code $} directly before {@code {} is an operator, not the start of a name. */
  private boolean dollarHole() {
    return pos + 1 < n && b[pos + 1] == '{';
  }

  private static boolean isIdentifierPart(char c) {
    return c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9'
        || c == '_'
        || c == '$'
        || c >= 128 && Character.isJavaIdentifierPart(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
