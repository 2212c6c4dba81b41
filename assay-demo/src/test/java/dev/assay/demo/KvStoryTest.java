package dev.assay.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key-value store of the demo's performance story: its tests pass on both commits, and the
 * build and benchmark commands its criteria file gives the performance gate really work there
 * (real javac and java processes, as the gate runs them).
 */
class KvStoryTest {
  private static final Pattern BUILD = Pattern.compile("(?m)^    build: (.+)$");
  private static final Pattern COMMAND = Pattern.compile("(?m)^        command: (.+)$");

  @TempDir static Path temp;
  private static DemoProject.Result demo;
  private static String criteria;

  @BeforeAll
  static void createDemo() throws Exception {
    demo =
        DemoProject.create(
            temp.resolve("demo"), quiet(), DemoProject.Criteria.WITH_PERFORMANCE);
    criteria = Files.readString(demo.repo().resolve(".assay.yml"));
  }

  @Test
  void theCriteriaAddThePerformanceGateToTheTestsAndCoverageOnes() throws Exception {
    String testsAndCoverage;
    try (var in = ExampleFile.class.getResourceAsStream("example/base/assay.yml")) {
      testsAndCoverage = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(criteria)
        .startsWith(testsAndCoverage)
        .contains("  performance:", "PkLookup: p50 <= 0.15 ms", "expect: O(log n)");
  }

  @Test
  void theStoresTestsPassOnTheBaseToo() throws Exception {
    Path base = checkout(ExampleHistory.MAIN_BRANCH, "base");

    DemoProject.TestCounts counts = DemoProject.build(base, quiet());

    // 5 of the pricing library, 5 of the store; the head adds the one discount test.
    assertThat(counts).isEqualTo(new DemoProject.TestCounts(10, 0));
    assertThat(demo.testsRun()).isEqualTo(11);
    assertThat(demo.testsFailed()).isZero();
  }

  @Test
  void theGatesBuildAndBenchmarkCommandsRunOnBothCommits() throws Exception {
    String build = single(BUILD);
    String command = single(COMMAND).replace("{size} 100", "1000 20");
    assertThat(command).as("the criteria's command, with a short run").endsWith("KvBench 1000 20");
    for (Path tree : List.of(checkout(ExampleHistory.MAIN_BRANCH, "bench-base"), demo.repo())) {
      run(tree, build);
      String json = run(tree, command);

      assertThat(json)
          .as("%s in %s", command, tree)
          .contains("\"name\": \"PkLookup\"", "\"name\": \"Insert\"", "\"size\": 1000")
          .containsPattern("\"operations\": [1-9]");
    }
  }

  private static String single(Pattern key) {
    Matcher m = key.matcher(criteria);
    assertThat(m.find()).as("%s in\n%s", key, criteria).isTrue();
    return m.group(1);
  }

  /** A clone of the demo repository with {@code branch} checked out. */
  private static Path checkout(String branch, String name) throws Exception {
    Path dir = temp.resolve(name);
    try (Git clone =
        Git.cloneRepository()
            .setURI(demo.repo().toUri().toString())
            .setDirectory(dir.toFile())
            .setBranch(branch)
            .call()) {
      return dir;
    }
  }

  /** Runs {@code command} through the shell in {@code dir}, with this JDK's tools first. */
  private static String run(Path dir, String command) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("sh", "-c", command).directory(dir.toFile()).redirectErrorStream(true);
    String jdk = Path.of(System.getProperty("java.home"), "bin").toString();
    builder.environment().merge("PATH", jdk, (path, bin) -> bin + File.pathSeparator + path);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String text = new String(output, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("%s in %s:\n%s", command, dir, text).isZero();
    return text;
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
