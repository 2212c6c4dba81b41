package dev.assay.gate.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.ChangeType;
import dev.assay.api.ChangedLines;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.testkit.GateHarness;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestChangeAnalyzerTest {
  @TempDir Path root;

  private GateHarness<TestsConfig> harness() {
    return GateHarness.forGate(new TestsGate()).root(root)
        .config(TestsConfig.defaults().withRequireReports(false));
  }

  private List<Finding> modified(String path, String base, String head) throws Exception {
    GateResult r = harness().baseFile(path, base).headFile(path, head)
        .change(new FileChange(path, path, ChangeType.MODIFIED, 100, ChangedLines.ofLines(1)))
        .run();
    return r.findings();
  }

  private static final String JAVA_BASE = """
      class FooTest {
        @Test
        void adds() {
          assertEquals(2, 1 + 1);
        }

        @ParameterizedTest
        @ValueSource(ints = 1)
        void parses(int x) throws Exception {
          check(x);
        }
      }
      """;

  @Test
  void javaDisabledIsReportedAtTheMarkerLine() throws Exception {
    String head = JAVA_BASE.replace("  @Test\n", "  @Disabled(\"flaky\")\n  @Test\n");
    List<Finding> f = modified("src/test/java/FooTest.java", JAVA_BASE, head);
    assertThat(f).extracting(Finding::rule, Finding::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tests/skipped", 2));
    assertThat(f.get(0).message()).contains("`adds`");
  }

  @Test
  void javaMarkersInCommentsAndStringsDoNotFire() throws Exception {
    String head = JAVA_BASE
        .replace("  @Test\n", "  // @Disabled until later\n  /* @Ignore */ @Test\n")
        .replace("check(x);", "check(\"@Disabled enabled = false\"); /* } */");
    assertThat(modified("src/test/java/FooTest.java", JAVA_BASE, head)).isEmpty();
  }

  @Test
  void javaClassLevelIgnoreAndTestNgEnabledFalse() throws Exception {
    String classIgnored = "@Ignore\n" + JAVA_BASE;
    List<Finding> f = modified("src/test/java/FooTest.java", JAVA_BASE, classIgnored);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.line()).isEqualTo(1);
      assertThat(x.message()).contains("2 tests (adds, parses)");
    });
    String testng = JAVA_BASE.replace("  @Test\n", "  @Test(enabled = false)\n");
    assertThat(modified("src/test/java/FooTest.java", JAVA_BASE, testng))
        .extracting(Finding::line).containsExactly(2);
  }

  @Test
  void javaEmptiedBodyIsReportedButCommentOnlyBaseIsNot() throws Exception {
    String head = JAVA_BASE.replace("assertEquals(2, 1 + 1);", "// assertEquals(2, 1 + 1);");
    assertThat(modified("src/test/java/FooTest.java", JAVA_BASE, head))
        .extracting(Finding::rule, Finding::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tests/emptied", 2));
    assertThat(modified("src/test/java/FooTest.java", head, head)).isEmpty();
  }

  @Test
  void javaDeletedMethodAndRenameInPlace() throws Exception {
    String oneLess = JAVA_BASE.replace("""
          @Test
          void adds() {
            assertEquals(2, 1 + 1);
          }
        """, "");
    assertThat(modified("src/test/java/FooTest.java", JAVA_BASE, oneLess))
        .extracting(Finding::rule, Finding::message)
        .singleElement().satisfies(t -> assertThat(t.toList().get(1).toString())
            .contains("`adds`").contains("src/test/java/FooTest.java:2 at base"));
    String renamed = JAVA_BASE.replace("void adds()", "void addsTwoNumbers()");
    assertThat(modified("src/test/java/FooTest.java", JAVA_BASE, renamed)).isEmpty();
  }

  @Test
  void deletedFileAndRenamedFile() throws Exception {
    GateResult deleted = harness().baseFile("src/test/java/FooTest.java", JAVA_BASE)
        .change(new FileChange("src/test/java/FooTest.java", "src/test/java/FooTest.java",
            ChangeType.DELETED, 100, ChangedLines.none()))
        .run();
    assertThat(deleted.findings()).extracting(Finding::rule, Finding::line).containsOnly(
        org.assertj.core.groups.Tuple.tuple("tests/deleted", 0));
    assertThat(deleted.findings()).hasSize(2);

    GateResult renamed = harness().baseFile("src/test/java/OldTest.java", JAVA_BASE)
        .headFile("src/test/java/NewTest.java", JAVA_BASE)
        .change(new FileChange("src/test/java/NewTest.java", "src/test/java/OldTest.java",
            ChangeType.RENAMED, 100, ChangedLines.none()))
        .run();
    assertThat(renamed.findings()).isEmpty();
  }

  @Test
  void kotlinBacktickNames() throws Exception {
    String base = "class T {\n  @Test\n  fun `adds two`() {\n    check(1)\n  }\n}\n";
    String head = base.replace("  @Test", "  @Disabled @Test");
    assertThat(modified("src/test/kotlin/T.kt", base, head)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("`adds two`"));
  }

  private static final String PY_BASE = """
      import pytest


      def test_adds():
          assert 1 + 1 == 2


      class TestStock:
          def test_count(self):
              \"\"\"Counts.\"\"\"
              assert count() == 3
      """;

  @Test
  void pythonSkipDecoratorsAndCalls() throws Exception {
    String head = PY_BASE.replace("def test_adds", "@pytest.mark.skip(reason=\"x\")\ndef test_adds")
        .replace("        assert count", "        pytest.skip(\"later\")\n        assert count");
    List<Finding> f = modified("tests/test_stock.py", PY_BASE, head);
    assertThat(f).extracting(Finding::rule, Finding::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple("tests/skipped", 4),
        org.assertj.core.groups.Tuple.tuple("tests/skipped", 12));
    assertThat(f.get(1).message()).contains("TestStock.test_count");
  }

  @Test
  void pythonMarkersInStringsAndCommentsDoNotFire() throws Exception {
    String head = PY_BASE.replace("assert 1 + 1 == 2",
        "# pytest.skip(\"no\")\n    assert \"@pytest.mark.skip\" != \"pytest.skip(\"");
    assertThat(modified("tests/test_stock.py", PY_BASE, head)).isEmpty();
  }

  @Test
  void pythonEmptiedToPassOrDocstringOnly() throws Exception {
    String head = PY_BASE.replace("assert 1 + 1 == 2", "pass")
        .replace("        assert count() == 3\n", "");
    assertThat(modified("tests/test_stock.py", PY_BASE, head))
        .extracting(Finding::rule, Finding::line).containsExactly(
            org.assertj.core.groups.Tuple.tuple("tests/emptied", 4),
            org.assertj.core.groups.Tuple.tuple("tests/emptied", 9));
  }

  @Test
  void pythonDeletedTest() throws Exception {
    String head = PY_BASE.replace("def test_adds():\n    assert 1 + 1 == 2\n", "");
    assertThat(modified("tests/test_stock.py", PY_BASE, head)).extracting(Finding::rule)
        .containsExactly("tests/deleted");
  }

  @Test
  void testReplacedByATestForNewCodeIsADeletionNotARename() throws Exception {
    // The toolz trial (docs/trials.md): test_partition_all deleted, test_split_every added.
    String base =
        """
        def test_partition_all():
            assert list(partition_all(2, [1, 2, 3, 4])) == [(1, 2), (3, 4)]
            assert list(partition_all(2, [1, 2, 3])) == [(1, 2), (3,)]


        def test_count():
            assert count((1, 2, 3)) == 3
        """;
    String replaced =
        base.replace(
            """
            def test_partition_all():
                assert list(partition_all(2, [1, 2, 3, 4])) == [(1, 2), (3, 4)]
                assert list(partition_all(2, [1, 2, 3])) == [(1, 2), (3,)]
            """,
            """
            def test_split_every():
                assert list(split_every(lambda x: x == 0, [1, 0, 2])) == [[1], [2]]
                assert list(split_every(lambda x: x == 0, [])) == []
            """);
    String renamed = base.replace("def test_partition_all():", "def test_partition_all_pairs():");

    assertThat(modified("tests/test_itertoolz.py", base, replaced))
        .extracting(Finding::rule, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "tests/deleted",
                "2 tests at base, 2 at head: test_partition_all removed, test_split_every added;"
                    + " restore the missing tests, or say why they are no longer needed with an"
                    + " assay:ignore reason"));
    assertThat(modified("tests/test_itertoolz.py", base, renamed)).isEmpty();
  }

  private static final String JS_BASE = """
      describe('cart', () => {
        it('sums', () => {
          expect(total()).toBe(7);
        });

        test('discounts', function () {
          expect(discount()).toBe(5);
        });
      });
      """;

  @Test
  void jsSkipXitTodoAndDescribeSkip() throws Exception {
    String head = JS_BASE.replace("it('sums'", "it.skip('sums'").replace("test('discounts'",
        "xtest('discounts'");
    assertThat(modified("src/cart.test.js", JS_BASE, head))
        .extracting(Finding::rule, Finding::line).containsExactly(
            org.assertj.core.groups.Tuple.tuple("tests/skipped", 2),
            org.assertj.core.groups.Tuple.tuple("tests/skipped", 6));
    String whole = JS_BASE.replace("describe('cart'", "describe.skip('cart'");
    assertThat(modified("src/cart.test.js", JS_BASE, whole)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("cart sums").contains("cart discounts"));
  }

  @Test
  void jsMarkersInStringsAndCommentsDoNotFire() throws Exception {
    String head = JS_BASE.replace("expect(total()).toBe(7);",
        "// it.skip('sums')\n    expect(total('it.skip(\"x\", () => {})')).toBe(7);");
    assertThat(modified("src/cart.test.js", JS_BASE, head)).isEmpty();
  }

  @Test
  void jsEmptiedAndDeleted() throws Exception {
    String emptied = JS_BASE.replace("expect(discount()).toBe(5);", "");
    assertThat(modified("src/cart.test.js", JS_BASE, emptied))
        .extracting(Finding::rule, Finding::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tests/emptied", 6));
    String deleted = JS_BASE.replace("""
          it('sums', () => {
            expect(total()).toBe(7);
          });
        """, "");
    assertThat(modified("src/cart.test.ts", JS_BASE, deleted)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("`cart sums`"));
  }

  private static final String GO_BASE = """
      package cart

      import "testing"

      func TestTotal(t *testing.T) {
      	if Total() != 7 {
      		t.Fatal("bad")
      	}
      }

      func TestDiscount(tt *testing.T) {
      	check(tt)
      }
      """;

  @Test
  void goSkipCallsWithAnyParameterName() throws Exception {
    String head = GO_BASE.replace("\tcheck(tt)", "\ttt.Skipf(\"later %d\", 1)\n\tcheck(tt)")
        .replace("\tif Total()", "\t// t.Skip()\n\tlog(\"t.SkipNow()\")\n\tif Total()");
    assertThat(modified("cart/cart_test.go", GO_BASE, head))
        .extracting(Finding::rule, Finding::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tests/skipped", 14));
  }

  @Test
  void goEmptiedAndDeleted() throws Exception {
    String emptied = GO_BASE.replace("\tcheck(tt)\n", "\t// check(tt)\n");
    assertThat(modified("cart/cart_test.go", GO_BASE, emptied)).extracting(Finding::rule)
        .containsExactly("tests/emptied");
    String deleted = GO_BASE.substring(0, GO_BASE.indexOf("func TestDiscount"));
    assertThat(modified("cart/cart_test.go", GO_BASE, deleted)).extracting(Finding::rule)
        .containsExactly("tests/deleted");
  }

  @Test
  void nonTestPathsAreIgnored() throws Exception {
    String head = JAVA_BASE.replace("  @Test\n", "  @Disabled\n  @Test\n");
    assertThat(modified("src/main/java/Foo.java", JAVA_BASE, head)).isEmpty();
  }

  @Test
  void testMovedToAnotherFileIsNotDeleted() throws Exception {
    String withoutAdds = JAVA_BASE.replace("void adds()", "void addsElsewhere()")
        .replace("""
              @ParameterizedTest
              @ValueSource(ints = 1)
              void parses(int x) throws Exception {
                check(x);
              }
            """, "");
    String other = "class BarTest {\n  @Test\n  void parses() {\n    check(1);\n  }\n}\n";
    GateResult r = harness()
        .baseFile("src/test/java/FooTest.java", JAVA_BASE)
        .headFile("src/test/java/FooTest.java", withoutAdds)
        .change(new FileChange("src/test/java/FooTest.java", "src/test/java/FooTest.java",
            ChangeType.MODIFIED, 100, ChangedLines.ofLines(1)))
        .headFile("src/test/java/BarTest.java", other)
        .change(new FileChange("src/test/java/BarTest.java", "src/test/java/BarTest.java",
            ChangeType.ADDED, 100, ChangedLines.ofLines(1)))
        .run();
    assertThat(r.findings()).isEmpty();
  }
}
