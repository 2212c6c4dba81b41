package dev.assay.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.testkit.TestRepo;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SZZ on a real history: fixes traced back to the commits that wrote the lines they change. */
class DefectReportTest {
  @TempDir Path dir;

  private DefectReport read(TestRepo repo) throws Exception {
    ProvenanceReader reader = new ProvenanceReader(repo.git().getRepository(), dir, ProvenanceSettings.defaults(), "");
    return DefectReport.read(reader, "HEAD", ObjectId.fromString(repo.head()), Optional.empty(),
        ProvenanceSettings.FIX_PATTERNS);
  }

  @Test
  void fixOfAnAiLineCountsAgainstTheAiCommitOnly() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("P.java", "class P {\n  int a() { return 1; }\n}\n");
      repo.commit("Start");
      repo.write("P.java", "class P {\n  int a() { return 1; }\n  int b() { return a() + 1; }\n}\n");
      repo.commit("Add b\n\nCo-authored-by: Claude <noreply@anthropic.com>\n");
      repo.write("Q.java", "class Q {}\n");
      repo.commit("Add Q");
      // Reindenting and moving code, or editing a comment, is not a fix of anything.
      repo.write("P.java", "class P {\n  // the answer\n  int a() { return 1; }\n  int b() { return a() + 2; }\n}\n");
      repo.commit("Fix off-by-one in b");

      DefectReport r = read(repo);

      assertThat(r.classes().get("ai:claude-code").commits()).isEqualTo(1);
      assertThat(r.classes().get("ai:claude-code").defective()).isEqualTo(1);
      assertThat(r.classes().get("unknown").commits()).isEqualTo(3);
      assertThat(r.classes().get("unknown").defective()).isZero();
      assertThat(r.fixes()).isEqualTo(1);
      assertThat(r.classes().get("ai:claude-code").low()).isGreaterThan(0.0).isLessThan(1.0);
    }
  }

  @Test
  void whitespaceOnlyFixesAndRevertsAreHandled() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.py", "x = 1\ny = 2\n");
      repo.commit("Start");
      repo.write("a.py", "x = 1\ny = 2\nz = x / 0\n");
      String bad = repo.commit("Add z", repo.ident("Jane (aider)", "jane@example.com"));
      repo.write("a.py", "x  =  1\ny = 2\nz = x / 0\n");
      repo.commit("Fix spacing");
      repo.write("a.py", "x = 1\ny = 2\n");
      repo.commit("Revert \"Add z\"\n\nThis reverts commit " + bad + ".\n");

      DefectReport r = read(repo);

      assertThat(r.classes().get("ai:aider").defective()).isEqualTo(1);
      assertThat(r.classes().get("unknown").defective()).as("the whitespace fix blames nobody").isZero();
    }
  }

  @Test
  void wilsonIntervalMatchesTheTextbookValue() {
    DefectReport.Rate r = DefectReport.wilson(10, 2);
    // 2 of 10: Wilson 95% interval 5.7% - 51.0% (Newcombe 1998, method 3).
    assertThat(r.low()).isBetween(0.0566, 0.0568);
    assertThat(r.high()).isBetween(0.5098, 0.5100);
    assertThat(DefectReport.wilson(0, 0).high()).isEqualTo(1.0);
  }
}
