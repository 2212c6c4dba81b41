package dev.assay.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.ChangeType;
import dev.assay.api.ChangedLines;
import dev.assay.api.FileChange;
import dev.assay.api.Revision;
import dev.assay.testkit.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingTreeChangeTest {
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

  @Test
  void stagedUnstagedAndUntrackedFilesButNotIgnoredOnes() throws Exception {
    String head =
        repo.write(".gitignore", "target/\n*.log\n")
            .write("Staged.java", "s\n")
            .write("Unstaged.java", "u\n")
            .write("Gone.java", "g\n")
            .write("Same.java", "same\n")
            .commit("base");
    repo.write("Staged.java", "s\nstaged\n").stage("Staged.java");
    repo.write("Unstaged.java", "u\nunstaged\n");
    repo.write("Untracked.java", "new\n");
    repo.write("target/classes/Out.java", "ignored\n").write("debug.log", "ignored\n");
    repo.delete("Gone.java");

    try (Change change = Changes.workingTree(dir)) {
      assertThat(change.changeSet().head()).isEqualTo(new Revision(Revision.WORKING_TREE, head));
      assertThat(change.changeSet().base().commit()).isEqualTo(head);
      assertThat(change.changeSet().files())
          .containsExactly(
              new FileChange("Gone.java", "Gone.java", ChangeType.DELETED, 100, ChangedLines.none()),
              new FileChange("Staged.java", "Staged.java", ChangeType.MODIFIED, 100, ChangedLines.ofLines(2)),
              new FileChange("Unstaged.java", "Unstaged.java", ChangeType.MODIFIED, 100, ChangedLines.ofLines(2)),
              new FileChange("Untracked.java", "Untracked.java", ChangeType.ADDED, 100, ChangedLines.ofLines(1)));
      assertThat(change.head().read("Unstaged.java")).contains("u\nunstaged\n");
      assertThat(change.base().read("Unstaged.java")).contains("u\n");
      assertThat(change.notes()).contains("HEAD is on `main`; checking uncommitted changes against HEAD.");
    }
  }

  @Test
  void onAFeatureBranchTheWorkingTreeIsComparedWithTheMergeBase() throws Exception {
    String fork = repo.write("A.java", "a\n").commit("base");
    repo.branch("feature").checkout("feature");
    repo.write("A.java", "a\ncommitted\n").commit("feature work");
    repo.write("A.java", "a\ncommitted\nuncommitted\n");

    try (Change change = Changes.workingTree(dir)) {
      assertThat(change.changeSet().base().commit()).isEqualTo(fork);
      assertThat(change.changeSet().file("A.java").orElseThrow().addedLines())
          .isEqualTo(ChangedLines.ofLines(2, 3));
    }
  }

  @Test
  void untrackedRenameIsDetected() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      body.append("line").append(i).append('\n');
    }
    repo.write("Old.java", body.toString()).commit("base");
    repo.rename("Old.java", "New.java");

    try (Change change = Changes.workingTree(dir)) {
      FileChange file = change.changeSet().file("New.java").orElseThrow();
      assertThat(file.type()).isEqualTo(ChangeType.RENAMED);
      assertThat(file.oldPath()).isEqualTo("Old.java");
      assertThat(file.addedLines().isEmpty()).isTrue();
    }
  }

  @Test
  void repositoryWithoutCommitsComparesTheWorkingTreeWithTheEmptyTree() throws Exception {
    repo.write(".gitignore", "build/\n").write("src/A.java", "a\nb\n").write("build/X.java", "x\n");

    try (Change change = Changes.workingTree(dir)) {
      assertThat(change.changeSet().files())
          .extracting(FileChange::path, FileChange::type)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(".gitignore", ChangeType.ADDED),
              org.assertj.core.groups.Tuple.tuple("src/A.java", ChangeType.ADDED));
      assertThat(change.changeSet().head()).isEqualTo(new Revision(Revision.WORKING_TREE, ""));
      assertThat(change.changeSet().base().commit()).isEmpty();
      assertThat(change.base().read("src/A.java")).isEmpty();
      assertThat(change.notes()).anySatisfy(n -> assertThat(n).contains("no commits yet"));
    }
  }

  @Test
  void symlinkedDirectoryOutsideTheRepositoryIsNeverFollowed(@TempDir Path outside) throws Exception {
    Files.writeString(outside.resolve("secret.txt"), "secret\n");
    repo.write("A.java", "a\n").commit("base");
    repo.symlink("escape", outside.toString());
    repo.symlink("secret-link.txt", outside.resolve("secret.txt").toString());

    try (Change change = Changes.workingTree(dir)) {
      assertThat(change.changeSet().files()).isEmpty();
      assertThat(change.changeSet().skipped())
          .extracting(s -> s.path())
          .containsExactly("escape", "secret-link.txt");
      assertThat(change.head().read("escape/secret.txt")).isEmpty();
      assertThat(change.head().read("secret-link.txt")).isEmpty();
      assertThat(change.head().read("../" + outside.getFileName() + "/secret.txt")).isEmpty();
      assertThat(change.head().read("A.java")).contains("a\n");
    }
  }
}
