package dev.assay.demo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Does in-process what {@code mvn verify} does for the example with Surefire and JaCoCo, and leaves
 * the reports at the same paths: no Maven, no network, only the running JDK.
 */
final class ExampleBuild {
  static final String SUREFIRE_REPORTS = "target/surefire-reports";
  static final String JACOCO_XML = "target/site/jacoco/jacoco.xml";
  private static final String BUNDLE = "shop";

  private ExampleBuild() {}

  /** Compiles, tests and measures the sources checked out in {@code repo}. */
  static ExampleTests.Summary run(Path repo, PrintStream log) throws DemoException {
    ExampleCompiler javac = ExampleCompiler.ofSystem();
    Path mainSources = repo.resolve(ExampleTree.MAIN_SOURCES);
    Path classes = repo.resolve("target/classes");
    Path testClasses = repo.resolve("target/test-classes");
    List<Path> junit = ExampleCompiler.junitApiClasspath();
    log.println("Compiling the example with javac");
    javac.compile(mainSources, junit, classes);
    List<Path> testClasspath = new ArrayList<>(junit);
    testClasspath.add(classes);
    javac.compile(repo.resolve(ExampleTree.TEST_SOURCES), testClasspath, testClasses);

    log.println("Running its tests with JUnit 5 under JaCoCo");
    CoverageRun.Outcome outcome =
        CoverageRun.run(classes, testClasses, repo.resolve(SUREFIRE_REPORTS));
    CoverageReport.write(
        outcome,
        classes,
        mainSources,
        BUNDLE,
        repo.resolve("target/jacoco.exec"),
        repo.resolve(JACOCO_XML));
    ExampleTests.Summary tests = outcome.tests();
    log.printf("  %d tests run, %d failed%n", tests.run(), tests.failed());
    tests.failures().forEach(failure -> log.println("  FAILED " + failure));
    log.println("  test report:     " + repo.resolve(SUREFIRE_REPORTS));
    log.println("  coverage report: " + repo.resolve(JACOCO_XML));
    return tests;
  }
}
