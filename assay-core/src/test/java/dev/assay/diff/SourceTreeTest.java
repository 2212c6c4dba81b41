package dev.assay.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.SourceTree;
import dev.assay.testkit.TestRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTreeTest {
  @TempDir Path dir;

  @Test
  void bothSidesReturnEmptyForWhatIsNotReadableText() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("A.java", "base\r\n").write("Old.java", "old\n").commit("base");
      repo.branch("feature").checkout("feature");
      repo.write("A.java", "head\r\n").delete("Old.java");
      repo.writeBytes("bin.dat", new byte[] {1, 0, 2}).write("big.txt", "y".repeat(50));
      repo.symlink("link.java", "A.java").write("sub/B.java", "b\n").commit("head");

      try (Change change =
          ChangeCalculator.compute(new ChangeRequest(dir, Optional.empty(), Optional.empty(), false, 40))) {
        SourceTree base = change.base();
        SourceTree head = change.head();
        assertThat(base.read("A.java")).contains("base\r\n");
        assertThat(head.read("A.java")).contains("head\r\n");
        assertThat(base.read("Old.java")).contains("old\n");
        // Twice: by path lookups, then (past CommitTree.INDEX_AFTER reads) from the tree's index.
        for (int round = 0; round < 2; round++) {
          for (String unreadable : List.of("Old.java", "bin.dat", "big.txt", "link.java",
              "missing", "../A.java", "/A.java", "./A.java", "", ".git/config", "sub")) {
            assertThat(head.read(unreadable)).as(unreadable).isEmpty();
          }
          assertThat(head.read("sub/B.java")).contains("b\n");
          for (int i = 0; round == 0 && i <= CommitTree.INDEX_AFTER; i++) {
            assertThat(head.read("A.java")).contains("head\r\n");
          }
        }
      }
    }
  }

  @Test
  void readsConcurrentlyAndFailsClearlyAfterClose() throws Exception {
    Change closed;
    try (TestRepo repo = TestRepo.init(dir)) {
      for (int i = 0; i < 50; i++) {
        repo.write("f" + i + ".txt", "file " + i + "\n");
      }
      repo.commit("base");
      repo.branch("feature").checkout("feature").write("f0.txt", "changed\n").commit("head");

      Change change = Changes.headAgainstDefault(dir);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Optional<String>>> reads =
            IntStream.range(0, 400)
                .mapToObj(i -> pool.submit(() -> change.base().read("f" + (i % 50) + ".txt")))
                .toList();
        for (int i = 0; i < reads.size(); i++) {
          assertThat(reads.get(i).get()).contains("file " + (i % 50) + "\n");
        }
      } finally {
        pool.shutdown();
      }
      change.close();
      closed = change;
    }
    assertThatThrownBy(() -> closed.head().read("f0.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
