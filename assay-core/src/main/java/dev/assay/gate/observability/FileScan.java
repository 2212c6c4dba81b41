package dev.assay.gate.observability;

import dev.assay.api.ChangedLines;
import dev.assay.api.Finding;
import dev.assay.api.LineRange;
import dev.assay.api.Severity;
import dev.assay.gate.observability.ObservabilityRule.Level;
import dev.assay.lang.Language;
import dev.assay.lang.SourceScreen;
import dev.assay.lang.TokenStream;
import dev.assay.lang.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The observability rules on one file: a text prescreen for the words the rules look for (most
 * files contain none and are never tokenized), then the catch, print and handler scanners, keeping
 * findings that touch added lines. Stateless; thread-safe.
 */
final class FileScan {
  /** What one file yielded: findings, and a note when it could not be read in full. */
  record Outcome(List<Finding> findings, Optional<String> note, boolean tokenized) {}

  private static final Outcome NOTHING = new Outcome(List.of(), Optional.empty(), false);

  private FileScan() {}

  /**
   * Scans one file.
   *
   * @param scopes what applies to a file (rules on, test code, exempt-paths), asked only when
   *     the prescreen finds something
   */
  static Outcome scan(
      String path, Language lang, String text, ChangedLines added, Function<String, Scope> scopes) {
    char[] chars = text.toCharArray();
    // Which families could apply is known from the rule levels alone; the globs that say whether
    // this file is test code or may print cost more than the prescreen, so they come after it.
    int families = Prescreen.families(lang, chars, Prescreen.CATCHES | Prescreen.PRINTS
        | Prescreen.HANDLERS);
    if (families == 0) {
      return NOTHING;
    }
    Scope scope = scopes.apply(path);
    boolean catches = scope.catches() && (families & Prescreen.CATCHES) != 0;
    boolean prints = scope.prints() && (families & Prescreen.PRINTS) != 0;
    boolean handlers = scope.handlers() && (families & Prescreen.HANDLERS) != 0;
    if (!catches && !prints && !handlers) {
      return NOTHING;
    }
    Optional<String> skip = SourceScreen.skipReason(chars);
    if (skip.isPresent()) {
      return new Outcome(List.of(), Optional.of("Not analysed: " + path + " (" + skip.get() + ")."),
          false);
    }
    TokenStream tokens = Tokenizer.tokenize(lang, chars);
    Code code = new Code(tokens, chars);
    List<Finding> out = new ArrayList<>();
    if (catches) {
      CatchRules.check(path, code, added, scope, out);
    }
    if (prints) {
      prints(path, code, chars, added, scope, out);
    }
    if (handlers) {
      handlers(path, code, added, scope, out);
    }
    Optional<String> note =
        tokens.partial()
            ? Optional.of("Partially parsed: " + path + " (" + tokens.problems() + " unterminated"
                + " literal(s) or comment(s)); findings after the first one may be missed.")
            : Optional.empty();
    return new Outcome(out, note, true);
  }

  private static void prints(
      String path, Code code, char[] chars, ChangedLines added, Scope scope, List<Finding> out) {
    boolean debugOn = scope.on(ObservabilityRule.DEBUG_PRINT);
    boolean stackOn = scope.on(ObservabilityRule.PRINT_STACK_TRACE);
    boolean entry = PrintScanner.isEntryPoint(code, chars);
    for (PrintScanner.Print p : new PrintScanner(code).scan()) {
      if (!added.contains(p.line()) || lintAllowed(code, p.line())) {
        continue;
      }
      if (p.rule() == ObservabilityRule.PRINT_STACK_TRACE && stackOn && !entry) {
        out.add(finding(scope, p.rule(), path, p.line(), p.line(),
            "`" + p.call() + "` writes a stack trace to the console, outside the application's"
                + " logs (no level, no timestamp, no request context) and possibly where users"
                + " see it: log the exception with a message instead (`log.error(\"what failed\","
                + " e)`, `logger.exception(...)`).")
            .with("call", p.call()));
      } else if (p.rule() == ObservabilityRule.DEBUG_PRINT && debugOn && !entry) {
        out.add(finding(scope, p.rule(), path, p.line(), p.line(),
            "`" + p.call() + "` in production code: console output bypasses log levels,"
                + " formatting and routing, and is often debugging left behind. Use the"
                + " project's logger (`log.debug(...)`, `logger.info(...)`) or remove it.")
            .with("call", p.call()));
      }
    }
  }

  /**
   * A print the project's linter already allows on that line: {@code // eslint-disable-line
   * no-console}, flake8-print's {@code # noqa: T201}. The team decided; the gate does not re-ask.
   */
  private static boolean lintAllowed(Code code, int line) {
    String comment = code.commentOnLine(line);
    return comment.contains("no-console") || comment.contains("T201") || comment.contains("T203");
  }

  private static void handlers(
      String path, Code code, ChangedLines added, Scope scope, List<Finding> out) {
    for (HandlerScanner.Handler h : new HandlerScanner(code).scan()) {
      if (!added.contains(h.line())) {
        continue;
      }
      Signals.Facts body = scope.signals().scan(code, h.bodyStart(), h.bodyEnd(), null);
      Signals.Facts header = scope.signals().scan(code, h.headerStart(), h.bodyStart(), null);
      if (body.logs() || body.metrics() || header.metrics()) {
        continue;
      }
      String route = h.route().isEmpty() || h.name().contains(h.route()) ? "" : " (" + h.route() + ")";
      out.add(finding(scope, ObservabilityRule.HANDLER_WITHOUT_LOGGING, path, h.line(),
          code.endLine(Math.max(h.bodyStart(), Math.min(h.bodyEnd(), code.size - 1))),
          "HTTP handler `" + h.name() + "`" + route + " has no logging, metrics or tracing call:"
              + " when it fails or slows down in production nobody can tell which request did"
              + " what. Log the outcome (`log.info(...)`), or time and count it (`@Timed`, a"
              + " Micrometer/Prometheus metric, a tracing span).")
          .with("handler", h.name()));
    }
  }

  /** A finding of {@code rule} at the rule's configured level, with its CWE. */
  static Finding finding(
      Scope scope, ObservabilityRule rule, String path, int line, int endLine, String message) {
    Severity s = scope.level(rule) == Level.ERROR ? Severity.ERROR : Severity.WARNING;
    return Finding.at(ObservabilityRule.GATE, rule.id(), path, line, Math.max(line, endLine), s,
            message)
        .with("cwe", rule.cwe())
        .with("level", scope.level(rule).word());
  }

  /** True when any line from {@code first} to {@code last} is added. */
  static boolean touches(ChangedLines added, int first, int last) {
    for (LineRange r : added.ranges()) {
      if (r.start() <= last && r.end() >= first) {
        return true;
      }
    }
    return false;
  }
}
