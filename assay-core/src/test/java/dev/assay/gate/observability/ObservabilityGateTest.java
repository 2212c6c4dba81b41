package dev.assay.gate.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Status;
import dev.assay.check.BuiltInGates;
import dev.assay.check.Check;
import dev.assay.check.CheckRequest;
import dev.assay.engine.GateReport;
import dev.assay.engine.ReportedFinding;
import dev.assay.engine.RunResult;
import dev.assay.engine.Verdict;
import dev.assay.testkit.TestRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate through {@link Check#run} on real git histories, as the CLI runs it. */
class ObservabilityGateTest {
  static final String CRITERIA = """
      version: 1
      gates:
        tests: off
        coverage: off
        observability: on
      """;

  static final String SERVICE_BASE = """
      package p;
      class Service {
        void old() {
          try { a(); } catch (Exception e) {}
        }
      }
      """;

  static final String SERVICE_HEAD = """
      package p;
      class Service {
        void old() {
          try { a(); } catch (Exception e) {}
        }
        void added() {
          try { b(); } catch (IOException e) {
          }
          System.out.println("here");
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void onlyTheChangeIsReportedAndItBlocks() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write(".assay.yml", CRITERIA).write("src/main/java/p/Service.java", SERVICE_BASE)
          .commit("base");
      repo.branch("change").checkout("change");
      repo.write("src/main/java/p/Service.java", SERVICE_HEAD)
          .write("src/test/java/p/ServiceTest.java",
              "class ServiceTest { void t() { System.out.println(1); } }\n")
          .commit("change");

      RunResult r = run(repo, false);
      assertThat(findings(r)).containsExactly(
          "src/main/java/p/Service.java:7 observability/empty-catch",
          "src/main/java/p/Service.java:9 observability/debug-print");
      assertThat(r.verdict()).isEqualTo(Verdict.BLOCKED);
      assertThat(gate(r).status()).isEqualTo(Status.FAIL);
      assertThat(gate(r).rules()).hasSize(5);
    }
  }

  @Test
  void theWholeTreeIncludesWhatWasThereBefore() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write(".assay.yml", CRITERIA).write("src/main/java/p/Service.java", SERVICE_HEAD)
          .commit("only commit");

      RunResult r = run(repo, true);
      assertThat(findings(r)).containsExactly(
          "src/main/java/p/Service.java:4 observability/empty-catch",
          "src/main/java/p/Service.java:7 observability/empty-catch",
          "src/main/java/p/Service.java:9 observability/debug-print");
    }
  }

  @Test
  void advisoryHandlerFindingsDoNotBlock() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write(".assay.yml", CRITERIA).write("README.md", "x\n").commit("base");
      repo.branch("change").checkout("change");
      repo.write("src/routes.js",
          "router.get('/users', (req, res) => {\n  res.json(users)\n})\n").commit("route");

      RunResult r = run(repo, false);
      assertThat(findings(r)).containsExactly("src/routes.js:1 observability/handler-without-logging");
      assertThat(r.verdict()).isEqualTo(Verdict.PASS);
      assertThat(gate(r).status()).isEqualTo(Status.WARN);
    }
  }

  @Test
  void aPerPathOverrideChangesALevelForThosePathsOnly() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write(".assay.yml", CRITERIA + """
          overrides:
            - paths: ["src/legacy/**"]
              gates:
                observability: { empty-catch: advisory }
          """).write("README.md", "x\n").commit("base");
      repo.branch("change").checkout("change");
      String code = "class A { void f() { try { g(); } catch (Exception e) {} } }\n";
      repo.write("src/legacy/A.java", code).write("src/main/B.java", code.replace("A", "B"))
          .commit("two empty catches");

      RunResult r = run(repo, false);
      assertThat(r.findings()).extracting(f -> f.finding().path() + " " + f.finding().severity())
          .containsExactly("src/legacy/A.java WARNING", "src/main/B.java ERROR");
      assertThat(r.verdict()).isEqualTo(Verdict.BLOCKED);

      repo.delete("src/main/B.java").commit("only the legacy one left");
      RunResult legacyOnly = run(repo, false);
      assertThat(legacyOnly.findings()).hasSize(1);
      assertThat(legacyOnly.verdict()).isEqualTo(Verdict.PASS);
    }
  }

  @Test
  void anAssayIgnoreCommentSuppressesAFinding() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write(".assay.yml", CRITERIA).write("README.md", "x\n").commit("base");
      repo.branch("change").checkout("change");
      repo.write("lib/a.js",
          "// assay:ignore observability/debug-print -- CLI banner\nconsole.log('hi')\n")
          .commit("print");

      RunResult r = run(repo, false);
      assertThat(r.findings()).hasSize(1);
      assertThat(r.findings().get(0).isOpen()).isFalse();
      assertThat(r.verdict()).isEqualTo(Verdict.PASS);
    }
  }

  @Test
  void theGateIsOffByDefaultAndListedAfterMaintainability() {
    var defaults = BuiltInGates.defaults(BuiltInGates.all());
    List<String> ids = defaults.stream().map(d -> d.id()).toList();
    assertThat(ids.indexOf("observability")).isEqualTo(ids.indexOf("maintainability") + 1);
    assertThat(defaults.get(ids.indexOf("observability")).enabledByDefault()).isFalse();
  }

  private static RunResult run(TestRepo repo, boolean wholeTree) throws Exception {
    CheckRequest request = new CheckRequest(repo.dir(),
        wholeTree ? Optional.empty() : Optional.of("main"), Optional.empty(), false,
        Optional.empty(), Optional.empty(), CheckRequest.DEFAULT_MAX_FILE_BYTES, wholeTree);
    return Check.run(request).result();
  }

  private static GateReport gate(RunResult r) {
    return r.gates().stream().filter(g -> g.id().equals("observability")).findFirst().orElseThrow();
  }

  private static List<String> findings(RunResult r) {
    return r.findings().stream().map(ReportedFinding::finding)
        .filter(f -> f.gate().equals("observability"))
        .map(f -> f.path() + ":" + f.line() + " " + f.rule()).toList();
  }
}
