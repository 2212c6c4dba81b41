package dev.assay.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.SourceTree;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

  @Test
  void lineTextIsTheLineAsARegexSplitWouldCutIt() {
    String[] texts = {
      "", "one", "one\n", "one\ntwo", "a\r\nb\r\n", "a\rb\nc", "\r\r\n", "\n\n", "x\r", "x\r\n\ry\n\r",
    };
    for (String text : texts) {
      Fingerprints f = new Fingerprints(tree(text));
      String[] expected = text.split("\r?\n", -1);
      for (int line = 0; line <= expected.length + 1; line++) {
        String want = line >= 1 && line <= expected.length ? expected[line - 1] : "";
        assertThat(f.lineText("f.txt", line)).as("line %d of %s", line, text.replace("\r", "\\r"))
            .isEqualTo(want);
      }
    }
  }

  @Test
  void aMissingFileHasNoLines() {
    Fingerprints f = new Fingerprints(SourceTree.empty());
    assertThat(f.lineText("f.txt", 1)).isEmpty();
  }

  private static SourceTree tree(String text) {
    return path -> path.equals("f.txt") ? Optional.of(text) : Optional.empty();
  }
}
