package dev.assay.llm.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiffCompressorTest {
  private static FileDiff added(String path, int lines, int firstLine) {
    List<FileDiff.Line> ls = new ArrayList<>();
    ls.add(new FileDiff.Line(' ', firstLine - 1, "context"));
    for (int i = 0; i < lines; i++) {
      ls.add(new FileDiff.Line('+', firstLine + i, "line " + i));
    }
    return new FileDiff(path, false, false, List.of(new FileDiff.Hunk(ls)));
  }

  @Test
  void keepsProductionCodeBeforeTestsBeforeDocsAndListsTheRest() {
    List<FileDiff> files = List.of(
        added("docs/guide.md", 50, 1), added("src/test/java/ATest.java", 30, 1),
        added("src/main/java/A.java", 10, 5), added("src/main/java/B.java", 20, 5));

    DiffCompressor.Compressed c = DiffCompressor.compress(files, 1500);

    assertThat(c.reviewed()).containsExactly("src/main/java/B.java", "src/main/java/A.java", "src/test/java/ATest.java");
    assertThat(c.notReviewed()).containsExactly("docs/guide.md");
    // Not everything fitted with context, so context went first: only the added lines are shown.
    assertThat(c.anchorable().get("src/main/java/A.java")).contains(5, 14).doesNotContain(4, 15);
  }

  @Test
  void contextShrinksBeforeFilesAreDroppedAndWithheldLinesAreReplaced() {
    List<FileDiff.Line> ls = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      ls.add(new FileDiff.Line(i == 6 ? '+' : ' ', i, "line " + i));
    }
    FileDiff f = new FileDiff("A.java", false, false, List.of(new FileDiff.Hunk(ls)));
    int full = DiffCompressor.render(f, 3).length();

    DiffCompressor.Compressed c = DiffCompressor.compress(List.of(f), full - 1, Map.of("A.java", Set.of(6)));

    assertThat(c.reviewed()).containsExactly("A.java");
    assertThat(c.text()).contains("    5   line 5").contains("    6 + " + DiffCompressor.WITHHELD)
        .doesNotContain("line 4").doesNotContain("line 6");
  }
}
