package dev.assay.java.mutation;

import dev.assay.gate.coverage.CoverageConfig;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Configuration of the mutation gate, read from {@code gates.mutation}; see docs/gates/mutation.md.
 *
 * @param minScore minimum ratio of detected to testable mutants on changed lines
 * @param reports globs of PIT {@code mutations.xml} reports to read when not running PIT
 * @param run whether to run PIT on the changed lines instead of reading reports
 * @param classes directories of compiled production classes (for {@code run})
 * @param testClasses directories of compiled test classes (for {@code run})
 * @param classpathFile a file listing the project's test classpath (for {@code run})
 * @param reportDir where the run writes its {@code mutations.xml}
 * @param mutators PIT mutator groups or names
 * @param threads PIT minion threads
 * @param timeout PIT's timeout constant
 * @param jvmArgs extra arguments for PIT's child JVMs
 * @param include globs a changed file must match to count; empty means every Java file
 * @param exclude globs of changed files never counted (test sources by default)
 * @param skipFailingTests whether PIT leaves out tests that fail without mutation
 * @param testSelection {@code direct} (tests whose code names a changed class) or {@code
 *     transitive} (also tests reaching it through other production classes)
 */
public record MutationConfig(
    double minScore,
    List<String> reports,
    boolean run,
    List<String> classes,
    List<String> testClasses,
    String classpathFile,
    String reportDir,
    List<String> mutators,
    int threads,
    Duration timeout,
    List<String> jvmArgs,
    List<String> include,
    List<String> exclude,
    boolean skipFailingTests,
    String testSelection) {

  /**
   * Where pitest-maven and the Gradle pitest plugin write {@code mutations.xml}, with and without
   * their timestamped sub-directories.
   */
  public static final List<String> DEFAULT_REPORTS =
      List.of(
          "**/target/pit-reports/mutations.xml",
          "**/target/pit-reports/*/mutations.xml",
          "**/build/reports/pitest/mutations.xml",
          "**/build/reports/pitest/*/mutations.xml",
          "**/reports/mutation/mutation.json");

  /** Sources of the languages PIT (Java) and Stryker (JavaScript, TypeScript) mutate. */
  public static final List<String> DEFAULT_INCLUDE =
      List.of(
          "**/*.java",
          "**/*.js",
          "**/*.jsx",
          "**/*.mjs",
          "**/*.cjs",
          "**/*.ts",
          "**/*.tsx",
          "**/*.mts",
          "**/*.cts",
          "**/*.vue",
          "**/*.svelte");

  public MutationConfig {
    reports = List.copyOf(reports);
    classes = List.copyOf(classes);
    testClasses = List.copyOf(testClasses);
    Objects.requireNonNull(classpathFile, "classpathFile");
    Objects.requireNonNull(reportDir, "reportDir");
    mutators = List.copyOf(mutators);
    Objects.requireNonNull(timeout, "timeout");
    jvmArgs = List.copyOf(jvmArgs);
    Objects.requireNonNull(testSelection, "testSelection");
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  /** The configuration of an empty {@code gates.mutation} section. */
  public static MutationConfig defaults() {
    return new MutationConfig(
        0.6,
        DEFAULT_REPORTS,
        false,
        List.of("target/classes"),
        List.of("target/test-classes"),
        "target/classpath.txt",
        "target/assay-pit",
        List.of("DEFAULTS"),
        1,
        Duration.ofSeconds(4),
        List.of(),
        DEFAULT_INCLUDE,
        CoverageConfig.DEFAULT_EXCLUDE,
        false,
        "direct");
  }

  /** This configuration running PIT (or not). */
  public MutationConfig withRun(boolean value) {
    return new MutationConfig(
        minScore,
        reports,
        value,
        classes,
        testClasses,
        classpathFile,
        reportDir,
        mutators,
        threads,
        timeout,
        jvmArgs,
        include,
        exclude,
        skipFailingTests,
        testSelection);
  }

  /** This configuration with another threshold. */
  public MutationConfig withMinScore(double value) {
    return new MutationConfig(
        value,
        reports,
        run,
        classes,
        testClasses,
        classpathFile,
        reportDir,
        mutators,
        threads,
        timeout,
        jvmArgs,
        include,
        exclude,
        skipFailingTests,
        testSelection);
  }

  /** This configuration with another PIT timeout constant. */
  public MutationConfig withTimeout(Duration value) {
    return new MutationConfig(
        minScore,
        reports,
        run,
        classes,
        testClasses,
        classpathFile,
        reportDir,
        mutators,
        threads,
        value,
        jvmArgs,
        include,
        exclude,
        skipFailingTests,
        testSelection);
  }
}
