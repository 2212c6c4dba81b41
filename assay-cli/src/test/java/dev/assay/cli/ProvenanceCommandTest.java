package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.testkit.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** provenance, blame and audit verify on real repositories. */
class ProvenanceCommandTest {
  @TempDir Path dir;

  private String history(TestRepo repo) throws Exception {
    repo.write(".assay.yml", "version: 1\ngates:\n  tests: off\n  coverage: off\n");
    repo.write("src/App.java", "class App {\n}\n");
    String base = repo.commit("base");
    repo.write("src/App.java", "class App {\n  void run() {}\n  void stop() {}\n}\n");
    String ai = repo.commit("Add run and stop\n\nCo-authored-by: Claude <noreply@anthropic.com>\n");
    repo.write("src/App.java", "class App {\n  int n;\n  void run() {}\n  void stop() {}\n}\n");
    repo.commit("Add n");
    try (RevWalk w = new RevWalk(repo.git().getRepository())) {
      repo.git().notesAdd().setNotesRef("refs/notes/ai").setObjectId(w.parseCommit(repo.git().getRepository().resolve(ai)))
          .setMessage("src/App.java\n  0123456789abcdef 2\n---\n{\"schema_version\":\"authorship/3.0.0\",\"prompts\":"
              + "{\"0123456789abcdef\":{\"agent_id\":{\"tool\":\"claude\",\"model\":\"claude-sonnet-4\"}}}}\n").call();
    }
    return base;
  }

  @Test
  void provenanceShowsAiAndUnknownLinesOfTheRange() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      String base = history(repo);

      CliRun run = CliRun.of("provenance", base + "..HEAD", "--repo", dir.toString());
      CliRun md = CliRun.of("provenance", base + "..HEAD", "--repo", dir.toString(), "--format", "markdown");

      assertThat(run.code()).as("%s", run).isZero();
      assertThat(run.out()).contains("2 commits, 3 lines added").containsPattern("ai:claude-code\\s+2\\s+66.7%\\s+2")
          .containsPattern("unknown\\s+1\\s+33.3%\\s+1").contains("claude-code/claude-sonnet-4");
      assertThat(md.out()).contains("| `ai:claude-code` | 2 | 66.7% | 2 |");
    }
  }

  @Test
  void blamePrintsEachLineWithItsSource() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      history(repo);

      CliRun run = CliRun.of("blame", "src/App.java", "--repo", dir.toString());

      assertThat(run.code()).as("%s", run).isZero();
      List<String> lines = run.out().lines().toList();
      assertThat(lines).hasSize(5);
      assertThat(lines.get(1)).contains("unknown").endsWith("|   int n;");
      assertThat(lines.get(2)).contains("ai:claude-code/claude...").contains("git-ai-note").endsWith("|   void run() {}");
      assertThat(lines.get(3)).contains("ai:claude-code").contains("trailer:Co-authored-by");
      assertThat(CliRun.of("blame", "nope.txt", "--repo", dir.toString()).code()).isEqualTo(2);
      assertThat(CliRun.of("provenance", "x..y..z", "--repo", dir.toString()).code()).isEqualTo(2);
    }
  }

  @Test
  void auditVerifyPassesOnAnIntactLogAndFailsOnATamperedOne() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      String base = history(repo);
      assertThat(CliRun.of("check", "--repo", dir.toString(), "--base", base, "--format", "console").code()).isZero();
      assertThat(CliRun.of("check", "--repo", dir.toString(), "--base", base, "--format", "console").code()).isZero();

      CliRun intact = CliRun.of("audit", "verify", "--repo", dir.toString());
      Path log = dir.resolve(".git/assay/audit.jsonl");
      Files.writeString(log, Files.readString(log).replaceFirst("\"verdict\":\"PASS\"", "\"verdict\":\"BLOCKED\""));
      CliRun tampered = CliRun.of("audit", "verify", "--repo", dir.toString());

      assertThat(intact.code()).as("%s", intact).isZero();
      assertThat(intact.out()).contains("intact: 2 record(s)");
      assertThat(tampered.code()).as("%s", tampered).isEqualTo(1);
      assertThat(tampered.out()).contains("TAMPERED").contains("line 1: the record was edited");
    }
  }

  @Test
  void defectsReportHasIntervals() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      history(repo);
      repo.write("src/App.java", "class App {\n  int n;\n  void run() { n++; }\n  void stop() {}\n}\n");
      repo.commit("Fix run not counting");

      CliRun run = CliRun.of("provenance", "--defects", "--repo", dir.toString(), "--format", "json");

      assertThat(run.code()).as("%s", run).isZero();
      assertThat(run.out()).contains("\"ai:claude-code\"").contains("\"defective\" : 1").contains("\"low\"");
    }
  }
}
