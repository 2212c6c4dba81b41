package dev.assay.gate.maintainability;

import dev.assay.api.Finding;
import dev.assay.api.Severity;
import dev.assay.lang.FunctionInfo;
import java.util.List;
import java.util.function.Consumer;

/** Compares one changed function's measures with the thresholds and reports each one exceeded. */
final class FunctionRules {
  static final String LENGTH = "maintainability/function-length";
  static final String COMPLEXITY = "maintainability/complexity";
  static final String NESTING = "maintainability/nesting";
  static final String PARAMETERS = "maintainability/parameters";
  static final String DUPLICATION = "maintainability/duplication";
  static final List<String> ALL = List.of(LENGTH, COMPLEXITY, NESTING, PARAMETERS, DUPLICATION);

  private FunctionRules() {}

  static void check(
      String path, FunctionInfo f, MaintainabilityConfig cfg, Consumer<Finding> out) {
    report(path, f, LENGTH, f.lines(), cfg.maxFunctionLines(), "lines of code",
        "split it into smaller functions that each do one thing", out);
    report(path, f, COMPLEXITY, f.complexity(), cfg.maxComplexity(), "cyclomatic complexity",
        "extract conditions and branches into well-named functions, or replace a chain of"
            + " conditions with a lookup or polymorphism", out);
    report(path, f, NESTING, f.nesting(), cfg.maxNesting(), "nesting depth",
        "return early (guard clauses) and extract the inner blocks into functions", out);
    report(path, f, PARAMETERS, f.parameters(), cfg.maxParameters(), "parameters",
        "group related parameters into a value object, or split the function", out);
  }

  private static void report(
      String path,
      FunctionInfo f,
      String rule,
      int actual,
      int max,
      String measure,
      String fix,
      Consumer<Finding> out) {
    if (actual <= max) {
      return;
    }
    String msg =
        "function `" + f.name() + "` has " + measure + " " + actual + " (maximum " + max
            + "): " + fix + ".";
    out.accept(
        Finding.at("maintainability", rule, path, f.startLine(), f.endLine(), Severity.WARNING,
                msg)
            .with("function", f.name())
            .with("actual", Integer.toString(actual))
            .with("threshold", Integer.toString(max)));
  }
}
