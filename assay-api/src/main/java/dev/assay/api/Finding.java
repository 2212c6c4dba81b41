package dev.assay.api;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One piece of evidence: a failing test, an uncovered changed range, a rule match.
 *
 * @param gate the gate id, e.g. {@code coverage}
 * @param rule the rule id, {@code <gate>/<name>}, e.g. {@code coverage/uncovered-lines}; it names
 *     a docs page and, for finding-based criteria, the criterion it counts toward
 * @param path repository-relative path at head, or empty when the finding has no file
 * @param line first line, 1-based, or 0 when the finding has no line
 * @param endLine last line, equal to {@code line} for a single line, 0 when there is no line
 * @param severity how serious
 * @param message what is wrong, why, and what would fix it
 * @param properties extra facts for machine-readable reports (sorted by key)
 */
public record Finding(
    String gate,
    String rule,
    String path,
    int line,
    int endLine,
    Severity severity,
    String message,
    Map<String, String> properties) {

  public Finding {
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (line < 0 || endLine < line) {
      throw new IllegalArgumentException("invalid lines " + line + "-" + endLine);
    }
    properties = java.util.Collections.unmodifiableMap(new TreeMap<>(properties));
  }

  /** A finding on a file and line range. */
  public static Finding at(
      String gate, String rule, String path, int line, int endLine, Severity severity, String msg) {
    return new Finding(gate, rule, path, line, endLine, severity, msg, Map.of());
  }

  /** A finding with no file, about the change as a whole. */
  public static Finding general(String gate, String rule, Severity severity, String message) {
    return new Finding(gate, rule, "", 0, 0, severity, message, Map.of());
  }

  /** This finding with one more property. */
  public Finding with(String key, String value) {
    Map<String, String> p = new TreeMap<>(properties);
    p.put(key, value);
    return new Finding(gate, rule, path, line, endLine, severity, message, p);
  }

  public boolean hasPath() {
    return !path.isEmpty();
  }

  public boolean hasLine() {
    return line > 0;
  }
}
