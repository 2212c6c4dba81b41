package dev.assay.gate.secrets;

import dev.assay.api.Severity;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A credential with a recognisable literal prefix: every occurrence of an anchor (found by {@link
 * AnchorScan}, far cheaper than a regex over the whole text) is checked with a bounded pattern
 * matched at that point.
 *
 * @param rule the rule reported
 * @param anchors literal strings at which the pattern starts
 * @param pattern matched with {@code lookingAt} at an anchor; {@code group} is the secret
 * @param group the capturing group holding the secret value (0 for the whole match)
 * @param severity severity of a finding
 * @param confidence {@code high} or {@code medium}
 * @param valid a test on the secret value (placeholder and shape checks)
 * @param wordStart whether the anchor must not follow a letter or digit
 */
record TokenFormat(
    SecretRule rule,
    List<String> anchors,
    Pattern pattern,
    int group,
    Severity severity,
    String confidence,
    Predicate<String> valid,
    boolean wordStart)
    implements Detector {

  /** Longest stretch after an anchor a pattern may look at. */
  private static final int WINDOW = 4096;

  /**
   * A high-confidence ERROR format whose value must hold a digit and a letter and be no
   * placeholder.
   */
  static TokenFormat of(SecretRule rule, String regex, String... anchors) {
    return new TokenFormat(
        rule,
        List.of(anchors),
        Pattern.compile(regex),
        0,
        Severity.ERROR,
        Candidate.HIGH,
        v -> Placeholders.hasDigitAndLetter(v) && !Placeholders.isPlaceholder(v),
        true);
  }

  TokenFormat rated(Severity s, String c) {
    return new TokenFormat(rule, anchors, pattern, group, s, c, valid, wordStart);
  }

  TokenFormat secretGroup(int g) {
    return new TokenFormat(rule, anchors, pattern, g, severity, confidence, valid, wordStart);
  }

  TokenFormat alsoRequire(Predicate<String> more) {
    return new TokenFormat(
        rule, anchors, pattern, group, severity, confidence, valid.and(more), wordStart);
  }

  /**
   * The same format with anchors that may sit inside a longer name ({@code awsSecretAccessKey}).
   */
  TokenFormat anywhere() {
    return new TokenFormat(rule, anchors, pattern, group, severity, confidence, valid, false);
  }

  @Override
  public void matchAt(String text, TextIndex lines, int hit, String anchor, List<Candidate> out) {
    if (wordStart && hit > 0 && isWordChar(text.charAt(hit - 1))) {
      return;
    }
    Matcher m = pattern.matcher(text);
    m.region(hit, Math.min(lines.lineEnd(hit), hit + WINDOW));
    if (m.lookingAt() && m.group(group) != null && valid.test(m.group(group))) {
      out.add(Candidate.of(rule, m.start(group), m.end(group), severity, confidence));
    }
  }

  static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }
}
