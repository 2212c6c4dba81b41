package dev.assay.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.testkit.TestRepo;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statistics of a range, and hostile trailers. */
class RangeReportTest {
  @TempDir Path dir;

  @Test
  void addedAndStillPresentPerClassFileAndAuthor() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.txt", "base\n");
      String base = repo.commit("base");
      repo.write("a.txt", "base\nc1\nc2\nc3\n");
      repo.commit("Agent\n\nGenerated-by: GitHub Copilot\n");
      repo.write("a.txt", "base\nc1\nh1\n");
      repo.commit("Edit");
      ProvenanceReader reader = new ProvenanceReader(repo.git().getRepository(), dir, ProvenanceSettings.defaults(), "");

      RangeReport r = RangeReport.read(reader, "base..HEAD", ObjectId.fromString(repo.head()), Optional.of(ObjectId.fromString(base)));

      assertThat(r.commits()).isEqualTo(2);
      assertThat(r.byClass().get("ai:copilot").added()).isEqualTo(3);
      assertThat(r.byClass().get("ai:copilot").present()).isEqualTo(1);
      assertThat(r.byClass().get("unknown").added()).isEqualTo(1);
      assertThat(r.byFile().get("a.txt").added()).isEqualTo(4);
      assertThat(r.byModel()).containsOnlyKeys("copilot/");
      String md = ProvenanceOutput.render(r, "markdown");
      assertThat(md).contains("| `ai:copilot` | 3 | 75.0% | 1 |");
      assertThat(ProvenanceOutput.render(r, "json")).isEqualTo(ProvenanceOutput.render(r, "json"));
    }
  }

  @Test
  void thousandsOfCoAuthorsAndOddSpacingAreRead() {
    StringBuilder msg = new StringBuilder("Big merge\n\n");
    for (int i = 0; i < 5000; i++) {
      msg.append("Co-authored-by: Person ").append(i).append(" <p").append(i).append("@example.com>\n");
    }
    msg.append("CO-AUTHORED-BY :   Devin  <158243242+devin-ai-integration[bot]@users.noreply.github.com>\n");
    CommitClassifier c = new CommitClassifier(AgentRules.defaults(), "");
    Identity human = new Identity("A", "a@example.com");
    var origin = c.classify(new CommitFacts("0".repeat(40), human, human, msg.toString(), 0));
    assertThat(origin.label()).isEqualTo("ai:devin");
  }

  @Test
  void eachDefaultIdentityIsRecognised() {
    CommitClassifier c = new CommitClassifier(AgentRules.defaults(), "");
    Identity human = new Identity("A", "a@example.com");
    String[][] cases = {
      {"Co-authored-by: Claude <noreply@anthropic.com>", "ai:claude-code"},
      {"Co-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>", "ai:copilot"},
      {"Co-authored-by: Cursor Agent <cursoragent@cursor.com>", "ai:cursor"},
      {"Co-authored-by: aider (gpt-4o) <noreply@aider.chat>", "ai:aider"},
      {"Co-authored-by: aider <aider@aider.chat>", "ai:aider"},
      {"Co-authored-by: Codex <noreply@openai.com>", "ai:codex"},
      {"Assisted-by: Claude:claude-3-opus coccinelle", "ai:claude-code"},
      {"Generated-by: ChatGPT", "ai:codex"},
      {"Made-with: Cursor", "ai:cursor"},
      {"🤖 Generated with [Claude Code](https://claude.com/claude-code)", "ai:claude-code"},
      {"Reviewed-by: Rita <rita@example.com>", "unknown"},
      {"", "unknown"},
    };
    for (String[] k : cases) {
      assertThat(c.classify(new CommitFacts("0".repeat(40), human, human, "Subject\n\n" + k[0] + "\n", 0)).label())
          .as(k[0]).isEqualTo(k[1]);
    }
    assertThat(c.classify(new CommitFacts("0".repeat(40), new Identity("Paul (aider)", "p@x.org"), human, "x", 0)).label())
        .isEqualTo("ai:aider");
    assertThat(new CommitClassifier(AgentRules.defaults(), "copilot/fix-123")
        .classify(new CommitFacts("0".repeat(40), human, human, "x", 0)).source()).isEqualTo("branch");
  }
}
