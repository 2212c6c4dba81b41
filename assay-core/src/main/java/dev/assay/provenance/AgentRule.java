package dev.assay.provenance;

import java.util.Locale;
import java.util.Objects;

/**
 * One row of the identities table: a commit matching it was written with the named agent.
 *
 * @param agent the agent's name as reported, e.g. {@code claude-code}
 * @param field what is compared
 * @param value the value compared against, lower case except for {@link Field#MESSAGE}, which is
 *     compared case-insensitively anyway
 */
public record AgentRule(String agent, Field field, String value) {

  /** What a rule compares. */
  public enum Field {
    /** The address of the author, the committer or a {@code Co-authored-by:} trailer. */
    EMAIL("email"),
    /** The end of such an address, e.g. {@code +copilot@users.noreply.github.com}. */
    EMAIL_SUFFIX("email-suffix"),
    /** The name of the author, the committer or a co-author, exactly (case-insensitive). */
    NAME("name"),
    /** The end of such a name, e.g. {@code  (aider)}. */
    NAME_SUFFIX("name-suffix"),
    /** A trailer key whose presence marks the commit, e.g. {@code assisted-by}. */
    TRAILER("trailer"),
    /** A text anywhere in the message, e.g. {@code generated with [claude code]}. */
    MESSAGE("message"),
    /** The start of the branch name CI passes in, e.g. {@code copilot/}. */
    BRANCH_PREFIX("branch-prefix");

    private final String key;

    Field(String key) {
      this.key = key;
    }

    /** The key that names this field in the criteria file. */
    public String key() {
      return key;
    }
  }

  public AgentRule {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(field, "field");
    value = value.toLowerCase(Locale.ROOT);
  }
}
