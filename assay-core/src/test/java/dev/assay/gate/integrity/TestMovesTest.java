package dev.assay.gate.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.assay.api.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestMovesTest {
  private static final String JAVA = """
      class CartTest {
        @Test
        void adds() {
          Cart c = new Cart();
          c.add(2);
          assertEquals(2, c.total());
          assertThat(c.items()).hasSize(1);
        }
      }
      """;

  @TempDir Path dir;
  private int repos;

  private List<Finding> change(String path, String base, String head) throws Exception {
    try (IntegrityRepo repo = IntegrityRepo.init(dir.resolve("r" + repos++))) {
      if (base != null) {
        repo.write(path, base);
      }
      repo.write("README.md", "x\n").base();
      if (head == null) {
        repo.delete(path);
      } else {
        repo.write(path, head);
      }
      return IntegrityRepo.open(repo.head());
    }
  }

  @Test
  void skippedTestIsReportedAtItsMarker() throws Exception {
    String head = JAVA.replace("  @Test\n", "  @Disabled(\"later\")\n  @Test\n");
    assertThat(change("src/test/java/CartTest.java", JAVA, head))
        .extracting(Finding::rule, Finding::line)
        .containsExactly(tuple("integrity/test-skipped", 2));
  }

  @Test
  void deletedTestIsReported() throws Exception {
    String base = "def test_total():\n    assert total([1]) == 1\n\n\ndef test_empty():\n"
        + "    assert total([]) == 0\n";
    String head = "def test_total():\n    assert total([1]) == 1\n";
    assertThat(change("tests/test_cart.py", base, head))
        .extracting(Finding::rule, Finding::path, Finding::line)
        .containsExactly(tuple("integrity/test-deleted", "tests/test_cart.py", 1));
    assertThat(change("tests/test_cart.py", base, null))
        .extracting(Finding::rule).containsExactly("integrity/test-deleted", "integrity/test-deleted");
  }

  @Test
  void removedAssertionIsReportedAtTheTest() throws Exception {
    String head = JAVA.replace("    assertThat(c.items()).hasSize(1);\n", "");
    assertThat(change("src/test/java/CartTest.java", JAVA, head))
        .extracting(Finding::rule, Finding::line, Finding::message)
        .containsExactly(tuple("integrity/assertion-removed", 2, "assertions in `adds` went from 2"
            + " to 1; a test that checks less passes more easily. Restore them, or have a human"
            + " approve the change"));
  }

  @Test
  void assertionTurnedIntoACommentOrStringIsRemoved() throws Exception {
    String head = JAVA.replace("    assertThat(c.items()).hasSize(1);\n",
        "    // assertThat(c.items()).hasSize(1);\n    log(\"assertEquals(1, 1)\");\n");
    assertThat(change("src/test/java/CartTest.java", JAVA, head))
        .extracting(Finding::rule).containsExactly("integrity/assertion-removed");
  }

  @Test
  void unchangedAssertionCountIsNotReported() throws Exception {
    String head = JAVA.replace("assertEquals(2, c.total());", "assertEquals(3, c.total() + 1);");
    assertThat(change("src/test/java/CartTest.java", JAVA, head)).isEmpty();
  }

  @Test
  void newTestsWithoutAssertionInEachFramework() throws Exception {
    String java = JAVA.replace("}\n}\n", "}\n\n  @Test\n  void removes() {\n    new Cart().remove(1);\n  }\n}\n");
    assertThat(change("src/test/java/CartTest.java", JAVA, java))
        .extracting(Finding::rule, Finding::line, Finding::message)
        .containsExactly(tuple("integrity/test-without-assertion", 10, "new test `removes` contains"
            + " no assertion, so it passes whatever the code does; assert on the result, or have a"
            + " human approve it"));
    String py = "def test_total():\n    assert total([1]) == 1\n";
    assertThat(change("tests/test_cart.py", py, py + "\n\ndef test_runs():\n    total([2])\n"))
        .extracting(Finding::line).containsExactly(5);
    String js = "describe('cart', () => {\n  it('sums', () => {\n    expect(sum([1])).toBe(1);\n  });\n});\n";
    String jsHead = js.replace("});\n});", "});\n  it('runs', () => {\n    sum([2]);\n  });\n});");
    assertThat(change("web/cart.test.js", js, jsHead)).extracting(Finding::line, Finding::message)
        .singleElement().satisfies(t -> assertThat(t.toList().get(0)).isEqualTo(5));
    String go = "package cart\n\nimport \"testing\"\n\nfunc TestSum(t *testing.T) {\n"
        + "\tif Sum(1) != 1 {\n\t\tt.Errorf(\"bad\")\n\t}\n}\n";
    String goHead = go + "\nfunc TestRuns(t *testing.T) {\n\tSum(2)\n}\n";
    assertThat(change("cart/cart_test.go", go, goHead)).extracting(Finding::line)
        .containsExactly(11);
  }

  @Test
  void newTestsThatAssertThroughHelpersOrExpectedExceptionsAreFine() throws Exception {
    String head = JAVA.replace("}\n}\n", """
        }

          @Test
          void totalsMatch() {
            assertTotals(new Cart(), 0);
          }

          @Test(expected = IllegalArgumentException.class)
          void rejectsNegative() {
            new Cart().add(-1);
          }

          @Test
          void throwsOnNull() {
            assertThrows(NullPointerException.class, () -> new Cart().add(null));
          }

          @Test
          void checkoutWorks() {
            verifyCheckout(new Cart());
          }
        }
        """);
    assertThat(change("src/test/java/CartTest.java", JAVA, head)).isEmpty();
  }

  @Test
  void helperNamedLikeCheckoutIsNotAnAssertion() throws Exception {
    String head = JAVA.replace("}\n}\n", "}\n\n  @Test\n  void pays() {\n    checkout(new Cart());\n  }\n}\n");
    assertThat(change("src/test/java/CartTest.java", JAVA, head))
        .extracting(Finding::rule).containsExactly("integrity/test-without-assertion");
  }
}
