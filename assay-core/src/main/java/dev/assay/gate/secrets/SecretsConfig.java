package dev.assay.gate.secrets;

import java.util.List;

/**
 * Configuration of the secrets gate ({@code gates.secrets}); see docs/gates/secrets.md.
 *
 * @param exclude globs of files never scanned, in addition to {@link #DEFAULT_EXCLUDE}
 * @param testPaths globs of test code and fixtures, whose findings are one severity lower
 * @param entropyThreshold bits per character a value assigned to a secret-like name must reach
 *     (hexadecimal values: half a bit less, their alphabet being smaller)
 * @param minLength shortest value the high-entropy rule considers
 */
public record SecretsConfig(
    List<String> exclude, List<String> testPaths, double entropyThreshold, int minLength) {

  /** Lock files and source maps: hashes and generated text, never hand-written credentials. */
  public static final List<String> DEFAULT_EXCLUDE =
      List.of(
          "package-lock.json",
          "npm-shrinkwrap.json",
          "yarn.lock",
          "pnpm-lock.yaml",
          "go.sum",
          "Cargo.lock",
          "poetry.lock",
          "Pipfile.lock",
          "composer.lock",
          "Gemfile.lock",
          "*.map");

  /** Test sources and fixtures of the common languages. */
  public static final List<String> DEFAULT_TEST_PATHS =
      List.of(
          "**/src/test/**",
          "**/src/testFixtures/**",
          "**/test/**",
          "**/tests/**",
          "**/__tests__/**",
          "**/testdata/**",
          "**/fixtures/**",
          "**/__fixtures__/**",
          "**/*_test.go",
          "**/test_*.py",
          "**/*_test.py",
          "**/*.test.*",
          "**/*.spec.*",
          "**/*Test.java",
          "**/*Tests.java",
          "**/*IT.java",
          "**/*Test.kt",
          "**/*Tests.kt");

  public static final double DEFAULT_ENTROPY = 3.5;
  public static final int DEFAULT_MIN_LENGTH = 16;

  public SecretsConfig {
    exclude = List.copyOf(exclude);
    testPaths = List.copyOf(testPaths);
  }

  /** The configuration of an empty {@code gates.secrets} section. */
  public static SecretsConfig defaults() {
    return new SecretsConfig(
        DEFAULT_EXCLUDE, DEFAULT_TEST_PATHS, DEFAULT_ENTROPY, DEFAULT_MIN_LENGTH);
  }

  /** This configuration with another entropy threshold. */
  public SecretsConfig withEntropyThreshold(double bits) {
    return new SecretsConfig(exclude, testPaths, bits, minLength);
  }

  /** This configuration with other exclusions. */
  public SecretsConfig withExclude(List<String> globs) {
    return new SecretsConfig(globs, testPaths, entropyThreshold, minLength);
  }
}
