package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.testkit.TestRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change that cannot be computed is a usage error (exit 2) that says what to do. */
class RepositoryErrorsTest {
  @TempDir Path tmp;

  @Test
  void baseThatDoesNotExistIsNamed() {
    Path repo = history();

    CliRun run = CliRun.of("check", "--repo", repo.toString(), "--base", "release/9");

    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.err())
        .contains("base `release/9` does not exist")
        .contains("branches found: feature, main");
  }

  @Test
  void directoryOutsideAnyRepositoryIsNotAGitRepository() throws IOException {
    Path plain = Files.createDirectories(tmp.resolve("plain"));

    CliRun run = CliRun.of("check", "--repo", plain.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.err()).contains("not a git repository").contains(plain.toString());
  }

  @Test
  void repositoryWithoutCommitsNeedsWorkingTree() {
    Path repo;
    try (TestRepo r = TestRepo.init(tmp.resolve("empty"))) {
      r.write("src/main/java/A.java", "class A {}\n");
      repo = r.dir();
    }

    CliRun run = CliRun.of("check", "--repo", repo.toString());
    CliRun workingTree = CliRun.of("check", "--repo", repo.toString(), "--working-tree");

    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.err()).contains("no commits yet").contains("--working-tree");
    assertThat(workingTree.code()).as("%s", workingTree).isIn(0, 1, 3);
    assertThat(workingTree.out()).contains("The repository has no commits yet");
  }

  @Test
  void shallowCloneWithoutTheBaseSaysHowToFetchIt() throws Exception {
    Path origin = history();
    git(tmp, "clone", "--quiet", "--depth", "1", "--branch", "feature", url(origin), "clone");
    Path clone = tmp.resolve("clone");

    CliRun run = CliRun.of("check", "--repo", clone.toString(), "--base", "main");

    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.err())
        .contains("base `main` does not exist")
        .contains("shallow clone")
        .contains("git fetch --unshallow origin +refs/heads/main:refs/remotes/origin/main")
        .contains("fetch-depth: 0");
  }

  @Test
  void shallowCloneOfTheDefaultBranchIsNotCheckedAgainstAnEmptyTree() throws Exception {
    Path origin = history();
    try (TestRepo r = TestRepo.init(origin)) {
      r.checkout("main");
    }
    git(tmp, "clone", "--quiet", "--depth", "1", url(origin), "clone");
    Path clone = tmp.resolve("clone");

    CliRun run = CliRun.of("check", "--repo", clone.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.err()).contains("did not fetch").contains("git fetch --deepen=1");
    assertThat(clone.resolve("assay-reports")).doesNotExist();
  }

  /** main: one commit; feature: one more, checked out. */
  private Path history() {
    try (TestRepo r = TestRepo.init(tmp.resolve("origin"))) {
      r.write("src/main/java/A.java", "class A {}\n").commit("one");
      r.write("README.md", "read me\n").commit("two");
      r.branch("feature").checkout("feature");
      r.write("README.md", "read me again\n").commit("three");
      return r.dir();
    }
  }

  private static String url(Path dir) {
    return "file://" + dir.toAbsolutePath().toUri().getRawPath();
  }

  private static void git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "protocol.file.allow=always"));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("git %s: %s", command, output).isZero();
  }
}
