package dev.assay.gate.observability;

import dev.assay.lang.Language;
import dev.assay.lang.TokenKind;
import java.util.Locale;
import java.util.Set;

/**
 * What a run of code does with an error: logs it (a logger, {@code console}, an error reporter
 * such as Sentry), reports it another way (a stack trace or a print, which the print rules judge),
 * rethrows, returns a value, uses the caught variable, or records metrics or traces. Logger names
 * are recognised by shape ({@code log}, {@code LOG}, {@code logger}, {@code auditLog}, {@code
 * _logger}, {@code logging}, {@code slog}) plus the configured names; {@code catalog} or {@code
 * dialog} are not loggers. Stateless apart from the configured names; thread-safe.
 */
final class Signals {
  private static final Set<String> LOGGERS =
      Set.of(
          "log", "logger", "logging", "logs", "slog", "klog", "glog", "zap", "zerolog", "logrus",
          "winston", "pino", "bunyan", "log4js", "log4j", "timber", "console", "sentry", "raven",
          "bugsnag", "rollbar", "airbrake", "honeybadger", "syslog", "loglevel", "tracing",
          "trace", "debug");
  private static final Set<String> LEVEL_METHODS =
      Set.of(
          "error", "warn", "warning", "severe", "fatal", "exception", "critical", "log", "errorf",
          "warnf", "warningf", "fatalf", "errorw", "warnw", "errorln", "warnln", "captureexception",
          "capturemessage", "notifyerror", "reporterror", "logerror", "logexception", "logwarning",
          "print_exc", "print_exception", "format_exc", "printstacktrace", "exc_info");
  /** Console writes: they leave a trace (the print rules judge them separately). */
  private static final Set<String> PRINTS =
      Set.of("println", "print", "printf", "Println", "Printf", "Print", "Fprintln", "Fprintf",
          "WriteLine", "error_log", "var_dump", "print_r", "trigger_error", "pprint");
  private static final Set<String> METRIC_WORDS =
      Set.of(
          "metric", "meter", "counter", "timer", "histogram", "gauge", "tracer", "span", "prometheus",
          "promauto", "statsd", "telemetry", "otel", "opentelemetry", "micrometer", "observation",
          "datadog", "newrelic", "instrument", "audit", "timed", "counted", "observed", "traced",
          "metered");
  /** Methods of metric instruments: {@code requestsTotal.Inc()}, {@code timer.record(...)}. */
  private static final Set<String> METRIC_METHODS =
      Set.of("inc", "observe", "increment", "record", "recordvalue", "startspan", "addevent");

  private final Set<String> extraLoggers;

  Signals(Set<String> extraLoggers) {
    this.extraLoggers = Set.copyOf(extraLoggers);
  }

  /** Facts about significant tokens {@code [from, to)}. */
  record Facts(
      boolean logs,
      boolean rethrows,
      boolean returnsValue,
      boolean usesVariable,
      boolean metrics,
      boolean interrupts) {

    /** True when the error leaves a trace or reaches a caller. */
    boolean handles() {
      return logs || rethrows || returnsValue || usesVariable || interrupts;
    }
  }

  Facts scan(Code c, int from, int to, String variable) {
    boolean logs = false;
    boolean rethrows = false;
    boolean returns = false;
    boolean uses = false;
    boolean metrics = false;
    boolean interrupts = false;
    for (int p = from; p < to; p++) {
      TokenKind k = c.kind(p);
      if (k != TokenKind.IDENTIFIER && k != TokenKind.KEYWORD) {
        continue;
      }
      if (c.is(p, "throw") || c.is(p, "raise") || c.is(p, "panic") && c.lang == Language.GO
          || c.is(p, "assert") || errorStatus(c, p)) {
        rethrows = true;
      } else if (c.is(p, "return") || c.is(p, "yield")) {
        returns |= returnsValue(c, p, to);
      } else if (variable != null && !variable.isEmpty() && c.is(p, variable) && !member(c, p)) {
        uses = true;
      } else if (c.is(p, "interrupt") && c.is(p - 1, ".")) {
        interrupts = true;
      } else if (c.is(p, "new") && c.isName(p + 1) && errorLike(c.text(p + 1))) {
        rethrows = true; // a new error built here goes somewhere: a future, a result, a list
      } else {
        String name = c.text(p);
        if (isCall(c, p) && (isLoggerName(name) || isLevelCall(c, p, name))
            || c.is(p + 1, "(") && PRINTS.contains(name)) {
          logs = true;
        } else if (c.is(p + 1, "(") && errorLike(name)) {
          rethrows = true; // reject(...), onError(...), lockFailure(...), fail(...)
        } else if (isMetric(name) || c.is(p - 1, ".") && c.is(p + 1, "(")
            && METRIC_METHODS.contains(name.toLowerCase(Locale.ROOT))) {
          metrics = true;
        }
      }
    }
    return new Facts(logs, rethrows, returns, uses, metrics, interrupts);
  }

  /** A name followed by a call or a member access: {@code log.warn}, {@code logError(}. */
  private static boolean isCall(Code c, int p) {
    return c.is(p + 1, "(") || c.is(p + 1, ".") || c.is(p + 1, "?.") || c.is(p + 1, "->")
        || c.is(p + 1, "::") || c.is(p + 1, "!!");
  }

  /** A level-named method called on something: {@code getLog().error(}, {@code self.log.exception(}. */
  private static boolean isLevelCall(Code c, int p, String name) {
    boolean member = c.is(p - 1, ".") || c.is(p - 1, "?.") || c.is(p - 1, "->");
    return (member || startsLog(name)) && c.is(p + 1, "(")
        && LEVEL_METHODS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** True for a field or method access {@code x.e} rather than the variable {@code e} itself. */
  private static boolean member(Code c, int p) {
    return c.is(p - 1, ".") || c.is(p - 1, "->") || c.is(p - 1, "?.");
  }

  private static boolean returnsValue(Code c, int p, int to) {
    int next = p + 1;
    if (next >= to) {
      return false;
    }
    TokenKind k = c.kind(next);
    if (k == TokenKind.NEWLINE || k == TokenKind.DEDENT) {
      return false;
    }
    boolean asi = c.lang == Language.KOTLIN || c.lang == Language.JAVASCRIPT
        || c.lang == Language.TYPESCRIPT || c.lang == Language.GO;
    return !c.is(next, ";") && !c.is(next, "}") && !(asi && c.line(next) > c.line(p));
  }

  /** A name that says it carries or reports a failure: an error type or an error callback. */
  static boolean errorLike(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.contains("error") || lower.contains("exception") || lower.contains("fail")
        || lower.contains("reject") || lower.contains("abort") || lower.contains("fault")
        || lower.startsWith("err") || lower.contains("_err") || name.contains("Err");
  }

  /** An HTTP error status set for the caller: {@code res.status(500)}, {@code statusCode = 400}. */
  private static boolean errorStatus(Code c, int p) {
    String lower = c.text(p).toLowerCase(Locale.ROOT);
    if (!lower.contains("status") && !lower.equals("code")) {
      return false;
    }
    for (int q = p + 1; q <= p + 3 && q < c.size; q++) {
      if (c.kind(q) == TokenKind.NUMBER) {
        String n = c.text(q);
        return n.length() == 3 && (n.charAt(0) == '4' || n.charAt(0) == '5');
      }
    }
    return false;
  }

  /** True for a logger-like name: configured, well known, or shaped like one. */
  boolean isLoggerName(String raw) {
    String n = strip(raw);
    if (n.isEmpty()) {
      return false;
    }
    if (extraLoggers.contains(raw) || extraLoggers.contains(n)) {
      return true;
    }
    String lower = n.toLowerCase(Locale.ROOT);
    if (LOGGERS.contains(lower) || lower.endsWith("logger") || lower.startsWith("logger")) {
      return true;
    }
    if (lower.endsWith("log") && n.length() > 3) {
      char before = n.charAt(n.length() - 4);
      char l = n.charAt(n.length() - 3);
      return before == '_' || l == 'L'; // auditLog, REQUEST_LOG, mLog; not catalog or dialog
    }
    return startsLog(n) || logSegment(n);
  }

  /**
   * A camel-case {@code Log}, {@code Logger} or {@code Logging} segment inside a longer name:
   * {@code getRequestLogObject}, {@code auditLogService}; not {@code handleLogout} or {@code Logo}.
   */
  private static boolean logSegment(String n) {
    for (int i = n.indexOf("Log", 1); i > 0; i = n.indexOf("Log", i + 1)) {
      int after = i + 3;
      if (after == n.length() || Character.isUpperCase(n.charAt(after))
          || n.startsWith("ger", after) || n.startsWith("ging", after)) {
        return true;
      }
    }
    return false;
  }

  /** {@code logError}, {@code log_exception}, {@code LOG_WARN}: a log helper by its name. */
  private static boolean startsLog(String n) {
    if (n.length() <= 3 || !n.regionMatches(true, 0, "log", 0, 3)) {
      return false;
    }
    char next = n.charAt(3);
    return next == '_' || Character.isUpperCase(next) && Character.isLowerCase(n.charAt(1));
  }

  private static String strip(String raw) {
    int s = 0;
    while (s < raw.length() && (raw.charAt(s) == '$' || raw.charAt(s) == '_' || raw.charAt(s) == '@')) {
      s++;
    }
    return raw.substring(s);
  }

  static boolean isMetric(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String w : METRIC_WORDS) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
