package dev.assay.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.CriterionResult;
import dev.assay.api.Status;
import dev.assay.engine.GateReport;
import dev.assay.engine.Verdict;
import dev.assay.testkit.TestRepo;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change whose human-side lines are covered and whose AI-co-authored lines mostly are not: the
 * overall threshold passes, the stricter {@code ai:} threshold fails, through a real check.
 */
class AiCriteriaTest {
  private static final String FIXTURE = "/dev/assay/gate/coverage/python/";
  @TempDir Path dir;

  private static String grades(int lines) throws Exception {
    try (InputStream in = AiCriteriaTest.class.getResourceAsStream(FIXTURE + "calc/grades.py")) {
      List<String> all = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
      return String.join("\n", all.subList(0, lines)) + "\n";
    }
  }

  private String history(TestRepo repo, String criteria) throws Exception {
    repo.write(".assay.yml", criteria);
    repo.write("calc/__init__.py", "");
    repo.write("calc/grades.py", grades(5));
    String base = repo.commit("base");
    repo.write("calc/grades.py", grades(11));
    repo.commit("Grade A and B");
    repo.write("calc/grades.py", grades(20));
    repo.commit("Grade C and averages\n\nCo-authored-by: Claude <noreply@anthropic.com>\n");
    try (InputStream in = getClass().getResourceAsStream(FIXTURE + "coverage.xml")) {
      Files.write(dir.resolve("coverage.xml"), in.readAllBytes());
    }
    return base;
  }

  private Check.Outcome check(String base) throws Exception {
    return Check.run(new CheckRequest(dir, Optional.of(base), Optional.empty(), false,
        Optional.empty(), Optional.empty(), CheckRequest.DEFAULT_MAX_FILE_BYTES));
  }

  private static GateReport gate(Check.Outcome o, String id) {
    return o.result().gates().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aiLinesFaceTheStricterThresholdAndTheRestTheUsualOne() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      String base = history(repo, """
          version: 1
          gates:
            tests: off
            coverage:
              changed-lines: 60%
              ai:
                changed-lines: 80%
          """);

      Check.Outcome o = check(base);

      GateReport coverage = gate(o, "coverage");
      CriterionResult overall = coverage.criteria().stream().filter(c -> c.id().equals("coverage/changed-lines")).findFirst().orElseThrow();
      CriterionResult ai = coverage.criteria().stream().filter(c -> c.id().equals("coverage/changed-lines/ai")).findFirst().orElseThrow();
      assertThat(overall.status()).as("%s", overall).isEqualTo(Status.PASS);
      assertThat(overall.actual()).contains("8 of 12");
      assertThat(ai.status()).as("%s", ai).isEqualTo(Status.FAIL);
      assertThat(ai.actual()).contains("3 of 7");
      assertThat(ai.expected()).contains("80");
      assertThat(ai.title()).endsWith("(AI-authored lines)");
      assertThat(o.result().verdict()).isEqualTo(Verdict.BLOCKED);
      assertThat(o.result().notes()).anySatisfy(n -> assertThat(n).contains("9 AI-authored (claude-code)"));
    }
  }

  @Test
  void withoutAnAiBlockTheSameChangePasses() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      String base = history(repo, """
          version: 1
          gates:
            tests: off
            coverage:
              changed-lines: 60%
          """);

      Check.Outcome o = check(base);

      assertThat(o.result().verdict()).isEqualTo(Verdict.PASS);
      assertThat(gate(o, "coverage").criteria()).noneMatch(c -> c.id().endsWith("/ai"));
    }
  }

  @Test
  void everyCheckAppendsAVerifiableAuditRecord() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      String base = history(repo, """
          version: 1
          gates:
            tests: off
          audit:
            notes: true
          """);

      Check.Outcome first = check(base);
      Check.Outcome second = check(base);

      assertThat(first.audit()).contains("Audit record 1 appended");
      assertThat(second.audit()).contains("Audit record 2 appended");
      var trail = new dev.assay.audit.AuditTrail(repo.git().getRepository(), dir, dev.assay.audit.AuditSettings.defaults().withNotes());
      assertThat(trail.verify().problems()).isEmpty();
      String log = Files.readString(dir.resolve(".git/assay/audit.jsonl"));
      assertThat(log.lines()).hasSize(2);
      assertThat(log).contains("\"verdict\":\"BLOCKED\"").contains("\"ai:claude-code\":9").contains("\"sha256\":\"");
      assertThat(repo.git().getRepository().exactRef("refs/notes/assay")).isNotNull();
    }
  }

  @Test
  void findingGatesGetTheStricterLimitOnAiLinesOnly() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write(".assay.yml", """
          version: 1
          gates:
            tests: off
            coverage: off
            maintainability:
              enabled: true
              max-function-lines: 20
              ai:
                max-function-lines: 3
          """);
      repo.write("Human.java", "class Human {\n}\n");
      repo.write("Agent.java", "class Agent {\n}\n");
      String base = repo.commit("base");
      String body = "  int f(int a) {\n    int b = a + 1;\n    int c = b * 2;\n    int d = c - 3;\n    return d;\n  }\n";
      repo.write("Human.java", "class Human {\n" + body + "}\n");
      repo.commit("Human function");
      repo.write("Agent.java", "class Agent {\n" + body + "}\n");
      repo.commit("Agent function\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>\n");

      Check.Outcome o = check(base);

      GateReport m = gate(o, "maintainability");
      assertThat(m.findings()).singleElement().satisfies(f -> {
        assertThat(f.finding().path()).isEqualTo("Agent.java");
        assertThat(f.finding().rule()).isEqualTo("maintainability/function-length");
        assertThat(f.finding().properties()).containsEntry("provenance", "ai");
      });
      assertThat(m.criteria()).anySatisfy(c -> {
        assertThat(c.id()).isEqualTo("maintainability/function-length");
        assertThat(c.status()).isEqualTo(Status.FAIL);
      });
      assertThat(o.result().verdict()).isEqualTo(Verdict.BLOCKED);
    }
  }
}
