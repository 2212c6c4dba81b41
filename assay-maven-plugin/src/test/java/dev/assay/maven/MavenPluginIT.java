package dev.assay.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.assay.check.Check;
import dev.assay.check.CheckRequest;
import dev.assay.report.ReportWriter;
import dev.assay.testkit.TestRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin in a real Maven build: a two-module reactor (src/test/resources/reactor) in a real git
 * repository, built offline by the Maven that runs this build, with the plugin and the Assay modules
 * from the repository that {@code invoker:install} filled under target and everything else read
 * from the user's local repository as a read-only tail.
 */
class MavenPluginIT {
  @TempDir Path dir;

  static final String UNTESTED =
      """
      package demo.b;

      import demo.a.Greeter;

      public final class Calc {
        private Calc() {}

        public static int max(int a, int b) {
          return a > b ? a : b;
        }

        public static String announce(int n) {
          return Greeter.greet("#" + n);
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
      }
      """;

  static final String CLAMP_TEST =
      """
      package demo.b;

      import static org.junit.jupiter.api.Assertions.assertEquals;

      import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

      class ClampTest {
        @Test
        void clamps() {
          assertEquals(0, Calc.clamp(-1, 0, 10));
          assertEquals(10, Calc.clamp(11, 0, 10));
          assertEquals(5, Calc.clamp(5, 0, 10));
        }
      }
      """;

  @BeforeAll
  static void needsMaven39() {
    String version = System.getProperty("maven.version");
    // Set by the failsafe configuration; without it the test would skip itself silently.
    assertThat(version).as("system property maven.version (failsafe configuration)").isNotBlank();
    String[] v = version.split("\\.");
    assumeTrue(
        Integer.parseInt(v[0]) > 3 || (Integer.parseInt(v[0]) == 3 && Integer.parseInt(v[1]) >= 9),
        "the forked builds read ~/.m2 as a read-only tail (maven.repo.local.tail), Maven 3.9+;"
            + " this build runs Maven " + version);
  }

  @Test
  void blocksAnUntestedChangeSkipsOnRequestRefusesBadCriteriaAndPassesOnceTested() throws Exception {
    Path project = dir.resolve("reactor");
    try (TestRepo repo = TestRepo.init(project)) {
      copyTemplate(project);
      repo.commit("base");
      repo.branch("feature").checkout("feature");
      repo.write("lib-b/src/main/java/demo/b/Calc.java", UNTESTED).commit("clamp, untested");

      Run blocked = maven(project);
      assertThat(blocked.exit()).as(blocked.output()).isEqualTo(1);
      assertThat(blocked.output())
          .contains("Assay: recorded lib-a; the verdict is computed after lib-b, the last module")
          .contains("BLOCKED")
          .contains("Assay: criteria not met")
          .contains("coverage/changed-lines");
      Path reports = project.resolve("target/assay-reports");
      assertThat(reports)
          .isDirectoryContaining("glob:**/assay.json")
          .isDirectoryContaining("glob:**/assay.md")
          .isDirectoryContaining("glob:**/assay.sarif")
          .isDirectoryContaining("glob:**/assay-junit.xml")
          .isDirectoryContaining("glob:**/assay.html");
      // The same engine run as `assay check` does it gives the same bytes.
      Path cli = dir.resolve("cli-reports");
      Check.Outcome outcome =
          Check.run(
              new CheckRequest(
                  project,
                  Optional.empty(),
                  Optional.empty(),
                  false,
                  Optional.empty(),
                  Optional.of(cli),
                  CheckRequest.DEFAULT_MAX_FILE_BYTES));
      ReportWriter.writeAll(outcome.result(), cli, BuildCheck.reporters(BuildCheck.ALL_FORMATS));
      for (String f : List.of("assay.json", "assay.md", "assay.sarif", "assay-junit.xml")) {
        assertThat(reports.resolve(f)).as(f).hasSameBinaryContentAs(cli.resolve(f));
      }

      deleteTree(reports);
      Run skipped = maven(project, "-Dassay.skip=true", "-DskipTests");
      assertThat(skipped.exit()).as(skipped.output()).isZero();
      assertThat(skipped.output()).contains("Assay: skipped (assay.skip)").doesNotContain("BLOCKED");
      assertThat(reports).doesNotExist();

      Path bad = dir.resolve("bad-criteria.yml");
      Files.writeString(bad, "version: 1\ngates:\n  coverage:\n    changed-lines: lots\n");
      Run mistaken = maven(project, "-DskipTests", "-Djacoco.skip", "-Dassay.criteria=" + bad);
      assertThat(mistaken.exit()).as(mistaken.output()).isEqualTo(1);
      assertThat(mistaken.output())
          .contains("Assay: criteria error: " + bad + ":4:")
          .contains("`gates.coverage.changed-lines`");

      repo.write("lib-b/src/test/java/demo/b/ClampTest.java", CLAMP_TEST).commit("test clamp");
      Run passed = maven(project);
      assertThat(passed.exit()).as(passed.output()).isZero();
      assertThat(passed.output()).contains("PASS").doesNotContain("BLOCKED");
      assertThat(Files.readString(reports.resolve("assay.json"))).contains("\"verdict\": \"PASS\"");
    }
  }

  record Run(int exit, String output) {}

  /** {@code mvn -o verify} in the project with the Maven running this build. */
  static Run maven(Path project, String... extra) throws Exception {
    String home = System.getProperty("maven.home");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(home, "bin", "mvn").toString());
    cmd.addAll(
        List.of(
            "-o",
            "-B",
            "-ntp",
            "-Dmaven.repo.local=" + System.getProperty("assay.it.repo"),
            "-Dmaven.repo.local.tail=" + System.getProperty("assay.it.tail"),
            "verify"));
    cmd.addAll(List.of(extra));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.remove("MAVEN_ARGS");
    env.remove("MAVEN_OPTS");
    String agent = System.getProperty("assay.it.agent", "");
    if (agent.startsWith("-javaagent:")) {
      // The plugin's classes only: instrumenting all of Maven would slow the builds down.
      env.put("MAVEN_OPTS", agent + ",includes=dev.assay.*");
    }
    Path log = project.resolve("../maven-" + System.nanoTime() + ".log");
    pb.redirectOutput(log.toFile());
    long start = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("Maven did not finish in 5 minutes: " + Files.readString(log));
    }
    System.out.printf(
        "MavenPluginIT: mvn %s -> exit %d in %d s%n",
        String.join(" ", extra), p.exitValue(), (System.nanoTime() - start) / 1_000_000_000L);
    return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** The reactor template, with this build's versions filled in. */
  static void copyTemplate(Path to) throws IOException {
    Path from = Path.of("src/test/resources/reactor");
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = from.relativize(p).toString().replace("gitignore.txt", ".gitignore");
        String text =
            Files.readString(p)
                .replace("@assay.version@", System.getProperty("assay.version"))
                .replace("@junit.version@", System.getProperty("junit.version"));
        Path target = to.resolve(rel);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text);
      }
    }
  }

  private static void deleteTree(Path d) throws IOException {
    try (Stream<Path> s = Files.walk(d)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
