package dev.assay.cli;

import dev.assay.check.Check;
import dev.assay.report.console.ConsoleReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Prints the console report and where the report files went. */
final class Console {
  private Console() {}

  /** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
  static boolean colour() {
    String term = System.getenv("TERM");
    return System.console() != null
        && System.getenv("NO_COLOR") == null
        && !"dumb".equals(term);
  }

  static void print(Check.Outcome outcome, List<Path> written, boolean quiet, PrintWriter out) {
    try {
      new ConsoleReporter(colour(), quiet).write(outcome.result(), out);
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

  private static String display(Path cwd, Path p) {
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
  }
}
