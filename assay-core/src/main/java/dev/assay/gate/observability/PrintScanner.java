package dev.assay.gate.observability;

import dev.assay.lang.Language;
import dev.assay.lang.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds writes to the console and stack-trace dumps: {@code e.printStackTrace()}, {@code
 * System.out/err.println}, Kotlin {@code println}, {@code console.log}, Python {@code print},
 * {@code fmt.Println}, C# {@code Console.WriteLine}, PHP {@code var_dump}/{@code print_r}, and
 * tells whether a file is a program entry point (a {@code main}), whose job is to print. Not
 * thread-safe; one per file.
 */
final class PrintScanner {
  /** One print: its rule, line and what was called, e.g. {@code System.out.println}. */
  record Print(ObservabilityRule rule, int line, String call) {}

  private static final Set<String> STREAM_METHODS =
      Set.of("println", "print", "printf", "format", "write", "append");
  private static final Set<String> CONSOLE_METHODS =
      Set.of("log", "debug", "info", "dir", "dirxml", "table");
  private static final Set<String> GO_PRINTS = Set.of("Print", "Println", "Printf");
  private static final Set<String> GO_FPRINTS = Set.of("Fprint", "Fprintln", "Fprintf");
  private static final Set<String> PY_STACK = Set.of("print_exc", "print_exception", "print_stack");

  private final Code c;
  private final List<Print> out = new ArrayList<>();

  PrintScanner(Code c) {
    this.c = c;
  }

  List<Print> scan() {
    for (int p = 0; p < c.size; p++) {
      if (c.kind(p) != TokenKind.IDENTIFIER && c.kind(p) != TokenKind.KEYWORD || !c.is(p + 1, "(")
          && !c.is(p + 1, ".")) {
        continue;
      }
      switch (c.lang) {
        case JAVA, KOTLIN -> jvm(p);
        case JAVASCRIPT, TYPESCRIPT -> js(p);
        case PYTHON -> python(p);
        case GO -> go(p);
        case CSHARP -> csharp(p);
        case PHP -> php(p);
      }
    }
    return out;
  }

  private void jvm(int p) {
    if (c.is(p, "printStackTrace") && member(p) && c.is(p + 1, "(") && toConsole(p + 1)) {
      add(ObservabilityRule.PRINT_STACK_TRACE, p, "printStackTrace()");
    } else if (c.is(p, "System") && c.is(p + 1, ".") && (c.is(p + 2, "out") || c.is(p + 2, "err"))
        && c.is(p + 3, ".") && c.isName(p + 4) && c.is(p + 5, "(")
        && STREAM_METHODS.contains(c.text(p + 4)) && !member(p)) {
      add(ObservabilityRule.DEBUG_PRINT, p, "System." + c.text(p + 2) + "." + c.text(p + 4));
    } else if (c.lang == Language.KOTLIN && (c.is(p, "println") || c.is(p, "print"))
        && c.is(p + 1, "(") && !member(p) && !c.is(p - 1, "fun")) {
      add(ObservabilityRule.DEBUG_PRINT, p, c.text(p));
    }
  }

  private void js(int p) {
    if (!c.is(p, "console") || !c.is(p + 1, ".") || !c.isName(p + 2) || !c.is(p + 3, "(")
        || member(p)) {
      return;
    }
    if (c.is(p + 2, "trace")) {
      add(ObservabilityRule.PRINT_STACK_TRACE, p, "console.trace");
    } else if (CONSOLE_METHODS.contains(c.text(p + 2))) {
      add(ObservabilityRule.DEBUG_PRINT, p, "console." + c.text(p + 2));
    }
  }

  private void python(int p) {
    if ((c.is(p, "print") || c.is(p, "pprint")) && c.is(p + 1, "(") && !member(p)
        && !c.is(p - 1, "def")) {
      add(ObservabilityRule.DEBUG_PRINT, p, c.text(p));
    } else if (c.is(p, "traceback") && c.is(p + 1, ".") && c.isName(p + 2) && c.is(p + 3, "(")
        && PY_STACK.contains(c.text(p + 2))) {
      add(ObservabilityRule.PRINT_STACK_TRACE, p, "traceback." + c.text(p + 2));
    }
  }

  private void go(int p) {
    if (c.is(p, "fmt") && c.is(p + 1, ".") && c.isName(p + 2) && c.is(p + 3, "(") && !member(p)) {
      String m = c.text(p + 2);
      if (GO_PRINTS.contains(m)) {
        add(ObservabilityRule.DEBUG_PRINT, p, "fmt." + m);
      } else if (GO_FPRINTS.contains(m) && c.is(p + 4, "os") && c.is(p + 5, ".")
          && (c.is(p + 6, "Stdout") || c.is(p + 6, "Stderr"))) {
        add(ObservabilityRule.DEBUG_PRINT, p, "fmt." + m + "(os." + c.text(p + 6) + ")");
      }
    } else if ((c.is(p, "println") || c.is(p, "print")) && c.is(p + 1, "(") && !member(p)
        && !c.is(p - 1, "func")) {
      add(ObservabilityRule.DEBUG_PRINT, p, c.text(p));
    } else if (c.is(p, "debug") && c.is(p + 1, ".") && c.is(p + 2, "PrintStack")) {
      add(ObservabilityRule.PRINT_STACK_TRACE, p, "debug.PrintStack");
    }
  }

  private void csharp(int p) {
    if (c.is(p, "Console") && c.is(p + 1, ".") && (c.is(p + 2, "WriteLine") || c.is(p + 2, "Write"))
        && c.is(p + 3, "(") && !member(p)) {
      add(ObservabilityRule.DEBUG_PRINT, p, "Console." + c.text(p + 2));
    }
  }

  private void php(int p) {
    if ((c.is(p, "var_dump") || c.is(p, "print_r")) && c.is(p + 1, "(") && !member(p)
        && !c.is(p - 1, "function")) {
      int close = c.partner(p + 1);
      boolean returns = false;
      for (int q = p + 2; close > 0 && q < close; q++) {
        returns |= c.is(q, ",") && c.is(q + 1, "true"); // print_r($x, true) returns the text
      }
      if (!returns) {
        add(ObservabilityRule.DEBUG_PRINT, p, c.text(p));
      }
    } else if (c.is(p, "debug_print_backtrace") && c.is(p + 1, "(")) {
      add(ObservabilityRule.PRINT_STACK_TRACE, p, "debug_print_backtrace");
    }
  }

  /** {@code printStackTrace()} or {@code printStackTrace(System.err)}; not into a writer. */
  private boolean toConsole(int open) {
    return c.is(open + 1, ")")
        || c.is(open + 1, "System") && c.is(open + 2, ".") && c.is(open + 4, ")");
  }

  private boolean member(int p) {
    return c.is(p - 1, ".") || c.is(p - 1, "?.") || c.is(p - 1, "->") || c.is(p - 1, "::");
  }

  private void add(ObservabilityRule rule, int p, String call) {
    out.add(new Print(rule, c.line(p), call));
  }

  /**
   * True when the file is a program's entry point, whose output is its purpose: a Java/C# {@code
   * static void main}, a Kotlin top-level {@code fun main}, Go's {@code package main}, Python's
   * {@code if __name__ == "__main__"}, a script starting with {@code #!}.
   */
  static boolean isEntryPoint(Code c, char[] text) {
    if (text.length > 2 && text[0] == '#' && text[1] == '!') {
      return true;
    }
    for (int p = 0; p < c.size; p++) {
      switch (c.lang) {
        case JAVA, CSHARP -> {
          if ((c.is(p, "main") || c.is(p, "Main")) && c.is(p + 1, "(") && c.is(p - 1, "void")
              && (c.is(p - 2, "static") || c.is(p - 3, "static"))) {
            return true;
          }
        }
        case KOTLIN -> {
          if (c.is(p, "main") && c.is(p - 1, "fun") && c.is(p + 1, "(")) {
            return true;
          }
        }
        case GO -> {
          return c.is(0, "package") && c.is(1, "main");
        }
        case PYTHON -> {
          if (c.is(p, "__name__") && c.is(p + 1, "==") && c.isString(p + 2)) {
            return true;
          }
        }
        default -> {
          return false;
        }
      }
    }
    return false;
  }
}
