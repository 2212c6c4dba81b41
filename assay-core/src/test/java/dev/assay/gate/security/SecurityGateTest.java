package dev.assay.gate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.CriteriaException;
import dev.assay.api.CriterionResult;
import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.api.RuleDescriptor;
import dev.assay.api.Severity;
import dev.assay.api.Status;
import dev.assay.check.BuiltInGates;
import dev.assay.check.Check;
import dev.assay.check.CheckRequest;
import dev.assay.engine.ReportedFinding;
import dev.assay.engine.RunResult;
import dev.assay.policy.CriteriaLoader;
import dev.assay.policy.GateDefault;
import dev.assay.testkit.GateHarness;
import dev.assay.testkit.TestRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityGateTest {
  private static final String DAO_BASE = """
      class Dao {
        ResultSet old(Statement st, String a) throws Exception {
          return st.executeQuery("select * from t where a = '" + a + "'");
        }
      }
      """;

  @Test
  void onlyAddedLinesAreReported() throws Exception {
    GateResult r =
        GateHarness.forGate(new SecurityGate())
            .config(SecurityConfig.defaults())
            .baseFile("src/main/java/Dao.java", DAO_BASE)
            .changedFile(
                "src/main/java/Dao.java",
                """
                class Dao {
                  ResultSet old(Statement st, String a) throws Exception {
                    return st.executeQuery("select * from t where a = '" + a + "'");
                  }
                  void drop(Statement st, String table) throws Exception { // +
                    st.executeUpdate("DROP TABLE " + table); // +
                  } // +
                }
                """)
            .run();
    assertThat(r.findings()).extracting(Finding::line).containsExactly(6);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(criterion(r, "security/sql-injection").status()).isEqualTo(Status.FAIL);
    assertThat(criterion(r, "security/xxe").status()).isEqualTo(Status.PASS);
    assertThat(r.criteria())
        .extracting(CriterionResult::id)
        .containsExactlyElementsOf(new SecurityGate().rules().stream().map(RuleDescriptor::id)
            .filter(id -> !id.startsWith("security/findsecbugs-")).toList());
  }

  @Test
  void testCodeAndWarningRulesDoNotBlock() throws Exception {
    GateResult r =
        GateHarness.forGate(new SecurityGate())
            .config(SecurityConfig.defaults())
            .changedFile(
                "src/test/java/DaoTest.java",
                "class DaoTest { void t(Statement s, String n) throws Exception {"
                    + " s.executeQuery(\"select * from t where n = '\" + n + \"'\"); } } // +\n")
            .changedFile("web/app.js", "res.cookie('sid', sid); // +\n")
            .run();
    assertThat(r.findings()).extracting(Finding::severity).containsOnly(Severity.WARNING);
    assertThat(r.findings().get(0).properties()).containsEntry("test-path", "true");
    assertThat(r.status()).isEqualTo(Status.WARN);
  }

  @Test
  void severityOverridesAndDisabledRulesApply() throws Exception {
    SecurityConfig c =
        SecurityConfig.defaults()
            .withSeverity(SecurityRule.INSECURE_COOKIE, Severity.ERROR)
            .withDisabled(Set.of(SecurityRule.EVAL_INJECTION));
    GateResult r =
        GateHarness.forGate(new SecurityGate())
            .config(c)
            .changedFile("web/app.js", "res.cookie('sid', sid); // +\neval(code); // +\n")
            .run();
    assertThat(r.findings()).extracting(Finding::rule).containsExactly("security/insecure-cookie");
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(r.status()).isEqualTo(Status.FAIL);
  }

  @Test
  void generatedAndUnparsableFilesAreNotedNotSilentlySkipped() throws Exception {
    GateResult r =
        GateHarness.forGate(new SecurityGate())
            .config(SecurityConfig.defaults())
            .changedFile("src/main/java/Gen.java", "// @Generated DO NOT EDIT // +\nclass Gen { void a() { executeQuery(x); } } // +\n")
            .changedFile("src/main/java/Bad.java", "class Bad { void a( { executeQuery( // +\n")
            .run();
    assertThat(r.notes()).anyMatch(n -> n.contains("Gen.java") && n.contains("generated"));
    assertThat(r.notes()).anyMatch(n -> n.contains("Bad.java") && n.contains("not parsed as Java"));
    assertThat(r.metrics()).containsEntry("unanalysed", "2");
  }

  @Test
  void configurationIsReadWithClearErrors() {
    SecurityConfig c =
        configure("gates:\n  security:\n    disable: [weak-random]\n    warning: [security/sql-injection]\n"
            + "    note: [insecure-cookie]\n    exclude: [\"vendor/**\"]\n");
    assertThat(c.disabled()).containsExactly(SecurityRule.WEAK_RANDOM);
    assertThat(c.severity(SecurityRule.SQL_INJECTION)).isEqualTo(Severity.WARNING);
    assertThat(c.severity(SecurityRule.INSECURE_COOKIE)).isEqualTo(Severity.NOTE);
    assertThat(c.severity(SecurityRule.XXE)).isEqualTo(Severity.ERROR);
    assertThat(c.exclude()).containsExactly("vendor/**");
    assertThat(configure("gates:\n  security: {}\n")).isEqualTo(SecurityConfig.defaults());
    assertThatThrownBy(() -> configure("gates:\n  security:\n    disable: [sql-injektion]\n"))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("gates.security.disable")
        .hasMessageContaining("did you mean `sql-injection`?");
    assertThatThrownBy(() -> configure("gates:\n  security:\n    error: [xxe]\n    note: [xxe]\n"))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("both `error` and `note`");
    assertThatThrownBy(() -> configure("gates:\n  security:\n    disabled: [xxe]\n"))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining("disabled");
  }

  @Test
  void theGateIsBuiltInAfterSecretsAndOffByDefault() {
    List<String> ids = BuiltInGates.all().stream().map(g -> g.id()).toList();
    assertThat(ids.indexOf("security")).isEqualTo(ids.indexOf("secrets") + 1);
    GateDefault d =
        BuiltInGates.defaults(BuiltInGates.all()).stream()
            .filter(g -> g.id().equals("security"))
            .findFirst()
            .orElseThrow();
    assertThat(d.enabledByDefault()).isFalse();
    assertThat(d.defaultsSentence()).contains("gates.security");
  }

  @Test
  void everyRuleHasADocsPageAndTheGateHasOne() {
    Path docs = Path.of("..", "docs");
    assertThat(docs.resolve("gates/security.md")).exists();
    for (RuleDescriptor r : new SecurityGate().rules()) {
      assertThat(docs.resolve(r.docsPath())).exists();
      assertThat(r.summary()).contains("CWE-");
    }
  }

  @Test
  void aRealRepositoryCheckReportsTheChangeAndScanReportsTheTree(@TempDir Path dir) throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write(".assay.yml", "version: 1\ngates:\n  tests: off\n  coverage: off\n  security: on\n");
      repo.write("src/main/java/Dao.java", DAO_BASE);
      repo.write("app/views.py", "def ok(cur):\n    cur.execute('SELECT 1')\n");
      repo.commit("base");
      repo.branch("change").checkout("change");
      repo.write(
          "app/views.py",
          "def ok(cur):\n    cur.execute('SELECT 1')\n"
              + "def find(cur, name):\n    cur.execute(f\"SELECT * FROM u WHERE n = '{name}'\")\n");
      repo.write("web/server.js", "const { exec } = require('child_process');\nexec(`convert ${req.query.f}`);\n");
      repo.commit("change");

      RunResult change = run(dir, false);
      assertThat(security(change))
          .extracting(f -> f.path() + ":" + f.line() + ":" + f.rule())
          .containsExactly(
              "app/views.py:4:security/sql-injection", "web/server.js:2:security/command-injection");
      assertThat(change.verdict().name()).isEqualTo("BLOCKED");

      RunResult whole = run(dir, true);
      assertThat(security(whole))
          .extracting(f -> f.path() + ":" + f.line())
          .containsExactly("app/views.py:4", "src/main/java/Dao.java:3", "web/server.js:2");
    }
  }

  private static RunResult run(Path dir, boolean wholeTree) throws Exception {
    CheckRequest request =
        new CheckRequest(
            dir,
            wholeTree ? Optional.empty() : Optional.of("main"),
            Optional.empty(),
            false,
            Optional.empty(),
            Optional.empty(),
            CheckRequest.DEFAULT_MAX_FILE_BYTES,
            wholeTree);
    return Check.run(request).result();
  }

  private static List<Finding> security(RunResult r) {
    return r.findings().stream()
        .map(ReportedFinding::finding)
        .filter(f -> f.gate().equals("security"))
        .toList();
  }

  private static SecurityConfig configure(String yaml) {
    var criteria =
        CriteriaLoader.parse(
            ".assay.yml",
            yaml.getBytes(StandardCharsets.UTF_8),
            List.of(new GateDefault("security", false, "security: off")));
    return new SecurityGate().configure(criteria.gate("security").orElseThrow().settings());
  }

  private static CriterionResult criterion(GateResult r, String id) {
    return r.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }
}
