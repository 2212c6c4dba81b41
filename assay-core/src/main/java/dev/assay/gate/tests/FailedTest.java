package dev.assay.gate.tests;

import java.util.Objects;

/**
 * One failed or erroring test case read from a report.
 *
 * @param report repository-relative path of the report it came from
 * @param classname the {@code classname} attribute (a class, module, package or describe title)
 * @param name the {@code name} attribute
 * @param error true for an {@code <error>}, false for a {@code <failure>}
 * @param message first line of the failure message, truncated
 * @param file the {@code file} attribute (pytest, jest), or empty
 * @param line the {@code line} attribute as written (pytest writes it 0-based), or -1
 * @param trace the start of the failure text (a stack trace), bounded in size
 */
record FailedTest(
    String report,
    String classname,
    String name,
    boolean error,
    String message,
    String file,
    int line,
    String trace) {

  FailedTest {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(classname, "classname");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(trace, "trace");
  }

  /** {@code classname.name}, or just the name when the classname repeats it (jest). */
  String displayName() {
    if (classname.isEmpty() || classname.equals(name)) {
      return name;
    }
    return classname + "." + name;
  }
}
