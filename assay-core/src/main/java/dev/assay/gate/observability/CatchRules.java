package dev.assay.gate.observability;

import dev.assay.api.ChangedLines;
import dev.assay.api.Finding;
import dev.assay.lang.Language;
import dev.assay.lang.TokenKind;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The two catch rules on one file's handlers. An empty handler is intentional, and not reported,
 * when a comment inside it says why (as SonarQube treats a commented block; a lone TODO or an IDE's
 * "Auto-generated catch block" says nothing) or when its variable is named {@code ignored}, {@code
 * expected} or {@code _} (PMD's and IntelliJ's convention). Python's optional-import idiom ({@code
 * except ImportError}) is never reported.
 */
final class CatchRules {
  private static final Pattern NO_REASON =
      Pattern.compile(
          "(?is)\\s*(todo|fixme|xxx)\\b.*|.*auto-generated catch block.*|\\s*");
  private static final Pattern COMMENT_MARKS = Pattern.compile("(?m)^\\s*(//+|/\\*+|\\*+/?|#+)|\\*+/\\s*$");

  private static final java.util.Set<String> BROAD =
      java.util.Set.of("Exception", "Throwable", "RuntimeException", "Error", "BaseException",
          "SystemException");

  private CatchRules() {}

  static void check(String path, Code c, ChangedLines added, Scope scope, List<Finding> out) {
    for (CatchScanner.Clause k : new CatchScanner(c).scan()) {
      if (!FileScan.touches(added, k.line(), k.endLine()) || optionalImport(c, k)) {
        continue;
      }
      boolean empty = isEmpty(c, k);
      if (empty) {
        if (scope.on(ObservabilityRule.EMPTY_CATCH) && !ignoredName(k.variable())
            && !k.tryReturns() && !explained(c, k)) {
          out.add(FileScan.finding(scope, ObservabilityRule.EMPTY_CATCH, path, k.line(),
              k.endLine(), emptyMessage(c, k)).with("caught", caught(k)));
        }
        continue;
      }
      if (!scope.on(ObservabilityRule.SWALLOWED_EXCEPTION) || ignoredName(k.variable())
          || k.valued() || "*".equals(k.variable()) || !broad(c.lang, k.type())
          || explained(c, k)) {
        continue;
      }
      Signals.Facts f = scope.signals().scan(c, k.open() + 1, k.close(), k.variable());
      if (!f.handles()) {
        out.add(FileScan.finding(scope, ObservabilityRule.SWALLOWED_EXCEPTION, path, k.line(),
            k.endLine(), swallowedMessage(c, k)).with("caught", caught(k)));
      }
    }
  }

  /** No statement in the body; Python's {@code pass} and {@code ...} are no statement. */
  static boolean isEmpty(Code c, CatchScanner.Clause k) {
    for (int p = k.open() + 1; p < k.close(); p++) {
      TokenKind kind = c.kind(p);
      if (kind == TokenKind.NEWLINE || kind == TokenKind.INDENT || kind == TokenKind.DEDENT
          || c.is(p, ";")) {
        continue;
      }
      if (c.lang == Language.PYTHON && (c.is(p, "pass") || c.is(p, "..."))) {
        continue;
      }
      return false;
    }
    return true;
  }

  /**
   * A comment in the handler (Python: from the colon on), or right after its closing brace on the
   * same line, that gives a reason; or a {@code @SuppressWarnings} on the caught variable.
   */
  static boolean explained(Code c, CatchScanner.Clause k) {
    int from = c.kind(k.open()) == TokenKind.INDENT ? k.open() - 2 : k.open();
    int to = Math.min(k.close(), c.size - 1);
    if (from < 0) {
      return false;
    }
    StringBuilder comments = new StringBuilder();
    if (c.commentBetween(from, to)) {
      comments.append(c.commentsBetween(from, to));
    }
    if (c.is(k.close(), "}")) {
      comments.append(c.trailingComment(k.close()));
    }
    if (suppressed(c, from) || lintAllowsEmpty(c, k)) {
      return true;
    }
    if (k.promise() && k.line() > 1) {
      comments.append(c.commentOnLine(k.line() - 1)); // "// errors are handled by the caller"
    }
    if (comments.length() == 0) {
      return false;
    }
    String words = COMMENT_MARKS.matcher(comments).replaceAll(" ");
    return !NO_REASON.matcher(words).matches();
  }

  /**
   * The project's linter was told this empty block is fine: ESLint's {@code no-empty} disabled on
   * the handler's line or the line before it.
   */
  private static boolean lintAllowsEmpty(Code c, CatchScanner.Clause k) {
    String near = c.commentOnLine(k.line()) + (k.line() > 1 ? c.commentOnLine(k.line() - 1) : "");
    return near.contains("no-empty");
  }

  /** {@code catch (@SuppressWarnings("unused") Exception e)}: marked as deliberately unused. */
  private static boolean suppressed(Code c, int open) {
    if (!c.is(open - 1, ")") || c.partner(open - 1) < 0) {
      return false;
    }
    for (int p = c.partner(open - 1) + 1; p < open - 1; p++) {
      if (c.is(p, "@") && c.is(p + 1, "SuppressWarnings")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A catch-all: {@code Exception}, {@code Throwable}, {@code RuntimeException}, {@code Error},
   * Python's bare {@code except} and {@code BaseException}, and every JavaScript/TypeScript catch
   * (untyped). Catching a specific type means the failure was anticipated and the handler is its
   * recovery (a retry, a fallback), which the empty-catch rule still checks when it is empty.
   */
  static boolean broad(Language lang, String type) {
    if (lang == Language.JAVASCRIPT || lang == Language.TYPESCRIPT || type.isEmpty()) {
      return true;
    }
    for (String alternative : type.split("[|,]")) {
      String t = alternative.strip();
      int dot = t.lastIndexOf('.');
      t = t.substring(dot + 1).replace("\\", "");
      if (BROAD.contains(t)) {
        return true;
      }
    }
    return false;
  }

  static boolean ignoredName(String variable) {
    String v = variable.startsWith("$") ? variable.substring(1) : variable;
    String lower = v.toLowerCase(Locale.ROOT);
    return !v.isEmpty() && (v.chars().allMatch(ch -> ch == '_')
        || lower.startsWith("ignore") || lower.startsWith("expected") || lower.equals("unused"));
  }

  /**
   * The optional-dependency idiom: Python's {@code except ImportError}, and JavaScript's {@code try
   * { x = require('native-x') } catch { x = require('x') }} (a guarded block that only loads a
   * module).
   */
  private static boolean optionalImport(Code c, CatchScanner.Clause k) {
    if (c.lang == Language.PYTHON) {
      return k.type().contains("ImportError") || k.type().contains("ModuleNotFoundError");
    }
    if ((c.lang != Language.JAVASCRIPT && c.lang != Language.TYPESCRIPT) || k.promise()) {
      return false;
    }
    int kw = c.is(k.open() - 1, ")") ? c.partner(k.open() - 1) - 1 : k.open() - 1;
    int tryClose = kw - 1;
    int tryOpen = c.partner(tryClose);
    if (!c.is(kw, "catch") || !c.is(tryClose, "}") || tryOpen < 0 || !c.is(tryOpen - 1, "try")) {
      return false;
    }
    boolean loads = false;
    for (int p = tryOpen + 1; p < tryClose; p++) {
      if ((c.is(p, "require") || c.is(p, "import")) && c.is(p + 1, "(")) {
        loads = true;
        p = Math.max(p, c.partner(p + 1));
      } else if (!c.isName(p) && !c.is(p, "=") && !c.is(p, ";") && !c.is(p, ".")) {
        return false; // the block does more than load a module
      }
    }
    return loads;
  }

  /** How the handler reads in its language, for messages. */
  private static String caught(CatchScanner.Clause k) {
    return k.type().isEmpty() ? "(any)" : k.type();
  }

  private static String form(Code c, CatchScanner.Clause k) {
    String v = k.variable().isEmpty() || "*".equals(k.variable()) ? "" : k.variable();
    return switch (c.lang) {
      case PYTHON -> "`except" + (k.type().isEmpty() ? "" : " " + k.type())
          + (v.isEmpty() ? "" : " as " + v) + "`";
      case GO -> "`if " + v + " != nil {}`";
      default -> {
        String inner = k.type().isEmpty() ? v : v.isEmpty() ? k.type() : k.type() + " " + v;
        if (c.lang == Language.KOTLIN && !v.isEmpty() && !k.type().isEmpty()) {
          inner = v + ": " + k.type();
        }
        yield "`catch" + (inner.isEmpty() ? "" : " (" + inner + ")") + "`";
      }
    };
  }

  private static String emptyMessage(Code c, CatchScanner.Clause k) {
    return "empty " + form(c, k) + " block: the error disappears without a trace, and the code"
        + " after it runs as if nothing failed. Log it with context (`log.warn(\"what failed\","
        + " e)`), rethrow it wrapped (`throw new ...Exception(\"...\", e)`), or, if ignoring it"
        + " is deliberate, say why in a comment inside the block or name the variable `ignored`.";
  }

  private static String swallowedMessage(Code c, CatchScanner.Clause k) {
    String v = k.variable().isEmpty() ? "the error" : "`" + k.variable() + "`";
    return form(c, k) + " neither logs, rethrows, returns a value nor passes on " + v + ": the"
        + " failure is hidden from callers and from whoever operates the code. Log it with the"
        + " exception (`log.warn(\"what failed\", e)`), rethrow it wrapped, or return an error"
        + " value (`Optional.empty()`, an error result).";
  }
}
