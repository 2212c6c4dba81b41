package dev.assay.gate.tests;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Configuration of the tests gate ({@code gates.tests}).
 *
 * @param reports globs of JUnit XML reports, repository-relative
 * @param command shell command run before reading reports, or empty for none
 * @param commandTimeout how long the command may run before its process tree is killed
 * @param requireReports whether finding no report is an error (otherwise the criterion is skipped)
 * @param testPaths globs naming test source files, for the deleted/skipped/emptied checks
 */
public record TestsConfig(
    List<String> reports,
    String command,
    Duration commandTimeout,
    boolean requireReports,
    List<String> testPaths) {

  /** Where Surefire, Failsafe, Gradle and most other runners write JUnit XML by default. */
  public static final List<String> DEFAULT_REPORTS =
      List.of(
          "**/target/surefire-reports/*.xml",
          "**/target/failsafe-reports/*.xml",
          "**/build/test-results/**/*.xml",
          "**/TEST-*.xml",
          "**/junit*.xml");

  /** Conventional test source locations of Java, Kotlin, Python, JavaScript/TypeScript and Go. */
  public static final List<String> DEFAULT_TEST_PATHS =
      List.of(
          "**/src/test/**",
          "**/src/androidTest/**",
          "**/src/testFixtures/**",
          "**/test/**",
          "**/tests/**",
          "**/__tests__/**",
          "**/*_test.go",
          "**/test_*.py",
          "**/*_test.py",
          "**/*.test.{js,jsx,ts,tsx,mjs,cjs}",
          "**/*.spec.{js,jsx,ts,tsx,mjs,cjs}",
          "**/*Test.java",
          "**/*Tests.java",
          "**/*IT.java",
          "**/*Test.kt",
          "**/*Tests.kt");

  /** Default time a configured command may run. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

  public TestsConfig {
    reports = List.copyOf(reports);
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(commandTimeout, "commandTimeout");
    testPaths = List.copyOf(testPaths);
  }

  /** The configuration used when the section is empty. */
  public static TestsConfig defaults() {
    return new TestsConfig(DEFAULT_REPORTS, "", DEFAULT_TIMEOUT, true, DEFAULT_TEST_PATHS);
  }

  /** This configuration with other report globs. */
  public TestsConfig withReports(List<String> globs) {
    return new TestsConfig(globs, command, commandTimeout, requireReports, testPaths);
  }

  /** This configuration with a command and its timeout. */
  public TestsConfig withCommand(String cmd, Duration timeout) {
    return new TestsConfig(reports, cmd, timeout, requireReports, testPaths);
  }

  /** This configuration with {@code require-reports} set. */
  public TestsConfig withRequireReports(boolean required) {
    return new TestsConfig(reports, command, commandTimeout, required, testPaths);
  }

  boolean hasCommand() {
    return !command.isBlank() && !isAutoCommand();
  }

  /** {@code command: auto}: the detected Maven or Gradle build, with coverage. */
  boolean isAutoCommand() {
    return command.equals("auto");
  }
}
