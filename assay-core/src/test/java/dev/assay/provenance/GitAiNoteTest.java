package dev.assay.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The git-ai authorship log v3: the spec's example, and every malformation named. */
class GitAiNoteTest {
  private static final String JSON = "{\"schema_version\":\"authorship/3.0.0\",\"prompts\":{"
      + "\"abcd1234abcd1234\":{\"agent_id\":{\"tool\":\"cursor\",\"id\":\"x\",\"model\":\"claude-4.5-opus\"}},"
      + "\"efgh5678\":{\"agent_id\":{\"tool\":\"claude\",\"model\":\"claude-3-sonnet\"}}}}";

  @Test
  void readsQuotedPathsSeveralSessionsAndShortHashes() {
    GitAiNote n = GitAiNote.parse("src/main.rs\n  abcd1234abcd1234 1-10,15-20\n  0123456 25,30-35\n"
        + "\"src/my file.rs\"\n  ABCD1234ABCD1234 3\n---\n" + JSON + "\n");
    assertThat(n.lookup("src/main.rs", 16).orElseThrow().label()).isEqualTo("ai:cursor");
    assertThat(n.lookup("src/main.rs", 16).orElseThrow().model()).isEqualTo("claude-4.5-opus");
    assertThat(n.lookup("src/main.rs", 31).orElseThrow().agent()).as("a session with no record").isEqualTo("unnamed");
    assertThat(n.lookup("src/main.rs", 12)).as("untracked, not human").isEmpty();
    assertThat(n.lookup("src/my file.rs", 3)).isPresent();
    assertThat(n.lookup("other.rs", 1)).isEmpty();
    assertThat(n.firstAgent()).isEqualTo("cursor");
  }

  @Test
  void aNoteWithOnlyMetadataClaimsNothing() {
    assertThat(GitAiNote.parse("---\n" + JSON).lookup("a", 1)).isEmpty();
  }

  @Test
  void malformedNotesSayWhatIsWrong() {
    assertThatThrownBy(() -> GitAiNote.parse("a.rs\n  abcd1234abcd1234 1-2\n" + JSON))
        .hasMessageContaining("no `---` line");
    assertThatThrownBy(() -> GitAiNote.parse("  abcd1234abcd1234 1-2\n---\n" + JSON))
        .hasMessageContaining("line 1: an entry before any file path");
    assertThatThrownBy(() -> GitAiNote.parse("a.rs\n  abcd1234abcd1234 5-2\n---\n" + JSON))
        .hasMessageContaining("bad line range `5-2`");
    assertThatThrownBy(() -> GitAiNote.parse("a.rs\n  abcd1234abcd1234 0\n---\n" + JSON))
        .hasMessageContaining("bad line range `0`");
    assertThatThrownBy(() -> GitAiNote.parse("a.rs\n  nothex 1\n---\n" + JSON))
        .hasMessageContaining("expected `  <session hash> <line ranges>`");
    assertThatThrownBy(() -> GitAiNote.parse("a.rs\n  abcd1234abcd1234 1\n---\n{not json"))
        .hasMessageContaining("does not parse");
    assertThatThrownBy(() -> GitAiNote.parse("a.rs\n  abcd1234abcd1234 1\n---\n[1]"))
        .hasMessageContaining("not an object");
    assertThatThrownBy(() -> GitAiNote.parse("a.rs\n  abcd1234abcd1234 1\n---\n{\"schema_version\":\"authorship/2.0.0\"}"))
        .hasMessageContaining("is not authorship/3.x");
    assertThatThrownBy(() -> GitAiNote.parse("a.rs\n  abcd1234abcd1234 99999999999\n---\n" + JSON))
        .hasMessageContaining("bad line range");
  }
}
