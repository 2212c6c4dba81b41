package dev.assay.gate.security;

import java.util.Objects;
import java.util.Optional;

/**
 * The built-in data flow's judgement that a sink it recognised on a line is safe, so that another
 * analyzer's report of the same weakness there can be dropped or downgraded.
 *
 * @param rule the rule whose sink this is, or empty for "every rule": the line is in a branch that
 *     never runs
 * @param line the sink's line, 1-based
 * @param why why it is safe, as a clause ("the query is a constant")
 * @param strength {@code PROVEN} when the value cannot carry outside data (a constant, a value
 *     overwritten by a constant, a sanitised or parsed value, a dead branch); {@code CONTEXT} when
 *     the API is weak but the use is not a security use (MD5 for a checksum, Random for a shuffle)
 */
record Proof(Optional<SecurityRule> rule, int line, String why, Strength strength) {
  enum Strength {
    PROVEN,
    CONTEXT
  }

  Proof {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(strength, "strength");
  }

  static Proof proven(SecurityRule rule, int line, String why) {
    return new Proof(Optional.of(rule), line, why, Strength.PROVEN);
  }

  static Proof context(SecurityRule rule, int line, String why) {
    return new Proof(Optional.of(rule), line, why, Strength.CONTEXT);
  }

  static Proof deadBranch(int line, String why) {
    return new Proof(Optional.empty(), line, why, Strength.PROVEN);
  }

  boolean covers(SecurityRule r) {
    return rule.isEmpty() || rule.get() == r;
  }
}
