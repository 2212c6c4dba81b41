package dev.assay.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.testkit.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Built trees per commit: exported, built once, reused, rebuilt after a failure, pruned. */
class SideTreesTest {
  @TempDir Path dir;
  @TempDir Path cache;

  @Test
  void aTreeIsExportedBuiltOnceAndReusedWhileTheBuildCommandIsTheSame() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.txt", "one").write("bin/run.sh", "echo hi\n");
      repo.git().add().addFilepattern(".").call();
      String c = repo.commit("one");
      SideTrees trees = new SideTrees(dir, cache, "echo x >> builds.txt", Duration.ofMinutes(1));
      SideTrees.Built first = trees.tree("base", c);
      assertThat(first.fresh()).isTrue();
      assertThat(Files.readString(first.tree().resolve("a.txt"))).isEqualTo("one");
      assertThat(Files.readString(first.tree().resolve("builds.txt"))).isEqualTo("x\n");
      assertThat(trees.tree("base", c).fresh()).isFalse();
      assertThat(Files.readString(first.tree().resolve("builds.txt"))).isEqualTo("x\n");
      // another build command: rebuilt from a fresh export
      SideTrees other = new SideTrees(dir, cache, "echo y >> builds.txt", Duration.ofMinutes(1));
      assertThat(other.tree("base", c).fresh()).isTrue();
      assertThat(Files.readString(first.tree().resolve("builds.txt"))).isEqualTo("y\n");
      // the repository's work tree and worktree list are untouched
      assertThat(dir.resolve("builds.txt")).doesNotExist();
      assertThat(dir.resolve(".git/worktrees")).doesNotExist();
    }
  }

  @Test
  void aFailedBuildIsNotReused() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.txt", "one");
      String c = repo.commit("one");
      SideTrees trees = new SideTrees(dir, cache, "echo broken; exit 4", Duration.ofMinutes(1));
      assertThatThrownBy(() -> trees.tree("head", c)).isInstanceOf(PerfException.class)
          .hasMessageContaining("building the head (" + c.substring(0, 12) + ")")
          .hasMessageContaining("failed (exit code 4)").hasMessageContaining("broken");
      assertThat(cache.resolve(c).resolve(SideTrees.MARKER)).doesNotExist();
      SideTrees fixed = new SideTrees(dir, cache, "true", Duration.ofMinutes(1));
      assertThat(fixed.tree("head", c).fresh()).isTrue();
    }
  }

  @Test
  void theLeastRecentlyUsedTreesArePruned() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      List<String> commits = new ArrayList<>();
      SideTrees trees = new SideTrees(dir, cache, "", Duration.ofMinutes(1));
      for (int i = 0; i < 4; i++) {
        repo.write("a.txt", "v" + i);
        commits.add(repo.commit("c" + i));
        trees.tree("base", commits.get(i));
        Files.setLastModifiedTime(cache.resolve(commits.get(i)).resolve(SideTrees.MARKER),
            java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
      }
      assertThat(trees.prune(2, Set.of(commits.get(0)))).isEqualTo(2);
      assertThat(cache.resolve(commits.get(0))).exists();
      assertThat(cache.resolve(commits.get(3))).exists();
      assertThat(cache.resolve(commits.get(1))).doesNotExist();
      assertThat(cache.resolve(commits.get(2))).doesNotExist();
    }
  }
}
