package dev.assay.gate.maintainability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.lang.Language;
import dev.assay.lang.Tokenizer;
import org.junit.jupiter.api.Test;

class DuplicatesTest {
  private static final String BODY =
      """
      import java.util.List;
      import java.util.Map;
      class %s {
        int f(int[] xs) {
          int s = 0;
          for (int i = 0; i < xs.length; i++) {
            if (xs[i] > 10) { s += xs[i] * 2; } else { s -= 1; }
          }
          return s;
        }
      }
      """;

  private static Duplicates.Normalized norm(String path, String src) {
    return Duplicates.normalize(path, Tokenizer.tokenize(Language.JAVA, src));
  }

  @Test
  void wholeTreeReportsEachPairOnceAtTheLaterFile() {
    Duplicates d = new Duplicates(30);
    d.add(norm("a/A.java", BODY.formatted("A")));
    d.add(norm("b/B.java", BODY.formatted("B").replace("xs", "values").replace("10", "99")));
    d.add(norm("c/C.java", "class C { void g() { run(); } }"));
    assertThat(d.findAll())
        .singleElement()
        .satisfies(c -> {
          assertThat(c.path()).isEqualTo("b/B.java");
          assertThat(c.otherPath()).isEqualTo("a/A.java");
          assertThat(c.line()).isEqualTo(3);
          assertThat(c.otherEndLine()).isEqualTo(11);
        });
  }

  @Test
  void importsAndCommentsDoNotMakeDuplicates() {
    String imports = "import a.b.C;\n".repeat(40) + "// same comment\n".repeat(20);
    Duplicates d = new Duplicates(20);
    d.add(norm("A.java", imports + "class A {}"));
    d.add(norm("B.java", imports + "class B {}"));
    assertThat(d.findAll()).isEmpty();
  }

  @Test
  void aChangedStructureIsNotACopy() {
    // The 33 tokens after the changed loop header are equal, below the 40-token window.
    Duplicates d = new Duplicates(40);
    d.add(norm("A.java", BODY.formatted("A")));
    d.add(norm("B.java", BODY.formatted("B").replace("for (int i = 0;", "while (")));
    assertThat(d.findAll()).isEmpty();
  }
}
