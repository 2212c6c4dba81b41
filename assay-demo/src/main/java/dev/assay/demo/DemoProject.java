package dev.assay.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Creates the example repository of {@code assay demo}: an AI-assisted change whose tests pass but
 * leave most of its new lines untested, with real JUnit and JaCoCo reports.
 */
public final class DemoProject {
  private DemoProject() {}

  /** Which criteria the example's {@code .assay.yml} states. */
  public enum Criteria {
    /** The tests and coverage gates: checked in about a second. */
    TESTS_AND_COVERAGE,
    /**
     * Also the performance gate on the key-value store's benchmark harness, which builds and runs
     * base and head side by side (tens of seconds): the whole story of {@code assay demo}.
     */
    WITH_PERFORMANCE
  }

  /**
   * What {@link #create} made.
   *
   * @param repo the repository's root folder, absolute
   * @param baseCommit the commit on {@code main}
   * @param headCommit the AI-assisted commit on {@code feature/discounts}, checked out
   * @param testsRun tests the example ran at its head
   * @param testsFailed tests that failed (0 unless the running JDK misbehaves)
   */
  public record Result(
      Path repo, String baseCommit, String headCommit, int testsRun, int testsFailed) {
    public Result {
      Objects.requireNonNull(repo, "repo");
      Objects.requireNonNull(baseCommit, "baseCommit");
      Objects.requireNonNull(headCommit, "headCommit");
    }
  }

  /**
   * Creates the example repository under dir (which must be empty or absent): commits base and head
   * with JGit, compiles and runs the head's tests with JUnit Platform under JaCoCo, and leaves the
   * JUnit XML in target/surefire-reports/ and the JaCoCo XML in target/site/jacoco/jacoco.xml
   * (git-ignored via .gitignore). Returns what was made. Progress lines go to {@code log}. The
   * criteria file states {@link Criteria#TESTS_AND_COVERAGE}.
   */
  public static Result create(Path dir, PrintStream log) throws DemoException {
    return create(dir, log, Criteria.TESTS_AND_COVERAGE);
  }

  /** As {@link #create(Path, PrintStream)}, with the criteria file that {@code criteria} names. */
  public static Result create(Path dir, PrintStream log, Criteria criteria) throws DemoException {
    Objects.requireNonNull(criteria, "criteria");
    Path repo = prepare(dir);
    log.println("Creating an example repository in " + repo);
    ExampleHistory.Commits commits = ExampleHistory.create(repo, criteria);
    log.printf("  %s  %s  (base)%n", ExampleHistory.MAIN_BRANCH, abbreviate(commits.base()));
    log.printf(
        "  %s  %s  (head, %s)%n",
        ExampleHistory.FEATURE_BRANCH, abbreviate(commits.head()), ExampleHistory.AI_TRAILER);
    ExampleTests.Summary tests = ExampleBuild.run(repo, log);
    return new Result(
        repo,
        commits.base(),
        commits.head(),
        Math.toIntExact(tests.run()),
        Math.toIntExact(tests.failed()));
  }

  /**
   * Compiles, tests and measures the example's sources checked out in {@code repo} again, as the
   * example's own build would (for a change made after {@link #create}, such as one written by
   * {@code assay generate}). Leaves the same reports; returns how many tests ran and failed.
   *
   * @throws DemoException when the sources do not compile or the tests cannot run
   */
  public static TestCounts build(Path repo, PrintStream log) throws DemoException {
    ExampleTests.Summary tests = ExampleBuild.run(repo.toAbsolutePath().normalize(), log);
    return new TestCounts(Math.toIntExact(tests.run()), Math.toIntExact(tests.failed()));
  }

  /** Tests a {@link #build} ran and how many of them failed. */
  public record TestCounts(int run, int failed) {}

  private static Path prepare(Path dir) throws DemoException {
    Path repo = dir.toAbsolutePath().normalize();
    try {
      if (Files.exists(repo) && !Files.isDirectory(repo)) {
        throw new DemoException(repo + " is a file; give an empty or new folder for the demo");
      }
      if (Files.isDirectory(repo) && !isEmpty(repo)) {
        throw new DemoException(repo + " is not empty; give an empty or new folder for the demo");
      }
      Files.createDirectories(repo);
      return repo;
    } catch (IOException e) {
      throw new DemoException("cannot create the demo folder " + repo + ": " + e.getMessage(), e);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static String abbreviate(String commit) {
    return commit.substring(0, 7);
  }
}
