package dev.assay.gate.security;

import java.util.Locale;
import java.util.Set;

/**
 * Splits identifiers into lower-case words (camelCase, snake_case, kebab-case) and decides whether
 * they name a security value, so randomness or a hash is judged by what it is used for.
 */
final class Words {
  /** Words that name passwords and other secrets a weak hash must not protect. */
  static final Set<String> PASSWORD =
      Set.of("password", "passwd", "pwd", "passphrase", "credential", "credentials", "secret");

  /** Words that name values an attacker must not guess. */
  static final Set<String> SECURITY_VALUE =
      Set.of("password", "passwd", "pwd", "passphrase", "secret", "token", "salt", "nonce", "otp",
          "csrf", "xsrf", "session", "sessionid", "apikey", "captcha", "credential", "iv",
          "jti");

  private Words() {}

  /** True when any word of {@code identifierText} is in {@code words}. */
  static boolean mentions(String identifierText, Set<String> words) {
    int n = identifierText.length();
    int start = -1;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? identifierText.charAt(i) : ' ';
      boolean boundary =
          !Character.isLetterOrDigit(c)
              || i > 0
                  && Character.isUpperCase(c)
                  && (Character.isLowerCase(identifierText.charAt(i - 1))
                      || i + 1 < n && Character.isLowerCase(identifierText.charAt(i + 1))
                          && Character.isUpperCase(identifierText.charAt(i - 1)));
      if (boundary && start >= 0) {
        if (words.contains(identifierText.substring(start, i).toLowerCase(Locale.ROOT))) {
          return true;
        }
        start = -1;
      }
      if (Character.isLetterOrDigit(c) && start < 0) {
        start = i;
      }
    }
    return false;
  }
}
