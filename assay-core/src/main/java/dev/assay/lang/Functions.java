package dev.assay.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the functions of a token stream and measures each: length, cyclomatic complexity, nesting
 * depth, parameter count. Nested functions (a method of an anonymous class, a JavaScript callback,
 * a Python inner def) are reported on their own and their decisions do not count for the enclosing
 * function, as lizard does; Java and C# lambdas and expression-bodied arrows are not functions of
 * their own, so their decisions count for the enclosing one. Stateless and thread-safe.
 */
public final class Functions {
  private Functions() {}

  /** The functions of {@code tokens}, ordered by start line, then by end line descending. */
  public static List<FunctionInfo> find(TokenStream tokens) {
    Structure s = new Structure(tokens);
    List<FunctionFinder.Found> found = new FunctionFinder(s).find();
    if (found.isEmpty()) {
      return List.of();
    }
    FunctionMetrics metrics = new FunctionMetrics(s, found);
    List<FunctionInfo> out = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      out.add(metrics.measure(i));
    }
    out.sort(
        Comparator.comparingInt(FunctionInfo::startLine)
            .thenComparing(Comparator.comparingInt(FunctionInfo::endLine).reversed())
            .thenComparing(FunctionInfo::bodyStart));
    return List.copyOf(out);
  }
}
