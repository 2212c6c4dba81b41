package dev.assay.gate.integrity;

import dev.assay.gate.tests.TestSources;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the integrity gate ({@code gates.integrity}).
 *
 * @param criteriaFile the criteria file compared at base and head ({@code .assay.yml}; {@code
 *     .assay.yaml} is read when only that exists)
 * @param ignorePaths globs of files whose suppression and coverage markers are not reported
 *     (files that document the markers, such as docs or lint rule fixtures)
 * @param testPaths globs naming test sources, as for the tests gate
 */
record IntegrityConfig(String criteriaFile, List<String> ignorePaths, List<String> testPaths) {
  static final String DEFAULT_CRITERIA_FILE = ".assay.yml";

  IntegrityConfig {
    Objects.requireNonNull(criteriaFile, "criteriaFile");
    ignorePaths = List.copyOf(ignorePaths);
    testPaths = List.copyOf(testPaths);
  }

  static IntegrityConfig defaults() {
    return new IntegrityConfig(DEFAULT_CRITERIA_FILE, List.of(), TestSources.defaultTestPaths());
  }
}
