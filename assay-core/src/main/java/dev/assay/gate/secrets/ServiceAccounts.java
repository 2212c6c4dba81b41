package dev.assay.gate.secrets;

import dev.assay.api.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Google Cloud service account key files: JSON with {@code "type": "service_account"} and, after it
 * (the order in which Google writes the file), a {@code "private_key"} holding a PEM key. The
 * secret is the private key value; the private-key rule's match inside it is then dropped as an
 * overlap, so one file gives one finding.
 */
final class ServiceAccounts implements Detector {
  private static final Pattern TYPE =
      Pattern.compile("\"type\"\\s{0,8}:\\s{0,8}\"service_account\"");
  private static final Pattern KEY =
      Pattern.compile(
          "\"private_key\"\\s{0,8}:\\s{0,8}\"(-----BEGIN [A-Z ]{0,20}PRIVATE"
              + " KEY-----[A-Za-z0-9+/=\\\\\\n"
              + "]{40,8000})");

  /** The fields of one key file sit within a few kilobytes of each other. */
  private static final int WINDOW = 8192;

  @Override
  public List<String> anchors() {
    return List.of("\"service_account\"");
  }

  @Override
  public void matchAt(String text, TextIndex lines, int hit, String anchor, List<Candidate> out) {
    Matcher type = TYPE.matcher(text);
    type.region(Math.max(0, hit - 64), Math.min(text.length(), hit + 20));
    if (!type.find()) {
      return;
    }
    int at = lines.nextOf("\"private_key\"", hit);
    if (at < 0 || at > hit + WINDOW) {
      return;
    }
    Matcher key = KEY.matcher(text);
    key.region(at, Math.min(text.length(), at + WINDOW));
    if (key.lookingAt() && !Placeholders.hasMarker(key.group(1))) {
      out.add(
          Candidate.of(
              SecretRule.GCP_SERVICE_ACCOUNT,
              key.start(1),
              key.end(1),
              Severity.ERROR,
              Candidate.HIGH));
    }
  }
}
