package dev.assay.llm.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditParserTest {
  private static final long CAP = 1 << 20;

  @Test
  void readsWholeFilesAndSearchReplaceBlocksIgnoringProse() throws Exception {
    List<Edit> edits = EditParser.parse("""
        Here is the change.

        ### FILE: src/main/java/a/A.java
        ```java
        class A {}
        ```

        And the test:
        ### EDIT: src/test/java/a/ATest.java
        ```
        <<<<<<< SEARCH
          void one() {}
        =======
          void one() {}
          void two() {}
        >>>>>>> REPLACE
        <<<<<<< SEARCH
        x
        =======
        >>>>>>> REPLACE
        ```
        """, CAP);

    assertThat(edits).containsExactly(
        new Edit.WholeFile("src/main/java/a/A.java", "class A {}\n"),
        new Edit.SearchReplace("src/test/java/a/ATest.java", List.of(
            new Edit.Block("  void one() {}\n", "  void one() {}\n  void two() {}\n", 11),
            new Edit.Block("x\n", "", 17))));
  }

  @Test
  void answerWithNoCodeSaysSo() {
    assertThatThrownBy(() -> EditParser.parse("I cannot help with that.", CAP))
        .isInstanceOfSatisfying(EditException.class,
            e -> assertThat(e.problems()).containsExactly(
                "The answer contains no edits. Send the change as ### FILE: or ### EDIT: blocks."));
  }

  @Test
  void severalCodeBlocksWithoutHeadersAreEachNamed() {
    assertThatThrownBy(() -> EditParser.parse("""
        ```java
        class A {}
        ```
        or maybe
        ```java
        class B {}
        ```
        """, CAP))
        .isInstanceOfSatisfying(EditException.class, e -> assertThat(e.problems()).containsExactly(
            "Line 1: this code block has no ### FILE: or ### EDIT: line before it, so it is not clear which file it is for.",
            "Line 5: this code block has no ### FILE: or ### EDIT: line before it, so it is not clear which file it is for."));
  }

  @Test
  void pathsOutsideTheRepositoryAreRefused() {
    assertThatThrownBy(() -> EditParser.parse("""
        ### FILE: ../../etc/passwd
        ```
        x
        ```
        ### FILE: /tmp/evil
        ```
        x
        ```
        ### FILE: .git/hooks/pre-commit
        ```
        x
        ```
        """, CAP))
        .isInstanceOfSatisfying(EditException.class, e -> assertThat(e.problems()).containsExactly(
            "The path ../../etc/passwd leaves the repository (it has a .. segment); it was refused.",
            "The path /tmp/evil is absolute; paths must be relative to the repository root.",
            "The path .git/hooks/pre-commit is inside .git; repository metadata cannot be edited."));
  }

  @Test
  void unclosedBlockLooksCutOff() {
    assertThatThrownBy(() -> EditParser.parse("### FILE: A.java\n```java\nclass A {\n", CAP))
        .hasMessage("Line 2: this code block is never closed (was the answer cut off?).");
  }

  @Test
  void hugeAnswerIsRefusedBeforeParsing() {
    assertThatThrownBy(() -> EditParser.parse("x".repeat(2000), 1000))
        .hasMessageStartingWith("The answer is 2000 bytes, over the limit of 1000");
  }

  @Test
  void malformedSearchBlocksAndDuplicatesAreExplained() {
    assertThatThrownBy(() -> EditParser.parse("""
        ### EDIT: A.java
        ```
        <<<<<<< SEARCH
        a
        >>>>>>> REPLACE
        ```
        ### FILE: B.java
        ```
        b
        ```
        ### FILE: B.java
        ```
        c
        ```
        ### EDIT: C.java
        ```
        replace everything
        ```
        ### FILE: D.java
        no block here
        """, CAP))
        .isInstanceOfSatisfying(EditException.class, e -> assertThat(e.problems()).containsExactly(
            "Line 3: the SEARCH block for A.java has no \"=======\" line.",
            "Line 17: in the EDIT for C.java, expected \"<<<<<<< SEARCH\" but found \"replace everything\".",
            "Line 19: the header for D.java is not followed by a code block.",
            "B.java is given as a whole FILE twice; send it once."));
  }
}
