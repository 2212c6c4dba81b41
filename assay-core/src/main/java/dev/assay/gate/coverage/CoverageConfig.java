package dev.assay.gate.coverage;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Configuration of the coverage gate, read from {@code gates.coverage}; see docs/gates/coverage.md.
 *
 * @param reports globs of coverage reports to read, repository-relative
 * @param changedLines minimum ratio of covered to executable changed lines, over the whole change
 * @param perFile minimum ratio for every counted file, empty when not gated
 * @param branches minimum ratio of covered branches on changed lines, empty when not gated
 * @param include globs a changed file must match to be counted; empty means every file
 * @param exclude globs of changed files never counted (test sources by default)
 * @param sourceRoots repository directories that report paths may be relative to
 * @param requireReports whether finding no report while source files changed is an error
 */
public record CoverageConfig(
    List<String> reports,
    double changedLines,
    OptionalDouble perFile,
    OptionalDouble branches,
    List<String> include,
    List<String> exclude,
    List<String> sourceRoots,
    boolean requireReports) {

  /** Where JaCoCo, coverage.py, istanbul/nyc, jest, c8 and gcovr write their reports by default. */
  public static final List<String> DEFAULT_REPORTS =
      List.of(
          "**/target/site/jacoco*/jacoco.xml",
          "**/build/reports/jacoco/**/*.xml",
          "**/coverage.xml",
          "**/cobertura*.xml",
          "**/lcov.info");

  /** Conventional locations and names of test sources, which coverage does not apply to. */
  public static final List<String> DEFAULT_EXCLUDE =
      List.of(
          "src/test/**",
          "**/test/**",
          "**/tests/**",
          "**/__tests__/**",
          "*_test.go",
          "test_*.py",
          "*.test.*",
          "*.spec.*");

  public CoverageConfig {
    reports = List.copyOf(reports);
    Objects.requireNonNull(perFile, "perFile");
    Objects.requireNonNull(branches, "branches");
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    sourceRoots = List.copyOf(sourceRoots);
  }

  /** The configuration of an empty {@code gates.coverage} section. */
  public static CoverageConfig defaults() {
    return new CoverageConfig(
        DEFAULT_REPORTS,
        0.8,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        List.of(),
        DEFAULT_EXCLUDE,
        List.of(),
        true);
  }

  /** This configuration with another per-file threshold. */
  public CoverageConfig withPerFile(double ratio) {
    return new CoverageConfig(
        reports,
        changedLines,
        OptionalDouble.of(ratio),
        branches,
        include,
        exclude,
        sourceRoots,
        requireReports);
  }

  /** This configuration with another changed-lines threshold. */
  public CoverageConfig withChangedLines(double ratio) {
    return new CoverageConfig(
        reports, ratio, perFile, branches, include, exclude, sourceRoots, requireReports);
  }

  /** This configuration with a branch threshold. */
  public CoverageConfig withBranches(double ratio) {
    return new CoverageConfig(
        reports,
        changedLines,
        perFile,
        OptionalDouble.of(ratio),
        include,
        exclude,
        sourceRoots,
        requireReports);
  }

  /** This configuration with other report globs. */
  public CoverageConfig withReports(List<String> globs) {
    return new CoverageConfig(
        globs, changedLines, perFile, branches, include, exclude, sourceRoots, requireReports);
  }

  /** This configuration with {@code require-reports} set. */
  public CoverageConfig withRequireReports(boolean required) {
    return new CoverageConfig(
        reports, changedLines, perFile, branches, include, exclude, sourceRoots, required);
  }
}
