package dev.assay.java.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.BuildModule;
import dev.assay.api.CriterionResult;
import dev.assay.api.Finding;
import dev.assay.api.Status;
import dev.assay.check.Check;
import dev.assay.check.CheckRequest;
import dev.assay.engine.GateReport;
import dev.assay.engine.ReportedFinding;
import dev.assay.engine.RunResult;
import dev.assay.testkit.TestRepo;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run: true} end to end: a real git repository with a real compiled project, checked as the
 * CLI does; PIT runs in-process on the changed lines only.
 */
class MutationRunTest {
  @TempDir Path dir;

  static final String CRITERIA =
      """
      gates:
        tests: {enabled: false}
        coverage: {enabled: false}
        mutation:
          enabled: true
          run: true
          timeout-ms: 1000
      """;

  static final String BASE =
      """
      package demo;

      public class Calc {
        public static int max(int a, int b) {
          return a > b ? a : b;
        }
      }
      """;

  static final String HEAD =
      """
      package demo;

      public class Calc {
        public static int max(int a, int b) {
          return a > b ? a : b;
        }

        public static int clamp(int v, int lo, int hi) {
          if (v < lo) {
            return lo;
          }
          if (v > hi) {
            return hi;
          }
          return v;
        }

        public static int stepsToZero(long n) {
          int steps = 0;
          while (n != 0) {
            n = n - 1;
            steps++;
          }
          return steps;
        }
      }
      """;

  static final String BASE_TEST =
      """
      package demo;

      import static org.junit.jupiter.api.Assertions.assertEquals;

      import org.junit.jupiter.api.Test;

      class CalcTest {
        @Test
        void max() {
          assertEquals(3, Calc.max(3, 1));
        }
      }
      """;

  static final String HEAD_TEST =
      """
      package demo;

      import static org.junit.jupiter.api.Assertions.assertEquals;

      import org.junit.jupiter.api.Test;

      class CalcTest {
        @Test
        void max() {
          assertEquals(3, Calc.max(3, 1));
        }

        @Test
        void clampRuns() {
          Calc.clamp(5, 0, 10);
          assertEquals(0, Calc.clamp(-1, 0, 10));
        }

        @Test
        void steps() {
          assertEquals(3, Calc.stepsToZero(3));
        }
      }
      """;

  /** An unrelated test class that never reaches Calc: must not be given to PIT. */
  static final String OTHER_TEST =
      """
      package demo;

      import org.junit.jupiter.api.Test;

      class OtherTest {
        @Test
        void nothing() {}
      }
      """;

  @Test
  void mutatesChangedLinesAndReportsSurvivorsTimeoutsAndMissingClasses() throws Exception {
    try (TestRepo repo = TestRepo.init(dir.resolve("repo"))) {
      repo.write(".gitignore", "target/\n")
          .write(".assay.yml", CRITERIA)
          .write("src/main/java/demo/Calc.java", BASE)
          .write("src/test/java/demo/CalcTest.java", BASE_TEST)
          .write("src/test/java/demo/OtherTest.java", OTHER_TEST)
          .commit("base");
      repo.branch("feature").checkout("feature");
      repo.write("src/main/java/demo/Calc.java", HEAD)
          .write("src/test/java/demo/CalcTest.java", HEAD_TEST);
      new JavaProject(repo.dir()).compile();
      writeClasspath(repo.dir());
      // Added after compiling: a changed source with no classes, as with a stale build.
      repo.write(
          "src/main/java/demo/Later.java", "package demo;\n\nclass Later {\n  int x = 1;\n}\n");
      repo.commit("clamp and stepsToZero");

      GateReport g = mutation(check(repo.dir()));

      CriterionResult score = g.criteria().get(0);
      assertThat(score.id()).isEqualTo("mutation/min-score");
      assertThat(g.status()).isEqualTo(Status.FAIL);
      List<Finding> findings = g.findings().stream().map(ReportedFinding::finding).toList();
      // Nothing on the unchanged method max (lines 4-6).
      assertThat(findings).allMatch(f -> f.line() == 0 || f.line() >= 8);
      assertThat(rulesByLine(findings))
          .contains("mutation/survived:12", "mutation/timed-out:21", "mutation/missing-classes:0");
      assertThat(findings)
          .anyMatch(
              f ->
                  f.message()
                      .startsWith(
                          "Replacing `>` with `>=` at line 12 (in `clamp`) was not detected by any"
                              + " test"));
      assertThat(findings)
          .filteredOn(f -> f.rule().equals("mutation/missing-classes"))
          .singleElement()
          .satisfies(f -> assertThat(f.path()).isEqualTo("src/main/java/demo/Later.java"));
      assertThat(g.criteria())
          .filteredOn(c -> c.id().equals("mutation/missing-classes"))
          .singleElement()
          .satisfies(c -> assertThat(c.status()).isEqualTo(Status.FAIL));
      assertThat(g.notes()).anyMatch(n -> n.contains("with 1 of 2 test classes"));
      assertThat(Integer.parseInt(g.metrics().get("mutants"))).isGreaterThan(5);
    }
  }

  @Test
  void aTestFailingWithoutMutationIsAGateErrorWithPitsReason() throws Exception {
    try (TestRepo repo = TestRepo.init(dir.resolve("repo"))) {
      repo.write(".gitignore", "target/\n")
          .write(".assay.yml", CRITERIA)
          .write("src/main/java/demo/Calc.java", BASE)
          .write("src/test/java/demo/CalcTest.java", BASE_TEST)
          .commit("base");
      repo.branch("feature").checkout("feature");
      repo.write("src/main/java/demo/Calc.java", HEAD)
          .write(
              "src/test/java/demo/CalcTest.java",
              HEAD_TEST.replace(
                  "assertEquals(0, Calc.clamp(-1, 0, 10))",
                  "assertEquals(7, Calc.clamp(-1, 0, 10))"));
      new JavaProject(repo.dir()).compile();
      writeClasspath(repo.dir());
      repo.commit("a failing test");

      GateReport g = mutation(check(repo.dir()));

      assertThat(g.status()).isEqualTo(Status.ERROR);
      assertThat(g.summary()).startsWith("PIT failed");
    }
  }

  @Test
  void noClasspathFileIsAnErrorSayingHowToWriteOne() throws Exception {
    try (TestRepo repo = TestRepo.init(dir.resolve("repo"))) {
      repo.write(".gitignore", "target/\n")
          .write(".assay.yml", CRITERIA)
          .write("src/main/java/demo/Calc.java", BASE)
          .commit("base");
      repo.branch("feature").checkout("feature");
      repo.write("src/main/java/demo/Calc.java", HEAD);
      new JavaProject(repo.dir()).compile();
      repo.commit("change");

      GateReport g = mutation(check(repo.dir()));

      assertThat(g.status()).isEqualTo(Status.ERROR);
      assertThat(g.summary())
          .contains("classpath file target/classpath.txt not found")
          .contains("dependency:build-classpath");
    }
  }

  @Test
  void classesAndClasspathComeFromTheBuildWhenTheBuildHandsThemIn() throws Exception {
    try (TestRepo repo = TestRepo.init(dir.resolve("repo"))) {
      repo.write(".gitignore", "target/\n")
          .write(".assay.yml", CRITERIA)
          .write("src/main/java/demo/Calc.java", BASE)
          .write("src/test/java/demo/CalcTest.java", BASE_TEST)
          .commit("base");
      repo.branch("feature").checkout("feature");
      repo.write("src/main/java/demo/Calc.java", HEAD)
          .write("src/test/java/demo/CalcTest.java", HEAD_TEST);
      new JavaProject(repo.dir()).compile();
      repo.commit("change");
      // No classpath file: what a Maven reactor knows about the module is all PIT gets.
      Path root = repo.dir().toRealPath();
      BuildModule module =
          new BuildModule(
              "demo:calc",
              root,
              root.resolve("target/classes"),
              root.resolve("target/test-classes"),
              JavaProject.junitJars());

      RunResult r =
          Check.run(
                  new CheckRequest(
                      repo.dir(),
                      Optional.of("main"),
                      Optional.empty(),
                      false,
                      Optional.empty(),
                      Optional.empty(),
                      CheckRequest.DEFAULT_MAX_FILE_BYTES,
                      false,
                      List.of(module)))
              .result();
      GateReport g = mutation(r);

      // PIT ran on the build's classes (without them the gate is an ERROR asking for a
      // classpath file) and placed mutants on the changed lines. Which outcome each mutant has
      // depends on PIT's timing, as in the test above; that PIT got them is what is tested here.
      assertThat(g.status()).isEqualTo(Status.FAIL);
      assertThat(g.summary()).doesNotContain("classpath file");
      assertThat(rulesByLine(g.findings().stream().map(ReportedFinding::finding).toList()))
          .anyMatch(s -> s.startsWith("mutation/") && s.endsWith(":12"));
    }
  }

  static void writeClasspath(Path root) throws Exception {
    Files.writeString(
        root.resolve("target/classpath.txt"),
        JavaProject.junitJars().stream()
            .map(Path::toString)
            .collect(Collectors.joining(File.pathSeparator)));
  }

  static RunResult check(Path repo) throws Exception {
    return Check.run(
            new CheckRequest(
                repo,
                Optional.of("main"),
                Optional.empty(),
                false,
                Optional.empty(),
                Optional.empty(),
                CheckRequest.DEFAULT_MAX_FILE_BYTES))
        .result();
  }

  static GateReport mutation(RunResult r) {
    return r.gates().stream()
        .filter(g -> g.id().equals("mutation"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(r.gates() + " " + r.notes()));
  }

  static List<String> rulesByLine(List<Finding> findings) {
    return findings.stream().map(f -> f.rule() + ":" + f.line()).toList();
  }
}
