package dev.assay.gate.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.ChangedLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExecutableLinesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "// comment",
        "/* block",
        " * javadoc",
        " */",
        "# python comment",
        "}",
        "});",
        "]",
        "import java.util.List;",
        "package a.b;",
        "from os import path",
        "#include <stdio.h>",
        "\"\"\"Docstring.\"\"\"",
        "-- sql comment",
        "<!-- html -->"
      })
  void notCode(String line) {
    assertThat(ExecutableLines.isCode(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "return x;",
        "x = 1",
        "*p = 3;",
        "--i;",
        "if (a) {",
        "} else {",
        "def f():",
        "public final class Money {",
        "#[derive(Debug)]",
        "important = true"
      })
  void code(String line) {
    assertThat(ExecutableLines.isCode(line)).isTrue();
  }

  @Test
  void onlyChangedLinesThatExistAreConsidered() {
    String text = "package a;\n\nclass A {\n  int x = 1;\n}\n";
    assertThat(ExecutableLines.of(text, ChangedLines.ofLines(1, 2, 3, 4, 5, 40)).toString())
        .isEqualTo("3-4");
  }
}
