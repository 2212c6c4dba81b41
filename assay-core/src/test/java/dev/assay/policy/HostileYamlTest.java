package dev.assay.policy;

import static dev.assay.policy.TestCriteria.failsAt;
import static dev.assay.policy.TestCriteria.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Malformed and malicious criteria files: each one is a located error, never a crash or hang. */
class HostileYamlTest {

  @Test
  void billionLaughsFailsFastAtTheFirstAliasOverTheLimit() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i <= 9; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        yaml.append(j > 0 ? ", " : "").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    // Line 6 holds aliases 41-50 of a4; the 51st alias is the first on line 7 ("a6: &a6 [*a5").
    failsAt(yaml.toString(), 7, 10, "")
        .hasMessageContaining("more than 50 aliases")
        .hasMessageContaining("billion laughs");
  }

  @Test
  void scalarAliasesAreFineAndShared() {
    Criteria c = parse("gates:\n  coverage:\n    a: &r 80%\n    b: *r\n");
    assertThat(c.gate("coverage").orElseThrow().settings().ratio("b", 0)).isEqualTo(0.8);
  }

  @Test
  void selfReferencingAliasIsRejected() {
    failsAt("gates:\n  coverage:\n    a: &r [1, *r]\n", 3, 8, "gates.coverage.a[1]")
        .hasMessageContaining("refers to the list or mapping that contains it");
  }

  @Test
  void duplicateKeysNameBothLines() {
    failsAt("gates:\n  tests: {}\n  coverage: {}\n  tests: off\n", 4, 3, "gates.tests")
        .hasMessageContaining("duplicate key `tests` (lines 2 and 4)");
  }

  @Test
  void syntaxErrorIsLocatedAndWorded() {
    failsAt("gates:\n  tests: [a, b\n", 3, 1, "")
        .hasMessageContaining(
            "YAML syntax error: expected ',' or ']', but got the end of the file");
    failsAt("gates:\n  tests: a: b\n", 2, 11, "")
        .hasMessageContaining("a `: ` is not allowed here");
  }

  @Test
  void documentMustBeAMapping() {
    failsAt("- tests\n- coverage\n", 1, 1, "")
        .hasMessageContaining("the file must be a mapping of keys such as `gates:`, got a list");
    failsAt("just text\n", 1, 1, "").hasMessageContaining("got `just text`");
  }

  @Test
  void multipleDocumentsAreRejected() {
    failsAt("version: 1\n---\ngates: {}\n", 2, 1, "")
        .hasMessageContaining("more than one YAML document");
  }

  @Test
  void tabIndentationIsNamed() {
    failsAt("gates:\n\ttests: {}\n", 2, 1, "")
        .hasMessageContaining("a tab character is used for indentation")
        .hasMessageContaining("indent with spaces");
  }

  @Test
  void nonUtf8BytesAreLocated() {
    byte[] bytes = {'g', 'a', 't', 'e', 's', ':', '\n', ' ', ' ', 't', (byte) 0xE9, ':', ' ', '1'};
    failsAt(bytes, 2, 4, "")
        .hasMessageContaining("not valid UTF-8 (byte 0xE9")
        .hasMessageContaining("save the file as UTF-8");
    failsAt(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}, 1, 1, "").hasMessageContaining("UTF-16");
  }

  @Test
  void utf8ByteOrderMarkIsAccepted() {
    byte[] yaml = "gates:\n  tests: off\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[yaml.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(yaml, 0, withBom, 3, yaml.length);
    Criteria c = CriteriaLoader.parse(".assay.yml", withBom, TestCriteria.GATES);
    assertThat(c.gate("tests").orElseThrow().enabled()).isFalse();
  }

  @Test
  void controlCharacterIsLocated() {
    failsAt("version: 1\nbaseline: a\u0001b\n", 2, 12, "")
        .hasMessageContaining("U+0001 is not allowed");
  }

  @Test
  void hugeFileIsRefusedBeforeParsing() {
    byte[] big = new byte[YamlFileReader.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) '#');
    failsAt(big, 0, 0, "").hasMessageContaining("limited to 1 MiB");
  }

  @Test
  void deepNestingIsRefusedWithoutStackOverflow() {
    String deep = "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    // The root mapping is level 1, so the 64th bracket opens level 65.
    failsAt(deep, 1, 3 + GuardedParser.MAX_DEPTH, "")
        .hasMessageContaining("nesting deeper than 64");
    String deepBlock = "a:\n" + "  - ".repeat(1) + "{b: ".repeat(80) + "1" + "}".repeat(80);
    failsAt(deepBlock, 2, 5 + 4 * 62, "").hasMessageContaining("nesting deeper");
  }

  @Test
  void javaAndCustomTagsAreRejectedWithoutConstructingAnything() {
    failsAt("gates:\n  tests: !!java.lang.Runtime {}\n", 2, 10, "gates.tests")
        .hasMessageContaining("YAML tag `!!java.lang.Runtime` is not supported")
        .hasMessageContaining("remove the tag");
    failsAt("baseline: !custom x.json\n", 1, 11, "baseline")
        .hasMessageContaining("YAML tag `!custom`");
    failsAt("exclude: !!set {a, b}\n", 1, 10, "exclude").hasMessageContaining("`!!set`");
    failsAt("!!binary aGVsbG8=\n", 1, 1, "").hasMessageContaining("`!!binary`");
    failsAt("? !!java.io.File x\n: 1\n", 1, 3, "").hasMessageContaining("`!!java.io.File`");
  }

  @Test
  void plainYamlTagsAreHarmless() {
    Criteria c = parse("gates:\n  coverage: !!map\n    changed-lines: !!str 75%\n");
    assertThat(c.gate("coverage").orElseThrow().settings().ratio("changed-lines", 0))
        .isEqualTo(0.75);
  }

  @Test
  void complexAndEmptyKeysAreRejected() {
    failsAt("? [a, b]\n: 1\n", 1, 3, "").hasMessageContaining("a key must be plain text");
    failsAt("gates: {\"\": 1}\n", 1, 9, "gates").hasMessageContaining("empty key");
  }

  @Test
  void undefinedAliasIsASyntaxError() {
    failsAt("baseline: *nope\n", 1, 11, "")
        .hasMessageContaining("found the alias `*nope` but no anchor `&nope` before it");
  }
}
