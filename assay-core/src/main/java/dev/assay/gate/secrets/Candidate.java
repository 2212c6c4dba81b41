package dev.assay.gate.secrets;

import dev.assay.api.Severity;
import java.util.Map;
import java.util.Objects;

/**
 * One suspected secret before masking: where its value is in the file text and how sure we are.
 *
 * @param rule the rule that matched
 * @param start offset of the first character of the secret value in the file text
 * @param end offset just past the secret value
 * @param severity the severity before any test-path downgrade
 * @param confidence {@code high} or {@code medium}
 * @param detail a clause for the message (never containing the value), or empty
 * @param facts extra properties that contain no part of the value
 */
record Candidate(
    SecretRule rule,
    int start,
    int end,
    Severity severity,
    String confidence,
    String detail,
    Map<String, String> facts) {

  static final String HIGH = "high";
  static final String MEDIUM = "medium";

  Candidate {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(detail, "detail");
    facts = Map.copyOf(facts);
    if (end <= start) {
      throw new IllegalArgumentException("empty span " + start + "-" + end);
    }
  }

  static Candidate of(SecretRule rule, int start, int end, Severity severity, String confidence) {
    return new Candidate(rule, start, end, severity, confidence, "", Map.of());
  }

  Candidate withDetail(String text) {
    return new Candidate(rule, start, end, severity, confidence, text, facts);
  }

  boolean overlaps(Candidate other) {
    return start < other.end && other.start < end;
  }
}
