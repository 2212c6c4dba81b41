package dev.assay.cli;

import dev.assay.check.Check;
import dev.assay.report.console.ConsoleReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Prints the console report and where the report files went. */
final class Console {
  private Console() {}

  /** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
  static boolean colour() {
    String term = System.getenv("TERM");
    return isTerminal(System.console())
        && System.getenv("NO_COLOR") == null
        && !"dumb".equals(term);
  }

  /**
   * From JDK 22 on, {@link System#console()} is non-null even when output is piped, and only
   * {@code Console.isTerminal()} (absent before 22) tells a terminal apart from a pipe or file.
   */
  private static boolean isTerminal(java.io.Console console) {
    if (console == null) {
      return false;
    }
    try {
      MethodHandle isTerminal =
          MethodHandles.publicLookup()
              .findVirtual(java.io.Console.class, "isTerminal", MethodType.methodType(boolean.class));
      return (boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return true; // JDK 17-21: a console exists only when stdin and stdout are a terminal
    } catch (Throwable e) {
      return false;
    }
  }

  static void print(
      Check.Outcome outcome, List<Path> written, boolean quiet, boolean colour, PrintWriter out) {
    try {
      new ConsoleReporter(colour, quiet).write(outcome.result(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!quiet && !written.isEmpty()) {
      Path cwd = Path.of("").toAbsolutePath();
      String list =
          written.stream().map(p -> display(cwd, p)).collect(Collectors.joining(", "));
      out.println("Reports: " + list);
    }
    out.flush();
  }

  /** The verdict line and where the reports went, for runs that did not ask for the console. */
  static void summarize(Check.Outcome outcome, List<Path> written, PrintWriter err) {
    java.io.StringWriter console = new java.io.StringWriter();
    try {
      new ConsoleReporter(false, true).write(outcome.result(), console);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    err.println(console.toString().lines().findFirst().orElse(""));
    if (!written.isEmpty()) {
      Path cwd = Path.of("").toAbsolutePath();
      err.println(
          "Reports: " + written.stream().map(p -> display(cwd, p)).collect(Collectors.joining(", ")));
    }
    err.flush();
  }

  private static String display(Path cwd, Path p) {
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
  }
}
