package dev.assay.java.pmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.CriteriaException;
import dev.assay.api.Finding;
import dev.assay.api.Severity;
import dev.assay.api.Status;
import dev.assay.check.Check;
import dev.assay.check.CheckRequest;
import dev.assay.engine.GateReport;
import dev.assay.engine.ReportedFinding;
import dev.assay.engine.RunResult;
import dev.assay.testkit.TestRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PMD gate through real git histories and {@link Check#run}, as the CLI runs it. */
class PmdGateTest {
  @TempDir Path dir;

  static final String CRITERIA = """
      gates:
        tests: off
        coverage: off
        pmd: {}
      """;

  static final String BASE = """
      package p;

      class Orders {
        boolean old(Object o) {
          return o.equals(null);
        }
      }
      """;

  private RunResult check(TestRepo repo, boolean wholeTree) throws Exception {
    CheckRequest request = new CheckRequest(repo.dir(),
        wholeTree ? Optional.empty() : Optional.of("main"), Optional.empty(), false,
        Optional.empty(), Optional.empty(), CheckRequest.DEFAULT_MAX_FILE_BYTES, wholeTree);
    return Check.run(request).result();
  }

  private static List<Finding> pmd(RunResult r) {
    return r.findings().stream().map(ReportedFinding::finding)
        .filter(f -> f.gate().equals("pmd")).toList();
  }

  private static GateReport gate(RunResult r) {
    return r.gates().stream().filter(g -> g.id().equals("pmd")).findFirst().orElseThrow();
  }

  private TestRepo repoWithChange(String criteria, String head) {
    TestRepo repo = TestRepo.init(dir);
    repo.write(".assay.yml", criteria).write("src/p/Orders.java", BASE).commit("base");
    repo.branch("change").checkout("change");
    repo.write("src/p/Orders.java", head).commit("change");
    return repo;
  }

  @Test
  void reportsViolationsOnAddedLinesOnlyAndBlocks() throws Exception {
    String head = """
        package p;

        class Orders {
          boolean old(Object o) {
            return o.equals(null);
          }

          int total(List<Integer> xs) {
            int count = 42;
            try {
              return xs.size();
            } finally {
              return 0;
            }
          }

          boolean same(String a, String b) {
            return a == b;
          }
        }
        """;
    try (TestRepo repo = repoWithChange(CRITERIA, head)) {
      RunResult r = check(repo, false);

      assertThat(pmd(r)).extracting(Finding::rule, Finding::line).containsExactly(
          org.assertj.core.groups.Tuple.tuple("pmd/UnusedLocalVariable", 9),
          org.assertj.core.groups.Tuple.tuple("pmd/ReturnFromFinallyBlock", 13),
          org.assertj.core.groups.Tuple.tuple("pmd/UseEqualsToCompareStrings", 18));
      Finding f = pmd(r).get(1);
      assertThat(f.path()).isEqualTo("src/p/Orders.java");
      assertThat(f.message()).contains("finally").contains("PMD ReturnFromFinallyBlock")
          .contains("https://docs.pmd-code.org/");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.properties()).containsEntry("priority", "3");
      assertThat(gate(r).status()).isEqualTo(Status.FAIL);
      assertThat(gate(r).summary()).isEqualTo("3 PMD violations on added lines of 1 Java file");
    }
  }

  @Test
  void theWholeTreeIncludesOldViolations() throws Exception {
    try (TestRepo repo = repoWithChange(CRITERIA, BASE + "\n")) {
      assertThat(pmd(check(repo, false))).isEmpty();
      assertThat(pmd(check(repo, true))).extracting(Finding::rule, Finding::line)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("pmd/EqualsNull", 5));
    }
  }

  @Test
  void aCleanChangePassesAndAnUnparsableFileIsListedNotFatal() throws Exception {
    TestRepo repo = TestRepo.init(dir);
    repo.write(".assay.yml", CRITERIA).write("src/p/Orders.java", BASE).commit("base");
    repo.branch("change").checkout("change");
    repo.write("src/p/Broken.java", "class Broken { void m( { int x = ; }\n");
    repo.write("src/p/Fine.java", "package p;\n\nclass Fine {\n  int twice(int x) {\n"
        + "    return 2 * x;\n  }\n}\n").commit("change");
    try (repo) {
      RunResult r = check(repo, false);
      assertThat(pmd(r)).isEmpty();
      assertThat(gate(r).status()).isEqualTo(Status.PASS);
      assertThat(gate(r).notes()).anySatisfy(n -> assertThat(n)
          .startsWith("Not analysed: src/p/Broken.java (").contains("Parse"));
    }
  }

  @Test
  void configuredRulesExcludesAndPriorities() throws Exception {
    String criteria = """
        gates:
          tests: off
          coverage: off
          pmd:
            rules: [category/java/bestpractices.xml/UnusedLocalVariable]
            blocking-priority: 2
            exclude: ["gen/**"]
        """;
    String head = BASE.replace("    return o.equals(null);",
        "    int count = 1;\n    return o.equals(null);");
    TestRepo repo = repoWithChange(criteria, head);
    try (repo) {
      repo.write("gen/G.java", "class G { void m() { int count = 1; } }\n").commit("gen");
      RunResult r = check(repo, false);
      assertThat(pmd(r)).extracting(Finding::rule, Finding::path)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("pmd/UnusedLocalVariable",
              "src/p/Orders.java"));
      // priority 3 is below the blocking priority 2: reported, not blocking
      assertThat(gate(r).status()).isEqualTo(Status.WARN);
    }
  }

  @Test
  void anUnknownRuleIsACriteriaErrorNamingTheKey() {
    String criteria = CRITERIA.replace("pmd: {}",
        "pmd:\n    rules: [category/java/errorprone.xml/NoSuchRule]");
    TestRepo repo = repoWithChange(criteria, BASE + "\n");
    try (repo) {
      assertThatThrownBy(() -> check(repo, false))
          .isInstanceOf(CriteriaException.class)
          .hasMessageContaining("gates.pmd.rules")
          .hasMessageContaining("NoSuchRule");
    }
  }

  @Test
  void priorityOutOfRangeIsACriteriaError() {
    String criteria = CRITERIA.replace("pmd: {}", "pmd: { blocking-priority: 7 }");
    TestRepo repo = repoWithChange(criteria, BASE + "\n");
    try (repo) {
      assertThatThrownBy(() -> check(repo, false))
          .isInstanceOf(CriteriaException.class)
          .hasMessageContaining("blocking-priority")
          .hasMessageContaining("from 1 to 5");
    }
  }
}
