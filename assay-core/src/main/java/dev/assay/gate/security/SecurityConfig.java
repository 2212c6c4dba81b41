package dev.assay.gate.security;

import dev.assay.api.Severity;
import dev.assay.gate.secrets.SecretsConfig;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Configuration of the security gate ({@code gates.security}); see docs/gates/security.md.
 *
 * @param disabled rules that are off
 * @param severities severity overrides per rule (an ERROR blocks the change, a WARNING or NOTE does
 *     not)
 * @param exclude globs of files never scanned
 * @param testPaths globs of test code, whose findings are one severity lower
 * @param findsecbugs whether FindSecBugs also runs, on the classes compiled from changed Java files
 * @param classes directories of compiled production classes (repository-relative), for
 *     FindSecBugs
 * @param classpathFile a file listing the project's classpath (repository-relative), for
 *     FindSecBugs's type information
 */
public record SecurityConfig(
    Set<SecurityRule> disabled,
    Map<SecurityRule, Severity> severities,
    List<String> exclude,
    List<String> testPaths,
    boolean findsecbugs,
    List<String> classes,
    String classpathFile) {

  public SecurityConfig {
    disabled = disabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(disabled));
    severities = Map.copyOf(severities);
    exclude = List.copyOf(exclude);
    testPaths = List.copyOf(testPaths);
    classes = List.copyOf(classes);
    java.util.Objects.requireNonNull(classpathFile, "classpathFile");
  }

  /** The built-in rules only (FindSecBugs off). */
  public SecurityConfig(
      Set<SecurityRule> disabled,
      Map<SecurityRule, Severity> severities,
      List<String> exclude,
      List<String> testPaths) {
    this(disabled, severities, exclude, testPaths, false, DEFAULT_CLASSES, DEFAULT_CLASSPATH_FILE);
  }

  /** Where Maven writes production classes. */
  public static final List<String> DEFAULT_CLASSES = List.of("target/classes");

  /** The mutation gate's classpath file, written by {@code mvn dependency:build-classpath}. */
  public static final String DEFAULT_CLASSPATH_FILE = "target/classpath.txt";

  /** Test sources of the common languages (the secrets gate's list). */
  public static final List<String> DEFAULT_TEST_PATHS = SecretsConfig.DEFAULT_TEST_PATHS;

  /** Every rule on at its default severity, nothing excluded. */
  public static SecurityConfig defaults() {
    return new SecurityConfig(Set.of(), Map.of(), List.of(), DEFAULT_TEST_PATHS);
  }

  /** The rules that run. */
  public Set<SecurityRule> enabled() {
    Set<SecurityRule> on = EnumSet.allOf(SecurityRule.class);
    on.removeAll(disabled);
    return on;
  }

  /** The severity findings of {@code rule} carry outside test code. */
  public Severity severity(SecurityRule rule) {
    return severities.getOrDefault(rule, rule.defaultSeverity());
  }

  /** This configuration with {@code rule} at another severity. */
  public SecurityConfig withSeverity(SecurityRule rule, Severity severity) {
    Map<SecurityRule, Severity> m = new EnumMap<>(SecurityRule.class);
    m.putAll(severities);
    m.put(rule, severity);
    return new SecurityConfig(disabled, m, exclude, testPaths, findsecbugs, classes, classpathFile);
  }

  /** This configuration with {@code rules} off. */
  public SecurityConfig withDisabled(Set<SecurityRule> rules) {
    return new SecurityConfig(rules, severities, exclude, testPaths, findsecbugs, classes, classpathFile);
  }

  /** This configuration with FindSecBugs on or off. */
  public SecurityConfig withFindSecBugs(boolean on) {
    return new SecurityConfig(disabled, severities, exclude, testPaths, on, classes, classpathFile);
  }
}
