package dev.assay.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.diff.RawText;
import org.junit.jupiter.api.Test;

class FileDifferTest {

  @Test
  void lineCountIsRawTextsLineCount() {
    String[] texts = {"", "a", "a\n", "a\nb", "a\nb\n", "\n", "\n\n", "a\r\nb\r\n", "a\rb", "x\n\ny"};
    for (String t : texts) {
      byte[] bytes = t.getBytes(StandardCharsets.UTF_8);
      assertThat(FileDiffer.lineCount(bytes)).as(t.replace("\n", "\\n").replace("\r", "\\r"))
          .isEqualTo(new RawText(bytes).size());
    }
  }
}
