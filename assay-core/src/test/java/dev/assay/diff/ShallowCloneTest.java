package dev.assay.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.testkit.TestRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shallow clones made by the real git CLI, as CI checkouts are. */
class ShallowCloneTest {
  @TempDir Path origin;
  @TempDir Path work;
  Path clone;

  @BeforeEach
  void history() {
    try (TestRepo repo = TestRepo.init(origin)) {
      repo.write("A.java", "a\n").commit("one");
      repo.write("A.java", "a\na\n").commit("two");
      repo.branch("feature").checkout("feature");
      for (int i = 1; i <= 3; i++) {
        repo.write("F.java", "f\n".repeat(i)).commit("feature " + i);
      }
      repo.checkout("main");
      for (int i = 3; i <= 4; i++) {
        repo.write("A.java", "a\n".repeat(i)).commit("main " + i);
      }
    }
    clone = work.resolve("clone");
  }

  @Test
  void mergeBaseCutOffByDepthExplainsHowToFetchAndTheFixWorks() throws Exception {
    git(work, "clone", "--quiet", "--depth", "1", "--no-single-branch", "--branch", "feature", url(), "clone");

    assertThatThrownBy(() -> Changes.headAgainstDefault(clone))
        .isInstanceOf(ChangeException.class)
        .satisfies(e -> assertThat(((ChangeException) e).kind()).isEqualTo(ChangeException.Kind.SHALLOW_CLONE))
        .hasMessageContaining("cannot find where HEAD forked from `origin/main`")
        .hasMessageContaining("git fetch --unshallow")
        .hasMessageContaining("git fetch --deepen=50 origin main")
        .hasMessageContaining("fetch-depth: 0");

    git(clone, "fetch", "--quiet", "--deepen=50", "origin", "main");
    try (Change change = Changes.headAgainstDefault(clone)) {
      assertThat(change.changeSet().base().ref()).isEqualTo("origin/main");
      assertThat(change.changeSet().files()).extracting(f -> f.path()).containsExactly("F.java");
    }
  }

  @Test
  void singleBranchCloneHasNoDefaultBranchAndTheSuggestedFetchWorks() throws Exception {
    git(work, "clone", "--quiet", "--depth", "1", "--branch", "feature", url(), "clone");

    assertThatThrownBy(() -> Changes.headAgainstDefault(clone))
        .isInstanceOf(ChangeException.class)
        .satisfies(e -> assertThat(((ChangeException) e).kind()).isEqualTo(ChangeException.Kind.SHALLOW_CLONE))
        .hasMessageContaining("no default branch to compare against")
        .hasMessageContaining("git fetch --unshallow origin +refs/heads/main:refs/remotes/origin/main");

    git(clone, "fetch", "--quiet", "--unshallow", "origin", "+refs/heads/main:refs/remotes/origin/main");
    try (Change change = Changes.headAgainstDefault(clone)) {
      assertThat(change.changeSet().base().ref()).isEqualTo("origin/main");
      assertThat(change.changeSet().file("F.java").orElseThrow().addedLines().count()).isEqualTo(3);
    }
  }

  @Test
  void depthOneCloneOfTheDefaultBranchIsNotCheckedAgainstAnEmptyTree() throws Exception {
    // CI on a push to main: HEAD is the default branch and its parent was never fetched.
    git(work, "clone", "--quiet", "--depth", "1", url(), "clone");

    assertThatThrownBy(() -> Changes.headAgainstDefault(clone))
        .isInstanceOf(ChangeException.class)
        .satisfies(e -> assertThat(((ChangeException) e).kind()).isEqualTo(ChangeException.Kind.SHALLOW_CLONE))
        .hasMessageContaining("against its parent, which this clone did not fetch")
        .hasMessageContaining("  git fetch --deepen=1\n");

    git(clone, "fetch", "--quiet", "--deepen=1");
    try (Change change = Changes.headAgainstDefault(clone)) {
      assertThat(change.changeSet().files()).extracting(f -> f.path()).containsExactly("A.java");
      assertThat(change.changeSet().file("A.java").orElseThrow().addedLines().count()).isEqualTo(1);
    }
  }

  @Test
  void baseExpressionBeyondTheDepthSuggestsUnshallow() throws Exception {
    git(work, "clone", "--quiet", "--depth", "1", "--branch", "feature", url(), "clone");

    assertThatThrownBy(() -> Changes.against(clone, "HEAD~2"))
        .isInstanceOf(ChangeException.class)
        .hasMessageContaining("base `HEAD~2` does not exist")
        .hasMessageContaining("  git fetch --unshallow\n");
  }

  private String url() {
    return origin.toUri().toString().replace("file:/", "file:///").replace("file:////", "file:///");
  }

  private static void git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "protocol.file.allow=always"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("git %s: %s", command, output).isZero();
  }
}
