package dev.assay.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.ChangeType;
import dev.assay.api.ChangedLines;
import dev.assay.api.FileChange;
import dev.assay.api.LineRange;
import dev.assay.testkit.TestRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeCalculatorTest {
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

  /** Starts a feature branch from a main with the given files. */
  private void onFeatureBranch(String... pathsAndTexts) {
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      repo.write(pathsAndTexts[i], pathsAndTexts[i + 1]);
    }
    repo.commit("base");
    repo.branch("feature").checkout("feature");
  }

  private static String lines(String prefix, int count) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      b.append(prefix).append(i).append("();\n");
    }
    return b.toString();
  }

  @Test
  void modifiedFileHasInsertedAndReplacedLinesOnly() throws Exception {
    onFeatureBranch("A.java", "a\nb\nc\nd\ne\n");
    repo.write("A.java", "a\nB\nc\nd\nnew1\nnew2\ne\n").commit("edit");

    try (Change change = Changes.headAgainstDefault(dir)) {
      FileChange file = change.changeSet().file("A.java").orElseThrow();
      assertThat(file.type()).isEqualTo(ChangeType.MODIFIED);
      assertThat(file.addedLines()).isEqualTo(ChangedLines.ofLines(2, 5, 6));
      assertThat(change.changeSet().base().ref()).isEqualTo("main");
      assertThat(change.changeSet().head().ref()).isEqualTo("feature");
      assertThat(change.changeSet().head().commit()).isEqualTo(repo.head());
    }
  }

  @Test
  void baseIsTheMergeBaseSoLaterCommitsOnMainAreNotPartOfTheChange() throws Exception {
    onFeatureBranch("A.java", "a\n", "B.java", "b\n");
    String forkPoint = repo.head();
    repo.write("A.java", "a\nfeature\n").commit("feature work");
    repo.checkout("main").write("B.java", "b\nmain moved on\n").commit("main work");
    repo.checkout("feature");

    try (Change change = Changes.headAgainstDefault(dir)) {
      assertThat(change.changeSet().base().commit()).isEqualTo(forkPoint);
      assertThat(change.changeSet().files()).extracting(FileChange::path).containsExactly("A.java");
      assertThat(change.notes()).anySatisfy(n -> assertThat(n).contains("merge base").contains("`main`"));
    }
  }

  @Test
  void addedAndDeletedFiles() throws Exception {
    onFeatureBranch("old/Gone.java", "x\ny\n", "Keep.java", "k\n");
    repo.delete("old/Gone.java").write("New.java", "one\ntwo\n").commit("add and delete");

    try (Change change = Changes.headAgainstDefault(dir)) {
      assertThat(change.changeSet().files())
          .containsExactly(
              new FileChange("New.java", "New.java", ChangeType.ADDED, 100, ChangedLines.ofLines(1, 2)),
              new FileChange("old/Gone.java", "old/Gone.java", ChangeType.DELETED, 100, ChangedLines.none()));
    }
  }

  @Test
  void pureRenameHasNoAddedLinesAndRenameWithEditsOnlyTheEdits() throws Exception {
    String body = lines("call", 20);
    onFeatureBranch("src/Old.java", body, "src/Other.java", lines("other", 20));
    repo.rename("src/Old.java", "src/moved/New.java");
    repo.rename("src/Other.java", "src/Other2.java");
    repo.write("src/Other2.java", lines("other", 20).replace("other7();", "changed7();"));
    repo.commit("renames");

    try (Change change = Changes.headAgainstDefault(dir)) {
      FileChange pure = change.changeSet().file("src/moved/New.java").orElseThrow();
      assertThat(pure.type()).isEqualTo(ChangeType.RENAMED);
      assertThat(pure.oldPath()).isEqualTo("src/Old.java");
      assertThat(pure.similarity()).isEqualTo(100);
      assertThat(pure.addedLines().isEmpty()).isTrue();
      FileChange edited = change.changeSet().file("src/Other2.java").orElseThrow();
      assertThat(edited.type()).isEqualTo(ChangeType.RENAMED);
      assertThat(edited.similarity()).isBetween(60, 99);
      assertThat(edited.addedLines()).isEqualTo(ChangedLines.ofLines(7));
      assertThat(change.changeSet().files()).hasSize(2);
    }
  }

  @Test
  void crlfToLfAndTrailingWhitespaceAreNotNewLogic() throws Exception {
    onFeatureBranch("Win.java", "a\r\nb\r\nc\r\n", "Trail.java", "x\ny\n");
    repo.write("Win.java", "a\nb\nc\nd\n").write("Trail.java", "x   \ny\t\n").commit("normalise");

    try (Change change = Changes.headAgainstDefault(dir)) {
      assertThat(change.changeSet().file("Win.java").orElseThrow().addedLines())
          .isEqualTo(ChangedLines.ofLines(4));
      FileChange trail = change.changeSet().file("Trail.java").orElseThrow();
      assertThat(trail.type()).isEqualTo(ChangeType.MODIFIED);
      assertThat(trail.addedLines().isEmpty()).isTrue();
    }
  }

  @Test
  void blockMovedToAnotherFileIsNotAddedButNewLinesAroundItAre() throws Exception {
    String moved = "int total = 0;\nfor (int x : xs) {\n\n  total += x;\n}\n";
    onFeatureBranch("A.java", "class A {\n" + moved + "}\n", "B.java", "class B {\n}\n");
    repo.write("A.java", "class A {\n}\n");
    repo.write("B.java", "class B {\n  fresh();\n" + moved.replace("total +=", "    total +=") + "}\n");
    repo.commit("move a block");

    try (Change change = Changes.headAgainstDefault(dir)) {
      // Line 2 is new; lines 3-7 (with a blank line and re-indentation) came from A.java.
      assertThat(change.changeSet().file("B.java").orElseThrow().addedLines())
          .isEqualTo(ChangedLines.ofLines(2));
      assertThat(change.changeSet().file("A.java").orElseThrow().addedLines().isEmpty()).isTrue();
    }
  }

  @Test
  void shortRunsAreNotTakenForMoves() throws Exception {
    onFeatureBranch("A.java", "keep\nfoo();\nbar();\nkeep2\n", "B.java", "b\n");
    repo.write("A.java", "keep\nkeep2\n").write("B.java", "b\nfoo();\nbar();\n").commit("two lines");

    try (Change change = Changes.headAgainstDefault(dir)) {
      assertThat(change.changeSet().file("B.java").orElseThrow().addedLines())
          .isEqualTo(ChangedLines.ofLines(2, 3));
    }
  }

  @Test
  void blockMovedWithinOneFileIsNotAdded() throws Exception {
    String block = lines("step", 4);
    String middle = lines("stay", 8);
    onFeatureBranch("A.java", "top\n" + block + middle);
    repo.write("A.java", "top\n" + middle + block + "added();\n").commit("move down");

    try (Change change = Changes.headAgainstDefault(dir)) {
      assertThat(change.changeSet().file("A.java").orElseThrow().addedLines())
          .isEqualTo(ChangedLines.ofLines(14));
    }
  }

  @Test
  void binarySymlinkAndOversizedFilesAreSkippedWithAReason() throws Exception {
    onFeatureBranch("Keep.java", "k\n");
    repo.writeBytes("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    repo.symlink("link", "Keep.java");
    repo.write("big.txt", "x".repeat(2_000) + "\n");
    repo.write("Small.java", "s\n");
    repo.commit("assets");

    try (Change change =
        ChangeCalculator.compute(
            new ChangeRequest(dir, java.util.Optional.empty(), java.util.Optional.empty(), false, 1_000))) {
      assertThat(change.changeSet().files()).extracting(FileChange::path).containsExactly("Small.java");
      assertThat(change.changeSet().skipped())
          .extracting(s -> s.path() + ": " + s.reason())
          .containsExactly(
              "big.txt: larger than the 1000-byte limit for a file",
              "image.png: binary file",
              "link: symbolic link; links are not followed");
      assertThat(change.notes())
          .contains("Skipped 3 files no gate reads: 1 binary, 1 symbolic link, 1 too large.");
    }
  }

  @Test
  void submoduleIsSkipped() throws Exception {
    onFeatureBranch("Keep.java", "k\n");
    try (TestRepo sub = TestRepo.init(dir.getParent().resolve(dir.getFileName() + "-sub"))) {
      sub.write("lib.txt", "lib\n").commit("lib");
      repo.git()
          .submoduleAdd()
          .setURI(sub.dir().toUri().toString())
          .setPath("vendor/lib")
          .call()
          .close();
    }
    repo.commit("add submodule");

    try (Change change = Changes.headAgainstDefault(dir)) {
      assertThat(change.changeSet().skipped())
          .extracting(s -> s.path() + ": " + s.reason())
          .containsExactly("vendor/lib: submodule (gitlink); its own repository is not checked");
      assertThat(change.changeSet().files()).extracting(FileChange::path).containsExactly(".gitmodules");
    }
  }

  @Test
  void unicodeAndSpacedPathsAndNonUtf8Content() throws Exception {
    onFeatureBranch("README.md", "r\n");
    String nfc = "docs/caf\u00e9 menu/\u65e5\u672c.txt";
    repo.write(nfc, "bonjour\n");
    repo.writeBytes("latin1.txt", "na\u00efve\nline\n".getBytes(StandardCharsets.ISO_8859_1));
    repo.commit("unicode");

    try (Change change = Changes.headAgainstDefault(dir)) {
      assertThat(change.changeSet().files())
          .extracting(FileChange::path)
          .containsExactly(nfc, "latin1.txt");
      assertThat(change.changeSet().file("latin1.txt").orElseThrow().addedLines())
          .isEqualTo(ChangedLines.ofLines(1, 2));
      assertThat(change.head().read(nfc)).contains("bonjour\n");
      assertThat(change.head().read("latin1.txt")).contains("na\ufffdve\nline\n");
    }
  }

  @Test
  void copiedFileCarriesOnlyItsEdits() throws Exception {
    String body = lines("work", 30);
    onFeatureBranch("A.java", body);
    // Both new files resemble the deleted one: git pairs one as the rename, the other as a copy.
    repo.delete("A.java");
    repo.write("B.java", body.replace("work5();", "other5();"));
    repo.write("C.java", body.replace("work3();", "other3();"));
    repo.commit("rename and copy");

    try (Change change = Changes.headAgainstDefault(dir)) {
      List<FileChange> files = change.changeSet().files();
      assertThat(files).extracting(FileChange::type).containsExactlyInAnyOrder(ChangeType.RENAMED, ChangeType.COPIED);
      assertThat(files).allSatisfy(f -> assertThat(f.oldPath()).isEqualTo("A.java"));
      assertThat(change.changeSet().file("B.java").orElseThrow().addedLines().ranges())
          .containsExactly(LineRange.of(5));
      assertThat(change.changeSet().file("C.java").orElseThrow().addedLines().ranges())
          .containsExactly(LineRange.of(3));
    }
  }
}
