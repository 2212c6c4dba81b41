package dev.assay.gate.observability;

import dev.assay.lang.Language;
import dev.assay.lang.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the error handlers of a file: {@code catch} clauses (Java, Kotlin, JavaScript, TypeScript,
 * C#, PHP), promise {@code .catch(...)} callbacks with a block body, Python {@code except} clauses,
 * and Go's {@code if err != nil {}} with an empty body. Works on local token patterns over {@link
 * Code}, so a clause in a string or a comment is never seen. Not thread-safe; one per file.
 */
final class CatchScanner {
  /**
   * One handler.
   *
   * @param line the line of {@code catch}/{@code except}/{@code if}
   * @param endLine the line of the body's end
   * @param open position before the body's first token ({@code {}, Python's {@code :})
   * @param close position after the body's last token ({@code }}, DEDENT or NEWLINE)
   * @param variable the caught variable, or empty when there is none
   * @param type the caught type as written, or empty
   * @param valued true when the handler's body is itself a value (a Kotlin {@code try} used as an
   *     expression), so its last expression is returned
   * @param promise true for a promise's {@code .catch(...)} callback
   * @param tryReturns true when the guarded block's last statement is a {@code return} (the
   *     try-first idiom, where the code after the whole statement is the recovery) or when the
   *     block throws on purpose (the handler is the target of its own jump)
   */
  record Clause(
      int line,
      int endLine,
      int open,
      int close,
      String variable,
      String type,
      boolean valued,
      boolean promise,
      boolean tryReturns) {}

  private final Code c;
  private final List<Clause> out = new ArrayList<>();

  CatchScanner(Code c) {
    this.c = c;
  }

  List<Clause> scan() {
    for (int p = 0; p < c.size; p++) {
      if (c.lang == Language.PYTHON) {
        if (c.is(p, "except") && c.kind(p) == TokenKind.KEYWORD) {
          except(p);
        }
      } else if (c.lang == Language.GO) {
        if (c.is(p, "if")) {
          goErrCheck(p);
        }
      } else if (c.is(p, "catch")) {
        if (c.is(p - 1, "}")) {
          clause(p);
        } else if (c.is(p - 1, ".") || c.is(p - 1, "?.")) {
          promise(p);
        }
      }
    }
    return out;
  }

  private void clause(int kw) {
    int p = kw + 1;
    String variable = "";
    String type = "";
    if (c.is(p, "(")) {
      int close = c.partner(p);
      if (close < 0) {
        return;
      }
      variable = variable(p + 1, close);
      type = type(p + 1, close, variable);
      p = close + 1;
    }
    if (c.is(p, "when") && c.is(p + 1, "(") && c.partner(p + 1) > 0) {
      p = c.partner(p + 1) + 1; // C# exception filter
    }
    if (!c.is(p, "{") || c.partner(p) < 0) {
      return;
    }
    int close = c.partner(p);
    boolean valued = c.lang == Language.KOTLIN && expressionTry(kw);
    out.add(new Clause(c.line(kw), c.endLine(close), p, close, variable, type, valued, false,
        tryReturns(kw)));
  }

  /** The caught variable's name in {@code (..)} between {@code from} and {@code to}. */
  private String variable(int from, int to) {
    if (from >= to) {
      return "";
    }
    if (c.is(from, "{") || c.is(from, "[")) {
      return "*"; // destructured: the parts are taken out, so the error is looked at
    }
    switch (c.lang) {
      case KOTLIN, JAVASCRIPT, TYPESCRIPT -> {
        return c.isIdentifier(from) ? c.text(from) : "";
      }
      default -> {
        // Java, C#, PHP: the last name, when a type precedes it ("catch (Exception)" has none)
        int last = to - 1;
        return last > from && c.isIdentifier(last) && !c.is(last - 1, ".") ? c.text(last) : "";
      }
    }
  }

  private String type(int from, int to, String variable) {
    StringBuilder sb = new StringBuilder();
    for (int p = from; p < to; p++) {
      if (c.kind(p) == TokenKind.IDENTIFIER && !c.is(p, variable) || c.is(p, "|") || c.is(p, ".")) {
        sb.append(c.is(p, "|") ? " | " : c.text(p));
      }
    }
    return sb.toString();
  }

  /**
   * Whether the guarded block of the {@code try} this handler belongs to ends with a {@code
   * return} (brace languages and Python): {@code try { return parse(s); } catch (E e) { } return
   * fallback;}. Earlier handlers of the same statement are stepped over.
   */
  private boolean tryReturns(int kw) {
    int p = kw - 1;
    for (int guard = 0; guard < 64; guard++) {
      int open = c.partner(p);
      if (open < 1 || open >= p) {
        return false;
      }
      boolean python = c.kind(p) == TokenKind.DEDENT;
      int head = python ? open - 2 : open - 1; // Python: try : NEWLINE INDENT
      if (python ? c.is(head, ":") && c.is(head - 1, "try")
          : c.is(head, "try") || c.is(head, ")") && c.partner(head) > 0
              && c.is(c.partner(head) - 1, "try")) {
        return lastStatementReturns(open, p) || throwsItself(open, p);
      }
      int handler = python ? handlerStart(head) : earlierCatch(head);
      if (handler < 0) {
        return false;
      }
      p = handler - 1;
    }
    return false;
  }

  /** The {@code catch} keyword of a handler whose block opens after {@code head}, or -1. */
  private int earlierCatch(int head) {
    if (c.is(head, ")") && c.partner(head) > 0 && c.is(c.partner(head) - 1, "catch")) {
      return c.partner(head) - 1;
    }
    return c.is(head, "catch") ? head : -1;
  }

  /** Python: the {@code except} keyword starting the logical line that ends at {@code colon}. */
  private int handlerStart(int colon) {
    int q = colon;
    while (q > 0 && c.kind(q - 1) != TokenKind.NEWLINE && c.kind(q - 1) != TokenKind.DEDENT
        && c.kind(q - 1) != TokenKind.INDENT) {
      q--;
    }
    return c.is(q, "except") ? q : -1;
  }

  /** The guarded block throws on purpose ({@code throw EARLY_EXIT;}): the handler is its target. */
  private boolean throwsItself(int open, int close) {
    for (int q = open + 1; q < close; q++) {
      if (c.is(q, "throw") || c.is(q, "raise")) {
        return true;
      }
    }
    return false;
  }

  private boolean lastStatementReturns(int open, int close) {
    boolean returns = false;
    boolean start = true;
    for (int q = open + 1; q < close; q++) {
      if (start && c.kind(q) != TokenKind.NEWLINE) {
        returns = c.is(q, "return");
        start = false;
      }
      if (c.is(q, ";") || c.is(q, "}") || c.kind(q) == TokenKind.NEWLINE
          || c.kind(q) == TokenKind.DEDENT) {
        start = true;
      }
      int m = c.partner(q);
      if (m > q) {
        q = m - 1; // a nested block or bracket belongs to the statement that holds it
      }
    }
    return returns;
  }

  /** Kotlin: whether the {@code try} this catch belongs to is used as a value. */
  private boolean expressionTry(int kw) {
    int p = kw - 1;
    for (int guard = 0; guard < 64 && c.is(p, "}"); guard++) {
      int open = c.partner(p);
      if (open < 1) {
        return false;
      }
      int before = open - 1;
      if (c.is(before, "try")) {
        int q = before - 1;
        return c.is(q, "=") || c.is(q, "return") || c.is(q, "(") || c.is(q, ",")
            || c.is(q, "?:") || c.is(q, "->") || c.is(q, ":") || c.is(q, "{") && q > 0 && c.is(q - 1, "->");
      }
      if (c.is(before, ")") && c.partner(before) > 0 && c.is(c.partner(before) - 1, "catch")) {
        p = c.partner(before) - 2; // an earlier catch of the same try
      } else {
        return false;
      }
    }
    return false;
  }

  /** {@code .catch(function (e) {...})}, {@code .catch((e) => {...})}, {@code .catch(e => {...})}. */
  private void promise(int kw) {
    int open = kw + 1;
    if (!c.is(open, "(") || c.partner(open) < 0) {
      return;
    }
    int p = open + 1;
    if (c.is(p, "async")) {
      p++;
    }
    String variable = "";
    boolean noop = false;
    if (c.is(p, "function")) {
      p++;
      if (c.isIdentifier(p)) {
        String fn = c.text(p).toLowerCase(java.util.Locale.ROOT);
        noop = fn.contains("noop") || fn.contains("ignore");
        p++;
      }
    }
    if (c.is(p, "(") && c.partner(p) > 0) {
      variable = variable(p + 1, c.partner(p));
      p = c.partner(p) + 1;
      if (c.is(p, ":")) {
        return; // a typed arrow's return type: too rare to follow
      }
    } else if (c.isIdentifier(p)) {
      variable = c.text(p);
      p++;
    } else {
      return;
    }
    if (c.is(p, "=>")) {
      p++;
    }
    if (!c.is(p, "{") || c.partner(p) < 0 || c.partner(p) >= c.partner(open)) {
      return; // an expression body returns its value; a named handler is looked at where it is
    }
    // A handler named for what it does (function $modelInitNoop() {}) says it is deliberate.
    out.add(new Clause(c.line(kw), c.endLine(c.partner(p)), p, c.partner(p),
        noop ? "ignored" : variable, "", false, true, false));
  }

  private void except(int kw) {
    int p = kw + 1;
    int typeStart = p;
    int typeEnd = p;
    String variable = "";
    while (p < c.size && !c.is(p, ":") && c.kind(p) != TokenKind.NEWLINE) {
      if (c.is(p, "as") && c.isName(p + 1)) {
        typeEnd = p;
        variable = c.text(p + 1);
      }
      int partner = c.partner(p);
      p = partner > p ? partner + 1 : p + 1;
    }
    if (!c.is(p, ":")) {
      return;
    }
    if (variable.isEmpty()) {
      typeEnd = p;
    }
    String type = typeEnd > typeStart ? typeText(typeStart, typeEnd) : "";
    int colon = p;
    if (colon + 2 < c.size
        && c.kind(colon + 1) == TokenKind.NEWLINE
        && c.kind(colon + 2) == TokenKind.INDENT
        && c.partner(colon + 2) > 0) {
      int dedent = c.partner(colon + 2);
      out.add(new Clause(c.line(kw), lastLine(dedent), colon + 2, dedent, variable, type, false,
          false, tryReturns(kw)));
      return;
    }
    int end = colon + 1;
    while (end < c.size && c.kind(end) != TokenKind.NEWLINE) {
      end++;
    }
    out.add(new Clause(c.line(kw), c.line(Math.min(end, c.size - 1)), colon, end, variable, type,
        false, false, tryReturns(kw)));
  }

  private String typeText(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int p = from; p < to; p++) {
      if (!c.is(p, "(") && !c.is(p, ")")) {
        sb.append(c.text(p));
      }
    }
    return sb.toString();
  }

  /** The last line of a Python block: that of the last significant token before its DEDENT. */
  private int lastLine(int dedent) {
    int p = dedent - 1;
    while (p > 0 && (c.kind(p) == TokenKind.NEWLINE || c.kind(p) == TokenKind.DEDENT)) {
      p--;
    }
    return c.endLine(p);
  }

  /** Go: {@code if err != nil { }}, where an empty body drops the error on the floor. */
  private void goErrCheck(int kw) {
    int p = kw + 1;
    if (!c.isIdentifier(p) || !c.is(p + 1, "!=") || !c.is(p + 2, "nil") || !c.is(p + 3, "{")) {
      return;
    }
    String name = c.text(p);
    if (!name.equals("err") && !name.endsWith("Err") && !name.endsWith("Error")) {
      return;
    }
    int open = p + 3;
    int close = c.partner(open);
    if (close == open + 1) {
      out.add(new Clause(c.line(kw), c.endLine(close), open, close, name, "error", false, false,
          false));
    }
  }
}
