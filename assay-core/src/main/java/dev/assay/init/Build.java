package dev.assay.init;

import java.util.List;

/**
 * A build system Assay knows how to find reports for, with where its test and coverage reports go
 * and what to run to produce them.
 */
public enum Build {
  MAVEN(
      "Maven",
      List.of("**/target/surefire-reports/*.xml", "**/target/failsafe-reports/*.xml"),
      List.of("**/target/site/jacoco*/jacoco.xml"),
      "mvn verify  (with jacoco-maven-plugin's prepare-agent and report goals)"),
  GRADLE(
      "Gradle",
      List.of("**/build/test-results/**/*.xml"),
      List.of("**/build/reports/jacoco/**/*.xml"),
      "gradle test jacocoTestReport  (with the jacoco plugin, xml.required = true)"),
  NPM(
      "npm",
      List.of("**/junit*.xml"),
      List.of("**/coverage/lcov.info", "**/coverage/cobertura-coverage.xml"),
      "jest --ci --coverage --reporters=default --reporters=jest-junit"),
  PYTEST(
      "pytest",
      List.of("**/junit*.xml"),
      List.of("**/coverage.xml"),
      "pytest --junitxml=junit.xml --cov --cov-report=xml  (pytest-cov)"),
  GO(
      "Go",
      List.of("**/junit*.xml"),
      List.of("**/coverage.xml", "**/lcov.info"),
      "go test -coverprofile=cover.out ./... 2>&1 | go-junit-report > junit.xml;"
          + " gocover-cobertura < cover.out > coverage.xml");

  private final String label;
  private final List<String> testReports;
  private final List<String> coverageReports;
  private final String produceWith;

  Build(String label, List<String> testReports, List<String> coverageReports, String produceWith) {
    this.label = label;
    this.testReports = testReports;
    this.coverageReports = coverageReports;
    this.produceWith = produceWith;
  }

  public String label() {
    return label;
  }

  public List<String> testReports() {
    return testReports;
  }

  public List<String> coverageReports() {
    return coverageReports;
  }

  /** The command that produces both kinds of report, as a hint in the starter file. */
  public String produceWith() {
    return produceWith;
  }
}
