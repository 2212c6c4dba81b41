package dev.assay.llm.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditApplierTest {
  @TempDir Path root;

  private static Edit.SearchReplace edit(String path, String search, String replace) {
    return new Edit.SearchReplace(path, List.of(new Edit.Block(search, replace, 3)));
  }

  @Test
  void appliesWholeFilesAndBlocks() throws Exception {
    Files.writeString(root.resolve("A.java"), "class A {\n  int x;\n}\n");
    List<String> written = EditApplier.apply(root, List.of(
        edit("A.java", "  int x;\n", "  int x;\n  int y;\n"),
        new Edit.WholeFile("src/B.java", "class B {}\n")), Set.of());
    assertThat(written).containsExactly("A.java", "src/B.java");
    assertThat(Files.readString(root.resolve("A.java"))).isEqualTo("class A {\n  int x;\n  int y;\n}\n");
    assertThat(Files.readString(root.resolve("src/B.java"))).isEqualTo("class B {}\n");
  }

  @Test
  void searchThatDoesNotMatchSaysWhereItStopsMatchingAndNothingIsWritten() throws Exception {
    Files.writeString(root.resolve("A.java"), "class A {\n  int x;\n  int y;\n}\n");
    assertThatThrownBy(() -> EditApplier.apply(root, List.of(
            new Edit.WholeFile("New.java", "class New {}\n"),
            edit("A.java", "  int x;\n  int z;\n", "  int x;\n")), Set.of()))
        .isInstanceOfSatisfying(EditException.class, e -> assertThat(e.problems()).containsExactly(
            "Did not apply: SEARCH block 1 of the EDIT for A.java (answer line 3) does not match the file. "
                + "Its first 1 line(s) match from line 2 of the file, but its line 2 \"  int z;\" differs from line 3 of the file, which is \"  int y;\"."));
    assertThat(root.resolve("New.java")).doesNotExist();
  }

  @Test
  void indentationDifferenceIsNamed() throws Exception {
    Files.writeString(root.resolve("A.java"), "class A {\n    int x;\n}\n");
    assertThatThrownBy(() -> EditApplier.apply(root, List.of(edit("A.java", "  int x;\n", "")), Set.of()))
        .hasMessageContaining("matches line 2 of the file only if whitespace is ignored");
  }

  @Test
  void ambiguousSearchIsRefused() throws Exception {
    Files.writeString(root.resolve("A.java"), "x();\ny();\nx();\n");
    assertThatThrownBy(() -> EditApplier.apply(root, List.of(edit("A.java", "x();\n", "z();\n")), Set.of()))
        .hasMessageContaining("matches more than one place (lines 1 and 3)");
  }

  @Test
  void editOfMissingFileAndCriteriaFileAndSymlinkAreRefused() throws Exception {
    Path outside = Files.createTempDirectory("outside");
    Files.createSymbolicLink(root.resolve("link"), outside);
    assertThatThrownBy(() -> EditApplier.apply(root, List.of(
            edit("Missing.java", "a\n", "b\n"),
            new Edit.WholeFile(".assay.yml", "version: 1\n"),
            new Edit.WholeFile("link/escape.txt", "x\n")), Set.of(".assay.yml")))
        .isInstanceOfSatisfying(EditException.class, e -> assertThat(e.problems()).containsExactly(
            "Did not apply: the EDIT for Missing.java names a file that does not exist (or is not UTF-8 text); use ### FILE: to create it.",
            "Did not apply: .assay.yml holds the acceptance criteria and may not be changed by this task.",
            "Did not apply: link/escape.txt resolves through a symbolic link or outside the repository; it was refused."));
    assertThat(outside.resolve("escape.txt")).doesNotExist();
  }
}
