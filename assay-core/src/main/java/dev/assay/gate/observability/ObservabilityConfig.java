package dev.assay.gate.observability;

import dev.assay.gate.observability.ObservabilityRule.Level;
import dev.assay.gate.tests.TestSources;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Configuration of the observability gate ({@code gates.observability}); see
 * docs/gates/observability.md.
 *
 * @param levels each rule's level: {@code error} (blocks), {@code advisory} (reported, never
 *     blocks) or {@code off}
 * @param loggers extra names of logger objects or functions, beyond the recognised shapes
 * @param testPaths globs of test code, exempt from every rule unless {@code checkTests}
 * @param checkTests true to apply the two catch rules to test code too
 * @param exempt globs of code that is not a production service (scripts, examples, benchmarks,
 *     command-line tools, build scripts) or that implements logging itself: exempt from the print
 *     rules and the handler rule
 * @param exclude globs of files the gate does not look at, in addition to {@link
 *     #DEFAULT_EXCLUDE}
 */
public record ObservabilityConfig(
    Map<ObservabilityRule, Level> levels,
    List<String> loggers,
    List<String> testPaths,
    boolean checkTests,
    List<String> exempt,
    List<String> exclude) {

  /**
   * Command-line tools, scripts, examples, benchmarks and build scripts, which print by design, and
   * logging code itself, which is where console writes belong.
   */
  public static final List<String> DEFAULT_EXEMPT_PATHS =
      List.of(
          "**/bin/**",
          "**/cli/**",
          "**/scripts/**",
          "**/script/**",
          "**/tools/**",
          "**/build/**",
          "**/examples/**",
          "**/example/**",
          "**/samples/**",
          "**/demo/**",
          "**/benchmark/**",
          "**/benchmarks/**",
          "**/bench/**",
          "**/jmh/**",
          "**/logger/**",
          "**/logging/**",
          "**/log.*",
          "**/logger.*",
          "**/logging.*",
          "**/*Logger.*");

  /** Bundled and vendored code: built or copied, not written here. */
  public static final List<String> DEFAULT_EXCLUDE =
      List.of("**/dist/**", "**/client-dist/**", "**/vendor/**", "**/node_modules/**",
          "**/*.min.js", "**/*.bundle.js");

  public ObservabilityConfig {
    EnumMap<ObservabilityRule, Level> m = new EnumMap<>(ObservabilityRule.class);
    for (ObservabilityRule r : ObservabilityRule.values()) {
      m.put(r, Objects.requireNonNull(levels.getOrDefault(r, r.defaultLevel())));
    }
    levels = java.util.Collections.unmodifiableMap(m);
    loggers = List.copyOf(loggers);
    testPaths = List.copyOf(testPaths);
    exempt = List.copyOf(exempt);
    exclude = List.copyOf(exclude);
  }

  /** The configuration of an empty section. */
  public static ObservabilityConfig defaults() {
    return new ObservabilityConfig(
        Map.of(),
        List.of(),
        TestSources.defaultTestPaths(),
        false,
        DEFAULT_EXEMPT_PATHS,
        DEFAULT_EXCLUDE);
  }

  Level level(ObservabilityRule rule) {
    return levels.get(rule);
  }

  boolean on(ObservabilityRule rule) {
    return levels.get(rule) != Level.OFF;
  }

  /** This configuration with one rule at another level. */
  public ObservabilityConfig with(String ruleKey, String level) {
    Map<ObservabilityRule, Level> m = new EnumMap<>(levels);
    for (ObservabilityRule r : ObservabilityRule.values()) {
      if (r.key().equals(ruleKey)) {
        m.put(r, Level.of(level));
      }
    }
    return new ObservabilityConfig(m, loggers, testPaths, checkTests, exempt, exclude);
  }

  /** This configuration with other logger names. */
  public ObservabilityConfig withLoggers(List<String> names) {
    return new ObservabilityConfig(levels, names, testPaths, checkTests, exempt, exclude);
  }

  /** This configuration with the catch rules applied to test code or not. */
  public ObservabilityConfig withCheckTests(boolean on) {
    return new ObservabilityConfig(levels, loggers, testPaths, on, exempt, exclude);
  }
}
