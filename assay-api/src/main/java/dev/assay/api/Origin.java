package dev.assay.api;

import java.util.Objects;

/**
 * Who wrote one line, as far as the evidence goes.
 *
 * @param kind AI, HUMAN or UNKNOWN; HUMAN only where a source positively says so
 * @param agent the agent, e.g. {@code claude-code}, {@code copilot}; empty unless AI
 * @param model the model where a source names it, else empty
 * @param source where the claim comes from, e.g. {@code trailer:Co-authored-by}, {@code
 *     git-ai-note}, {@code agent-trace}; empty for UNKNOWN
 * @param lineLevel true when the source names this line (a note or trace range), false when it
 *     names the whole commit (a trailer or identity)
 * @param confidence how far the source can be trusted for this line, in [0, 1]
 */
public record Origin(
    Kind kind, String agent, String model, String source, boolean lineLevel, double confidence) {

  /** The closed set of provenance classes. */
  public enum Kind {
    AI,
    HUMAN,
    UNKNOWN;

    private final String label = name().toLowerCase(java.util.Locale.ROOT);

    /** Lower case, as written in reports and criteria. */
    public String label() {
      return label;
    }
  }

  private static final Origin UNKNOWN = new Origin(Kind.UNKNOWN, "", "", "", false, 0);

  public Origin {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(source, "source");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
    }
  }

  /** No signal: never read as human. */
  public static Origin unknown() {
    return UNKNOWN;
  }

  public boolean isAi() {
    return kind == Kind.AI;
  }

  /** The class used in statistics: {@code ai:<agent>}, {@code human} or {@code unknown}. */
  public String label() {
    return kind == Kind.AI ? "ai:" + (agent.isEmpty() ? "unnamed" : agent) : kind.label();
  }
}
