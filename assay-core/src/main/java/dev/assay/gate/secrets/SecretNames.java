package dev.assay.gate.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a variable, key or property name says its value is a credential: {@code
 * password}, {@code DB_PASS}, {@code clientSecret}, {@code api-key}, {@code authToken}; but not
 * {@code passwordHash}, {@code tokenUrl} or {@code secretName}, whose values are not secrets.
 */
final class SecretNames {
  private static final Set<String> SECRET_WORDS =
      Set.of(
          "password",
          "passwd",
          "passwords",
          "pass",
          "pwd",
          "passphrase",
          "secret",
          "secrets",
          "token",
          "tokens",
          "credential",
          "credentials",
          "apikey",
          "auth",
          "bearer");
  private static final List<String> SECRET_COMPOUNDS =
      List.of(
          "apikey",
          "accesskey",
          "privatekey",
          "secretkey",
          "signingkey",
          "encryptionkey",
          "masterkey",
          "authkey",
          "clientsecret",
          "apitoken",
          "accesstoken",
          "authtoken",
          "refreshtoken",
          "sessionkey",
          "hmackey",
          "webhookkey");

  /** Words that say the value is derived from, describes or locates a secret, not the secret. */
  private static final Set<String> NOT_SECRET_WORDS =
      Set.of(
          "sha",
          "sha1",
          "sha256",
          "sha512",
          "md5",
          "checksum",
          "digest",
          "hash",
          "hashed",
          "fingerprint",
          "integrity",
          "public",
          "pub",
          "publishable",
          "url",
          "uri",
          "endpoint",
          "path",
          "file",
          "dir",
          "name",
          "names",
          "type",
          "header",
          "prefix",
          "suffix",
          "field",
          "param",
          "label",
          "pattern",
          "regex",
          "format",
          "length",
          "len",
          "size",
          "count",
          "max",
          "min",
          "expiry",
          "expires",
          "expiration",
          "ttl",
          "timeout",
          "placeholder",
          "hint",
          "version",
          "example",
          "sample",
          "test",
          "mock",
          "fake",
          "dummy",
          "id",
          "ids",
          "property",
          "prop",
          "env",
          "var",
          "policy",
          "mode",
          "strategy",
          "provider",
          "class",
          "description",
          "message",
          "msg",
          "error",
          "event",
          "kind",
          "location",
          "position",
          "index",
          "salt");

  private SecretNames() {}

  /** True when the name reads as holding a credential. */
  static boolean isSecretLike(String name) {
    List<String> words = words(name);
    if (words.isEmpty()) {
      return false;
    }
    boolean secret = false;
    for (String w : words) {
      if (NOT_SECRET_WORDS.contains(w)) {
        return false;
      }
      secret |= SECRET_WORDS.contains(w);
    }
    if (secret) {
      return true;
    }
    String compact = String.join("", words);
    return SECRET_COMPOUNDS.stream().anyMatch(compact::contains);
  }

  /** Lower-case words of a name split at separators and camelCase humps. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean hump = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1));
      if (!Character.isLetterOrDigit(c) || hump) {
        flush(w, out);
      }
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      }
    }
    flush(w, out);
    return out;
  }

  private static void flush(StringBuilder w, List<String> out) {
    if (w.length() > 0) {
      out.add(w.toString().toLowerCase(Locale.ROOT));
      w.setLength(0);
    }
  }
}
