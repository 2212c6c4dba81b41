package dev.assay.gate.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/**
 * Realistic-looking but fake credentials, built at run time from a seeded generator so that no
 * literal token is ever committed (secret scanners and push protection would flag the repository).
 * Deterministic: the same seed gives the same values.
 */
final class FakeSecrets {
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String ALNUM = UPPER + LOWER + DIGITS;
  static final String URLSAFE = ALNUM + "_-";
  static final String BASE64 = ALNUM + "+/";
  static final String HEX = "0123456789abcdef";

  private final Random random;

  FakeSecrets(long seed) {
    this.random = new Random(seed);
  }

  /** {@code n} characters of the alphabet, with a digit and a letter guaranteed. */
  String of(String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    if (n >= 6 && alphabet.contains("7")) {
      b.setCharAt(2, (char) ('2' + random.nextInt(7)));
    }
    if (n >= 6 && alphabet.contains("k")) {
      b.setCharAt(4, (char) ('g' + random.nextInt(6)));
    } else if (n >= 6 && alphabet.contains("K")) {
      b.setCharAt(4, (char) ('G' + random.nextInt(6)));
    }
    return b.toString();
  }

  String awsKeyId() {
    return "AK" + "IA" + of(UPPER + DIGITS, 16);
  }

  String githubToken() {
    return "gh" + "p_" + of(ALNUM, 36);
  }

  String jwt() {
    Base64.Encoder e = Base64.getUrlEncoder().withoutPadding();
    String header =
        e.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload =
        e.encodeToString(
            ("{\"sub\":\"u-" + of(LOWER + DIGITS, 8) + "\",\"iat\":1716239022}")
                .getBytes(StandardCharsets.UTF_8));
    return header + "." + payload + "." + of(URLSAFE, 43);
  }

  /** A PEM private key block of the given type ({@code "RSA "}, {@code ""}, ...). */
  String pem(String type, String newline) {
    StringBuilder b = new StringBuilder("-----BEGIN " + type + "PRIVATE" + " KEY-----" + newline);
    b.append("MIIE").append(of(BASE64, 60)).append(newline);
    for (int i = 0; i < 3; i++) {
      b.append(of(BASE64, 64)).append(newline);
    }
    return b.append("-----END " + type + "PRIVATE" + " KEY-----").toString();
  }
}
