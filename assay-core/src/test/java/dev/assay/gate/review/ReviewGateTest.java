package dev.assay.gate.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Status;
import dev.assay.check.Check;
import dev.assay.check.CheckRequest;
import dev.assay.engine.GateReport;
import dev.assay.testkit.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approvals of AI-authored changes to critical paths, through real commits and trailers. */
class ReviewGateTest {
  private static final String CRITERIA = """
      version: 1
      gates:
        tests: off
        coverage: off
        review:
          enabled: true
          critical-paths: ["src/payments/**"]
          max-ai-lines: 3
      """;
  @TempDir Path dir;

  private GateReport review(String base) throws Exception {
    Check.Outcome o = Check.run(new CheckRequest(dir, Optional.of(base), Optional.empty(), false,
        Optional.empty(), Optional.empty(), CheckRequest.DEFAULT_MAX_FILE_BYTES));
    return o.result().gates().stream().filter(g -> g.id().equals("review")).findFirst().orElseThrow();
  }

  private String base(TestRepo repo) {
    repo.write(".assay.yml", CRITERIA);
    repo.write("src/payments/Pay.java", "class Pay {}\n");
    return repo.commit("base");
  }

  @Test
  void aiChangeToACriticalPathWithoutApprovalFails() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      String base = base(repo);
      repo.write("src/payments/Pay.java", "class Pay {\n  int fee;\n}\n");
      repo.commit("Add fee\n\nCo-authored-by: Claude <noreply@anthropic.com>\nReviewed-by: Assay Test <test@assay.dev>\n");

      GateReport r = review(base);

      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.findings()).anySatisfy(f -> {
        assertThat(f.finding().rule()).isEqualTo("review/critical-path-approval");
        assertThat(f.finding().path()).isEqualTo("src/payments/Pay.java");
      });
      assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("by an author of the change"));
    }
  }

  @Test
  void aReviewedByTrailerOfSomeoneElsePasses() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      String base = base(repo);
      repo.write("src/payments/Pay.java", "class Pay {\n  int fee;\n}\n");
      repo.commit("Add fee\n\nCo-authored-by: Claude <noreply@anthropic.com>\nreviewed-by :  Rita Reviewer <RITA@example.com>\n");

      assertThat(review(base).status()).isEqualTo(Status.PASS);
    }
  }

  @Test
  void anAgentCannotApprove() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      String base = base(repo);
      repo.write("src/payments/Pay.java", "class Pay {\n  int fee;\n}\n");
      repo.commit("Add fee\n\nCo-authored-by: Claude <noreply@anthropic.com>\nApproved-by: Claude <noreply@anthropic.com>\n");

      assertThat(review(base).status()).isEqualTo(Status.FAIL);
    }
  }

  @Test
  void approvalsFileFromGitHubCountsOnlyForTheHeadCommit() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      String base = base(repo);
      repo.write("src/payments/Pay.java", "class Pay {\n  int fee;\n}\n");
      String head = repo.commit("Add fee\n\nCo-authored-by: Claude <noreply@anthropic.com>\n");
      Files.createDirectories(dir.resolve(".assay"));
      Files.writeString(dir.resolve(".assay/approvals.json"),
          "[{\"user\":{\"login\":\"rita\"},\"state\":\"APPROVED\",\"commit_id\":\"0000000\"}]");
      GateReport stale = review(base);
      Files.writeString(dir.resolve(".assay/approvals.json"),
          "[{\"user\":{\"login\":\"rita\"},\"state\":\"APPROVED\",\"commit_id\":\"" + head + "\"},"
              + "{\"user\":{\"login\":\"sam\"},\"state\":\"CHANGES_REQUESTED\",\"commit_id\":\"" + head + "\"}]");
      GateReport fresh = review(base);

      assertThat(stale.status()).isEqualTo(Status.FAIL);
      assertThat(stale.notes()).anySatisfy(n -> assertThat(n).contains("for an older commit"));
      assertThat(fresh.status()).isEqualTo(Status.PASS);
    }
  }

  @Test
  void largeAiChangeOutsideCriticalPathsNeedsApprovalToo() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      String base = base(repo);
      repo.write("src/ui/View.java", "a\nb\nc\nd\ne\n");
      repo.commit("View\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>\n");
      repo.write("src/ui/Other.java", "x\ny\nz\nw\n");
      repo.commit("Human view");

      GateReport r = review(base);

      assertThat(r.findings()).singleElement().satisfies(f -> {
        assertThat(f.finding().rule()).isEqualTo("review/large-ai-change-approval");
        assertThat(f.finding().message()).startsWith("5 AI-authored changed lines");
      });
    }
  }

  @Test
  void unknownLinesAreNotTreatedAsAi() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      String base = base(repo);
      repo.write("src/payments/Pay.java", "class Pay {\n  int fee;\n}\n");
      repo.commit("Add fee by hand");

      assertThat(review(base).status()).isEqualTo(Status.PASS);
    }
  }

  @Test
  void malformedApprovalsFileIsAGateErrorNamingTheFile() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      String base = base(repo);
      repo.write("src/payments/Pay.java", "class Pay {\n  int fee;\n}\n");
      repo.commit("Add fee\n\nCo-authored-by: Claude <noreply@anthropic.com>\n");
      Files.createDirectories(dir.resolve(".assay"));
      Files.writeString(dir.resolve(".assay/approvals.json"), "{\"approvals\": 3}");

      GateReport r = review(base);

      assertThat(r.status()).isEqualTo(Status.ERROR);
      assertThat(r.summary()).contains(".assay/approvals.json");
    }
  }

  @Test
  void badSettingsAreCriteriaErrorsNamingTheKey() {
    ReviewGate gate = new ReviewGate();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> configure(gate, "max-ai-lines: -1\n"))
        .hasMessageContaining("gates.review.max-ai-lines").hasMessageContaining("cannot be negative");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> configure(gate, "approvals-file: []\n"))
        .hasMessageContaining("gates.review.approvals-file").hasMessageContaining("expected one file");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> configure(gate, "critical-path: [a]\n"))
        .hasMessageContaining("critical-paths");
  }

  private static void configure(ReviewGate gate, String section) {
    String yaml = "gates:\n  review:\n" + section.indent(4);
    var criteria = dev.assay.policy.CriteriaLoader.parse(".assay.yml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        dev.assay.check.BuiltInGates.defaults(dev.assay.check.BuiltInGates.all()));
    gate.configure(criteria.gate("review").orElseThrow().settings());
  }
}
