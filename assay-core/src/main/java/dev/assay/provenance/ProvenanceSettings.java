package dev.assay.provenance;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The criteria file's {@code provenance:} section.
 *
 * @param rules the identities table: the built-in rows (unless turned off) then the file's own
 * @param notesRef where git-ai notes are read ({@code refs/notes/ai})
 * @param agentTrace the Agent Trace file, repository-relative ({@code .agent-trace/traces.jsonl})
 * @param fixPatterns regular expressions (case-insensitive) that mark a bug-fixing commit message
 */
public record ProvenanceSettings(
    List<AgentRule> rules, String notesRef, String agentTrace, List<String> fixPatterns) {
  public static final String NOTES_REF = "refs/notes/ai";
  public static final String AGENT_TRACE = ".agent-trace/traces.jsonl";
  public static final List<String> FIX_PATTERNS =
      List.of(
          "\\bfix(e[sd])?\\b",
          "\\bbug(s|fix)?\\b",
          "\\bhotfix\\b",
          "\\bregression\\b",
          "^revert\\b",
          "\\bThis reverts commit\\b");

  public ProvenanceSettings {
    rules = List.copyOf(rules);
    Objects.requireNonNull(notesRef, "notesRef");
    Objects.requireNonNull(agentTrace, "agentTrace");
    fixPatterns = List.copyOf(fixPatterns);
  }

  /** The defaults: the built-in identities table, the standard places. */
  public static ProvenanceSettings defaults() {
    return new ProvenanceSettings(AgentRules.defaults(), NOTES_REF, AGENT_TRACE, FIX_PATTERNS);
  }

  /** The branch name CI passes in (GitHub, GitLab, Jenkins, Buildkite), or empty. */
  public static String branchFrom(Map<String, String> env) {
    for (String key :
        List.of(
            "ASSAY_BRANCH",
            "GITHUB_HEAD_REF",
            "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME",
            "BUILDKITE_BRANCH",
            "CHANGE_BRANCH",
            "BRANCH_NAME")) {
      String v = env.get(key);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }
}
