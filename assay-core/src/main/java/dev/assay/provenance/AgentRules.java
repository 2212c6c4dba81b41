package dev.assay.provenance;

import dev.assay.provenance.AgentRule.Field;
import java.util.ArrayList;
import java.util.List;

/** The built-in identities table: what the common coding agents write into commits. */
public final class AgentRules {
  private AgentRules() {}

  /** The defaults, in the order they are tried. */
  public static List<AgentRule> defaults() {
    List<AgentRule> r = new ArrayList<>();
    r.add(new AgentRule("claude-code", Field.EMAIL, "noreply@anthropic.com"));
    r.add(new AgentRule("claude-code", Field.MESSAGE, "generated with [claude code]"));
    r.add(new AgentRule("claude-code", Field.MESSAGE, "generated with claude code"));
    r.add(new AgentRule("claude-code", Field.NAME, "claude[bot]"));
    r.add(new AgentRule("copilot", Field.EMAIL_SUFFIX, "+copilot@users.noreply.github.com"));
    r.add(new AgentRule("copilot", Field.NAME, "copilot-swe-agent[bot]"));
    r.add(new AgentRule("cursor", Field.EMAIL, "cursoragent@cursor.com"));
    r.add(new AgentRule("aider", Field.EMAIL, "aider@aider.chat"));
    r.add(new AgentRule("aider", Field.EMAIL, "noreply@aider.chat"));
    r.add(new AgentRule("aider", Field.EMAIL, "noreply@aider.dev"));
    r.add(new AgentRule("aider", Field.NAME_SUFFIX, " (aider)"));
    r.add(new AgentRule("codex", Field.EMAIL, "noreply@openai.com"));
    r.add(new AgentRule("codex", Field.NAME, "chatgpt-codex-connector[bot]"));
    r.add(
        new AgentRule(
            "devin", Field.EMAIL_SUFFIX, "devin-ai-integration[bot]@users.noreply.github.com"));
    r.add(new AgentRule("devin", Field.NAME, "devin-ai-integration[bot]"));
    // Trailers that name the tool in their value: the agent is read from the value.
    r.add(new AgentRule("", Field.TRAILER, "assisted-by"));
    r.add(new AgentRule("", Field.TRAILER, "generated-by"));
    r.add(new AgentRule("", Field.TRAILER, "made-with"));
    r.add(new AgentRule("claude-code", Field.BRANCH_PREFIX, "claude/"));
    r.add(new AgentRule("copilot", Field.BRANCH_PREFIX, "copilot/"));
    r.add(new AgentRule("cursor", Field.BRANCH_PREFIX, "cursor/"));
    r.add(new AgentRule("codex", Field.BRANCH_PREFIX, "codex/"));
    r.add(new AgentRule("devin", Field.BRANCH_PREFIX, "devin/"));
    return List.copyOf(r);
  }
}
