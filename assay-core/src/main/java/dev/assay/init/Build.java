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
      "mvn verify  (with jacoco-maven-plugin's prepare-agent and report goals)",
      "mvn -q verify"),
  GRADLE(
      "Gradle",
      List.of("**/build/test-results/**/*.xml"),
      List.of("**/build/reports/jacoco/**/*.xml"),
      "gradle test jacocoTestReport  (with the jacoco plugin, xml.required = true)",
      "gradle test jacocoTestReport"),
  NPM(
      "npm",
      List.of("**/junit*.xml"),
      List.of("**/coverage/lcov.info", "**/coverage/cobertura-coverage.xml"),
      "jest --ci --coverage --reporters=default --reporters=jest-junit",
      "npm test"),
  PYTEST(
      "pytest",
      List.of("**/junit*.xml"),
      List.of("**/coverage.xml"),
      "pytest --junitxml=junit.xml --cov --cov-report=xml  (pytest-cov)",
      "pytest --junitxml=junit.xml --cov --cov-report=xml"),
  GO(
      "Go",
      List.of("**/junit*.xml"),
      List.of("**/coverage.xml", "**/lcov.info"),
      "go test -coverprofile=cover.out ./... 2>&1 | go-junit-report > junit.xml;"
          + " gocover-cobertura < cover.out > coverage.xml",
      "go test ./...");

  private final String label;
  private final List<String> testReports;
  private final List<String> coverageReports;
  private final String produceWith;
  private final String testCommand;

  Build(
      String label,
      List<String> testReports,
      List<String> coverageReports,
      String produceWith,
      String testCommand) {
    this.label = label;
    this.testReports = testReports;
    this.coverageReports = coverageReports;
    this.produceWith = produceWith;
    this.testCommand = testCommand;
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

  /** The usual command that runs this build's tests, for the commented-out {@code command} key. */
  public String testCommand() {
    return testCommand;
  }
}
