package dev.assay.gate.secrets;

import dev.assay.api.Severity;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Private key blocks ({@code -----BEGIN ... PRIVATE KEY-----}) with key material after the header
 * and an END line after it, in PEM files or as escaped strings in code. A header alone (code that
 * builds or parses PEM text) is not a key. The secret is the first run of base64 key material.
 */
final class PrivateKeys implements Detector {
  private static final Pattern HEADER =
      Pattern.compile(
          "-----BEGIN ((?:RSA|EC|DSA|OPENSSH|PGP|ENCRYPTED|SSH2|SSH2 ENCRYPTED) )?"
              + "PRIVATE KEY(?: BLOCK)?-----");

  /**
   * Key material: a long base64 run, within a few lines of the header (PEM headers may sit
   * between).
   */
  private static final Pattern BODY = Pattern.compile("[A-Za-z0-9+/]{40,200}");

  private static final int BODY_WINDOW = 600;
  private static final int END_WINDOW = 16_384;

  @Override
  public List<String> anchors() {
    return List.of("-----BEGIN ");
  }

  @Override
  public void matchAt(String text, TextIndex lines, int hit, String anchor, List<Candidate> out) {
    Matcher header = HEADER.matcher(text);
    header.region(hit, Math.min(text.length(), hit + 80));
    if (!header.lookingAt()) {
      return;
    }
    int after = header.end();
    Matcher body = BODY.matcher(text);
    body.region(after, Math.min(text.length(), after + BODY_WINDOW));
    if (!body.find() || !isKeyMaterial(body.group())) {
      return;
    }
    int end = lines.nextOf("-----END ", after);
    if (end < 0 || end > after + END_WINDOW) {
      return;
    }
    boolean encrypted =
        header.group(1) != null && header.group(1).contains("ENCRYPTED")
            || text.startsWith("\nProc-Type: 4,ENCRYPTED", after)
            || text.startsWith("Proc-Type: 4,ENCRYPTED", lines.lineEnd(after) + 1);
    out.add(
        encrypted
            ? new Candidate(
                SecretRule.PRIVATE_KEY,
                body.start(),
                body.end(),
                Severity.WARNING,
                Candidate.MEDIUM,
                "encrypted with a passphrase",
                Map.of())
            : Candidate.of(
                SecretRule.PRIVATE_KEY, body.start(), body.end(), Severity.ERROR, Candidate.HIGH));
  }

  /** Real key material mixes cases and digits; {@code AAAA...} or {@code xxxx} is a placeholder. */
  private static boolean isKeyMaterial(String run) {
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      upper |= Character.isUpperCase(c);
      lower |= Character.isLowerCase(c);
      digit |= Character.isDigit(c);
    }
    return upper
        && lower
        && digit
        && !Placeholders.isPlaceholder(run)
        && Placeholders.entropy(run) >= 4.0;
  }
}
