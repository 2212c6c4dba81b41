package dev.assay.gate.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a secret appears in output: a short prefix, its length and a truncated SHA-256, so a team can
 * tell which credential to rotate and match it against the rotated one without ever seeing it.
 */
record SecretMask(String masked, int length, String fingerprint) {

  /** The mask of a value; shows at most 4 characters, and fewer of a short value. */
  static SecretMask of(String secret) {
    int shown = Math.min(4, secret.length() / 4);
    String masked = secret.substring(0, shown) + "…";
    return new SecretMask(masked, secret.length(), "sha256:" + sha256(secret).substring(0, 12));
  }

  /** For messages: {@code `ghp_…` (40 chars, sha256:0123456789ab)}. */
  String describe() {
    return "`" + masked + "` (" + length + " chars, " + fingerprint + ")";
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
