package dev.assay.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.CriteriaException;
import dev.assay.check.BuiltInGates;
import dev.assay.provenance.AgentRule;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The provenance:, audit: and ai: parts of the criteria file, good and bad. */
class ProvenanceCriteriaTest {
  private static Criteria parse(String yaml) {
    return CriteriaLoader.parse(".assay.yml", yaml.getBytes(StandardCharsets.UTF_8), BuiltInGates.defaults(BuiltInGates.all()));
  }

  @Test
  void defaultsAndOwnIdentities() {
    Criteria c = parse("""
        version: 1
        provenance:
          identities:
            - agent: acme-bot
              email: Bot@Acme.dev
        audit:
          path: logs/audit.jsonl
          notes: true
        """);
    assertThat(c.provenance().rules()).last().isEqualTo(new AgentRule("acme-bot", AgentRule.Field.EMAIL, "bot@acme.dev"));
    assertThat(c.provenance().rules().size()).isGreaterThan(10);
    assertThat(c.audit().path()).isEqualTo("logs/audit.jsonl");
    assertThat(c.audit().notes()).isTrue();
    assertThat(c.audit().notesRef()).isEqualTo("refs/notes/assay");
  }

  @Test
  void builtInTableCanBeTurnedOff() {
    Criteria c = parse("""
        provenance:
          builtin-identities: false
        """);
    assertThat(c.provenance().rules()).isEmpty();
  }

  @Test
  void anIdentityWithTwoMatchersIsLocated() {
    assertThatThrownBy(() -> parse("""
        provenance:
          identities:
            - agent: x
              email: a@b.c
              name: X
        """)).isInstanceOf(CriteriaException.class)
        .hasMessageContaining(".assay.yml:3")
        .hasMessageContaining("more than one matcher");
  }

  @Test
  void misspeltKeysSuggestTheRightOne() {
    assertThatThrownBy(() -> parse("provenance:\n  notes-rf: refs/notes/ai\n"))
        .hasMessageContaining("notes-ref");
  }

  @Test
  void auditCannotWriteIntoAnotherToolsNotes() {
    assertThatThrownBy(() -> parse("audit:\n  notes-ref: refs/notes/ai\n"))
        .hasMessageContaining("belongs to another tool");
  }

  @Test
  void aiBlockIsValidatedByTheGateAndCannotHoldEngineKeys() {
    Criteria c = parse("gates:\n  coverage:\n    changed-lines: 80%\n    ai:\n      changed-lines: 90%\n");
    assertThat(c.gate("coverage").orElseThrow().hasAi()).isTrue();
    assertThat(c.gate("coverage").orElseThrow().settings().keys()).containsExactly("changed-lines");
    assertThatThrownBy(() -> parse("gates:\n  coverage:\n    ai:\n      enabled: false\n"))
        .hasMessageContaining("gates.coverage.ai.enabled").hasMessageContaining("cannot be set for AI-authored lines");
  }
}
