package dev.assay.gate.maintainability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.CriteriaException;
import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.api.Status;
import dev.assay.check.BuiltInGates;
import dev.assay.testkit.GateHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaintainabilityGateTest {
  @TempDir Path root;

  private GateHarness<MaintainabilityConfig> harness() {
    return GateHarness.forGate(new MaintainabilityGate())
        .config(MaintainabilityConfig.defaults())
        .root(root);
  }

  private static List<String> rules(GateResult r) {
    return r.findings().stream().map(f -> f.rule() + "@" + f.line()).toList();
  }

  /** A Java method of {@code lines} code lines (signature and closing brace included). */
  private static String javaMethod(String name, int lines, boolean marked) {
    StringBuilder sb = new StringBuilder("  void " + name + "() {" + (marked ? " // +" : "") + "\n");
    for (int i = 0; i < lines - 2; i++) {
      sb.append("    call").append(i).append("();").append(marked ? " // +" : "").append('\n');
    }
    return sb.append("  }").append(marked ? " // +" : "").append('\n').toString();
  }

  @Test
  void fiftyOneLinesFailFiftyPass() throws Exception {
    String src =
        "class A {\n" + javaMethod("ok", 50, true) + javaMethod("tooLong", 51, true) + "}\n";
    // The two generated methods are copies of each other once names are normalised.
    GateResult r = harness()
        .config(MaintainabilityConfig.defaults().withMinDuplicateTokens(100_000))
        .changedFile("src/A.java", src)
        .run();
    assertThat(rules(r)).containsExactly("maintainability/function-length@52");
    Finding f = r.findings().get(0);
    assertThat(f.message()).contains("`tooLong`", "lines of code 51", "maximum 50");
    assertThat(f.endLine()).isEqualTo(102);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.criteria()).extracting(c -> c.id() + "=" + c.status())
        .containsExactly(
            "maintainability/function-length=FAIL",
            "maintainability/complexity=PASS",
            "maintainability/nesting=PASS",
            "maintainability/parameters=PASS",
            "maintainability/duplication=PASS");
  }

  @Test
  void unchangedLongFunctionIsNotReported() throws Exception {
    String src = "class A {\n" + javaMethod("old", 80, false) + "  int x = 1; // +\n}\n";
    GateResult r = harness().changedFile("src/A.java", src).run();
    assertThat(r.findings()).isEmpty();
    assertThat(r.metrics()).containsEntry("changed-functions", "0");
  }

  @Test
  void oneChangedLineMakesTheWholeFunctionCount() throws Exception {
    String body = javaMethod("old", 60, false).replace("call7();", "call7(); // +");
    GateResult r = harness().changedFile("src/A.java", "class A {\n" + body + "}\n").run();
    assertThat(rules(r)).containsExactly("maintainability/function-length@2");
  }

  private static String pythonWithDecisions(int decisions) {
    StringBuilder sb = new StringBuilder("def decide(x):  # +\n");
    for (int i = 0; i < decisions; i++) {
      sb.append("    if x == ").append(i).append(":  # +\n        return ").append(i)
          .append("  # +\n");
    }
    return sb.append("    return -1  # +\n").toString();
  }

  @Test
  void complexityTenPassesElevenFailsInPython() throws Exception {
    GateResult ten = harness().changedFile("m/ten.py", pythonWithDecisions(9)).run();
    assertThat(ten.findings()).isEmpty();
    GateResult eleven = harness().changedFile("m/eleven.py", pythonWithDecisions(10)).run();
    assertThat(rules(eleven)).containsExactly("maintainability/complexity@1");
    assertThat(eleven.findings().get(0).properties())
        .containsEntry("actual", "11")
        .containsEntry("threshold", "10")
        .containsEntry("function", "decide");
  }

  @Test
  void decisionsInsideStringsAndCommentsDoNotCount() throws Exception {
    StringBuilder sb = new StringBuilder("function f(a) { // +\n");
    for (int i = 0; i < 12; i++) {
      sb.append("  log(\"if (a && b) || c ? d : e\"); // if (x) && y // +\n");
    }
    sb.append("  return `${a}` + /if|while/.source; // +\n} // +\n");
    assertThat(harness().changedFile("web/f.js", sb.toString()).run().findings()).isEmpty();
  }

  @Test
  void nestingAndParametersInGoAndTypeScript() throws Exception {
    String go =
        """
        package p
        func deep(a, b, c, d, e, f int) { // +
        	if a > 0 { // +
        		for b > 0 { // +
        			switch c { // +
        			case 1: // +
        				if d > 0 { // +
        					if e > 0 { // +
        						return // +
        					} // +
        				} // +
        			} // +
        		} // +
        	} // +
        } // +
        """;
    GateResult r = harness().changedFile("p/deep.go", go).run();
    assertThat(rules(r))
        .containsExactlyInAnyOrder(
            "maintainability/nesting@2", "maintainability/parameters@2");
    String ts = "export function ok(a: Map<string, number>, b: string[], c?: number) { // +\n"
        + "  return a; // +\n} // +\n";
    assertThat(harness().changedFile("src/ok.ts", ts).run().findings()).isEmpty();
  }

  @Test
  void kotlinAndCsharpFunctionsAreMeasured() throws Exception {
    GateResult kt = harness()
        .config(MaintainabilityConfig.defaults().withLimits(50, 2, 4, 5))
        .changedFile("a/K.kt",
            "fun k(x: Int) = when { // +\n  x > 1 -> 1 // +\n  x < 0 -> 2 // +\n  else -> 3 } // +\n")
        .run();
    assertThat(rules(kt)).containsExactly("maintainability/complexity@1");
    GateResult cs = harness()
        .config(MaintainabilityConfig.defaults().withLimits(50, 10, 4, 1))
        .changedFile("a/C.cs", "class C { int M(int a, string? b) { return a; } } // +\n")
        .run();
    assertThat(rules(cs)).containsExactly("maintainability/parameters@1");
  }

  private static final String BLOCK =
      """
          int total = 0;
          for (Order order : orders) {
            if (order.isPaid() && order.getAmount() > LIMIT) {
              total += order.getAmount() * RATE;
              log.info("paid order {} for {}", order.getId(), order.getCustomer());
            } else {
              pending.add(order.getId());
              log.warn("unpaid {}", order.getId());
            }
          }
          return total;
      """;

  @Test
  void duplicatedBlockWithRenamedVariablesIsFound() throws Exception {
    String original = "class A {\n  int sum(List<Order> orders) {\n" + BLOCK + "  }\n}\n";
    String renamed = BLOCK.replace("order", "o").replace("total", "t").replace("paid", "ok");
    String copy =
        "class B {\n  int other(List<Order> o) { // +\n"
            + renamed.replaceAll("(?m)$(?<=.)", " // +")
            + "  } // +\n}\n";
    GateResult r = harness()
        .config(MaintainabilityConfig.defaults().withMinDuplicateTokens(40))
        .headFile("src/A.java", original)
        .changedFile("src/B.java", copy)
        .run();
    // A.java is not in the change: it is indexed because it sits beside B.java in the work tree.
    assertThat(r.findings()).isEmpty();
    Files.createDirectories(root.resolve("src"));
    Files.writeString(root.resolve("src/A.java"), original);
    GateResult found = harness()
        .config(MaintainabilityConfig.defaults().withMinDuplicateTokens(40))
        .headFile("src/A.java", original)
        .changedFile("src/B.java", copy)
        .run();
    // The signatures match too once names are normalised, so the copy starts at line 2.
    assertThat(rules(found)).containsExactly("maintainability/duplication@2");
    assertThat(found.findings().get(0).properties())
        .containsEntry("otherPath", "src/A.java")
        .containsEntry("otherLine", "2");
    assertThat(found.findings().get(0).message()).contains("repeat", "of src/A.java:2-1");
  }

  @Test
  void duplicateWithinTheChangedFileAndShortRepeatsIgnored() throws Exception {
    String file = "class A {\n  int a(List<Order> orders) {\n" + BLOCK + "  }\n"
        + "  int b(List<Order> orders) { // +\n" + BLOCK.replaceAll("(?m)$(?<=.)", " // +")
        + "  } // +\n}\n";
    GateResult r = harness()
        .config(MaintainabilityConfig.defaults().withMinDuplicateTokens(40))
        .changedFile("src/A.java", file)
        .run();
    assertThat(rules(r)).containsExactly("maintainability/duplication@15");
    GateResult shortWindow = harness()
        .config(MaintainabilityConfig.defaults().withMinDuplicateTokens(200))
        .changedFile("src/A.java", file)
        .run();
    assertThat(shortWindow.findings()).isEmpty();
  }

  @Test
  void generatedBinaryAndExcludedFilesAreSkippedWithANote() throws Exception {
    String longFn = "class G {\n" + javaMethod("gen", 80, true) + "}\n";
    GateResult r = harness()
        .config(new MaintainabilityConfig(50, 10, 4, 5, 100, List.of("legacy/**")))
        .changedFile("gen/G.java", "// Code generated by protoc. DO NOT EDIT. // +\n" + longFn)
        .changedFile("bin/B.java", "class B {\u0000} // +\n")
        .changedFile("legacy/L.java", longFn)
        .changedFile("README.md", "# title // +\n")
        .run();
    assertThat(r.status()).isEqualTo(Status.SKIPPED);
    GateResult withCode = harness()
        .changedFile("gen/G.java", "// Code generated by protoc. DO NOT EDIT. // +\n" + longFn)
        .changedFile("src/Ok.java", "class Ok { void f() {} } // +\n")
        .run();
    assertThat(withCode.findings()).isEmpty();
    assertThat(withCode.notes()).anyMatch(n -> n.contains("gen/G.java") && n.contains("generated"));
  }

  @Test
  void configureReadsKeysAndRejectsBadValues() {
    MaintainabilityGate gate = new MaintainabilityGate();
    MaintainabilityConfig c = gate.configure(new MapSettings(Map.of(
        "max-function-lines", 80, "max-complexity", 15, "exclude", List.of("gen/**"))));
    assertThat(c.maxFunctionLines()).isEqualTo(80);
    assertThat(c.maxComplexity()).isEqualTo(15);
    assertThat(c.maxNesting()).isEqualTo(4);
    assertThat(c.exclude()).containsExactly("gen/**");
    assertThatThrownBy(() -> gate.configure(new MapSettings(Map.of("max-complexity", 0))))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("max-complexity");
    assertThatThrownBy(() -> gate.configure(new MapSettings(Map.of("max-lines", 3))))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("max-lines");
    assertThat(gate.rules()).extracting(r -> r.docsPath())
        .containsExactly(
            "rules/maintainability/function-length.md",
            "rules/maintainability/complexity.md",
            "rules/maintainability/nesting.md",
            "rules/maintainability/parameters.md",
            "rules/maintainability/duplication.md");
    for (var rule : gate.rules()) {
      assertThat(Path.of("../docs").resolve(rule.docsPath())).exists();
    }
    assertThat(Path.of("../docs/gates/maintainability.md")).exists();
  }

  @Test
  void registeredAfterCoverageAndOffByDefault() {
    var gates = BuiltInGates.all();
    assertThat(gates).extracting(g -> g.id()).containsSubsequence("coverage", "maintainability");
    assertThat(BuiltInGates.defaults(gates))
        .filteredOn(d -> d.id().equals("maintainability"))
        .singleElement()
        .satisfies(d -> assertThat(d.enabledByDefault()).isFalse());
  }
}
