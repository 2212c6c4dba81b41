package dev.assay.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.assay.api.ChangeType;
import dev.assay.api.ChangedLines;
import dev.assay.api.FileChange;
import dev.assay.api.LineRange;
import dev.assay.api.SkippedFile;
import dev.assay.testkit.TestRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole tree as a change: what {@code assay scan} and {@code check --all} look at. */
class WholeTreeTest {
  @TempDir Path dir;
  TestRepo repo;

  @BeforeEach
  void init() {
    repo = TestRepo.init(dir);
  }

  @AfterEach
  void close() {
    repo.close();
  }

  private Change whole(Optional<String> base, boolean workingTree) throws ChangeException {
    return ChangeCalculator.compute(
        new ChangeRequest(dir, base, Optional.empty(), workingTree, Changes.MAX, true));
  }

  @Test
  void everyFileAtHeadIsAddedWithAllItsLines() throws Exception {
    repo.write("src/A.java", "a\nb\nc\n").write("README.md", "one line, no newline");
    repo.commit("first");
    repo.write("src/B.java", "x\ny\n").write("empty.txt", "").delete("README.md");
    repo.writeBytes("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    repo.commit("second");

    try (Change change = whole(Optional.empty(), false)) {
      assertThat(change.changeSet().files())
          .extracting(FileChange::path, FileChange::type, FileChange::addedLines)
          .containsExactly(
              tuple("empty.txt", ChangeType.ADDED, ChangedLines.of(List.of())),
              tuple("src/A.java", ChangeType.ADDED, ChangedLines.of(List.of(new LineRange(1, 3)))),
              tuple("src/B.java", ChangeType.ADDED, ChangedLines.of(List.of(new LineRange(1, 2)))));
      assertThat(change.changeSet().skipped()).extracting(SkippedFile::path).containsExactly("logo.png");
      assertThat(change.changeSet().base().ref()).isEqualTo(Range.EMPTY_TREE);
      assertThat(change.changeSet().head().commit()).isEqualTo(repo.head());
      assertThat(change.base().read("src/A.java")).isEmpty();
      assertThat(change.notes()).anySatisfy(n -> assertThat(n).startsWith("Whole tree:"));
    }
  }

  @Test
  void theWorkingTreeIncludesUntrackedFilesButNotIgnoredOnes() throws Exception {
    repo.write(".gitignore", "target/\n").write("A.java", "a\n").commit("first");
    repo.write("New.java", "n\nm\n").write("target/Out.java", "generated\n");

    try (Change change = whole(Optional.empty(), true)) {
      assertThat(change.changeSet().files())
          .extracting(FileChange::path)
          .containsExactly(".gitignore", "A.java", "New.java");
      assertThat(change.changeSet().file("New.java").orElseThrow().addedLines().count())
          .isEqualTo(2);
    }
  }

  @Test
  void aBaseMakesNoSenseForTheWholeTree() {
    repo.write("A.java", "a\n").commit("first");

    assertThatThrownBy(() -> whole(Optional.of("main"), false))
        .isInstanceOf(ChangeException.class)
        .hasMessageContaining("cannot be combined with --base main")
        .satisfies(
            e -> assertThat(((ChangeException) e).kind()).isEqualTo(ChangeException.Kind.INVALID_REQUEST));
  }
}
