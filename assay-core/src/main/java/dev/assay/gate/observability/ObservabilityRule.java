package dev.assay.gate.observability;

import dev.assay.api.RuleDescriptor;
import dev.assay.api.Severity;

/** Every rule of the observability gate, with its settings key, CWE and default level. */
enum ObservabilityRule {
  EMPTY_CATCH(
      "empty-catch",
      "EmptyCatchBlock",
      "CWE-1069",
      Level.ERROR,
      "An error handler with nothing in it: the error disappears without a trace.",
      "empty error handler"),
  SWALLOWED_EXCEPTION(
      "swallowed-exception",
      "SwallowedException",
      "CWE-390",
      Level.ERROR,
      "An error handler that neither logs, rethrows, returns a value nor passes the error on.",
      "swallowed exception"),
  PRINT_STACK_TRACE(
      "print-stack-trace",
      "PrintStackTrace",
      "CWE-209",
      Level.ERROR,
      "A stack trace printed to the console instead of logged (printStackTrace, console.trace,"
          + " traceback.print_exc).",
      "printed stack trace"),
  DEBUG_PRINT(
      "debug-print",
      "DebugPrint",
      "CWE-489",
      Level.ADVISORY,
      "A console print in production code (System.out/err, console.log, print, fmt.Println,"
          + " Console.WriteLine, var_dump).",
      "console print in production code"),
  HANDLER_WITHOUT_LOGGING(
      "handler-without-logging",
      "HandlerWithoutLogging",
      "CWE-778",
      Level.ADVISORY,
      "A new HTTP handler (Spring, JAX-RS, Express, Flask/FastAPI, net/http) with no logging,"
          + " metrics or tracing call.",
      "new HTTP handler without logging or metrics");

  static final String GATE = "observability";

  private final String key;
  private final String name;
  private final String cwe;
  private final Level defaultLevel;
  private final String summary;
  private final String kind;

  ObservabilityRule(
      String key, String name, String cwe, Level defaultLevel, String summary, String kind) {
    this.key = key;
    this.name = name;
    this.cwe = cwe;
    this.defaultLevel = defaultLevel;
    this.summary = summary;
    this.kind = kind;
  }

  /** The key under {@code gates.observability} that sets the rule's level. */
  String key() {
    return key;
  }

  /** {@code observability/<key>}. */
  String id() {
    return GATE + "/" + key;
  }

  String cwe() {
    return cwe;
  }

  Level defaultLevel() {
    return defaultLevel;
  }

  /** What one finding is, for the criterion title "No <kind> in the change". */
  String kind() {
    return kind;
  }

  RuleDescriptor descriptor() {
    Severity s = defaultLevel == Level.ERROR ? Severity.ERROR : Severity.WARNING;
    return new RuleDescriptor(id(), name, summary, s);
  }

  /** How a rule's findings count: blocking, advisory (reported, never blocking) or not looked for. */
  enum Level {
    ERROR("error"),
    ADVISORY("advisory"),
    OFF("off");

    private final String word;

    Level(String word) {
      this.word = word;
    }

    String word() {
      return word;
    }

    static Level of(String word) {
      for (Level l : values()) {
        if (l.word.equals(word)) {
          return l;
        }
      }
      throw new IllegalArgumentException(word);
    }
  }
}
