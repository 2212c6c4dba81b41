package dev.assay.gate.secrets;

import java.util.List;
import java.util.Locale;

/**
 * Recognises values that only look like secrets: documentation placeholders ({@code changeme},
 * {@code your-token}, {@code xxxx}), template variables ({@code ${VAR}}, {@code {{ var }}}), masked
 * values ({@code ***}) and runs of repeated or sequential characters.
 */
final class Placeholders {
  /** Words that mark a value as made up, in any of the known-format rules. */
  private static final List<String> MARKERS =
      List.of(
          "example",
          "xxxx",
          "your",
          "dummy",
          "sample",
          "fake",
          "placeholder",
          "redacted",
          "changeme",
          "change_me",
          "change-me",
          "replace",
          "insert",
          "0000000",
          "1234567",
          "abcdefg",
          "qwerty",
          "lorem",
          "foobar",
          "<",
          ">",
          "${",
          "{{",
          "%s",
          "%(",
          "***",
          "...",
          "…");

  /** Further words that make a value assigned to a secret-like name a fixture, not a secret. */
  private static final List<String> LOOSE_MARKERS =
      List.of(
          "xxx",
          "test",
          "mock",
          "todo",
          "fixme",
          "secret",
          "password",
          "passwd",
          "token",
          "default",
          "local",
          "demo",
          "invalid",
          "none",
          "null",
          "undefined",
          "12345",
          "abcdef",
          "$(",
          "#{",
          "%{");

  private Placeholders() {}

  /** True for a made-up value, judged strictly enough that real tokens never match. */
  static boolean isPlaceholder(String value) {
    return hasMarker(value) || lowVariety(value);
  }

  /** True when the text contains a placeholder word or template syntax, in any case. */
  static boolean hasMarker(String text) {
    String v = text.toLowerCase(Locale.ROOT);
    for (String m : MARKERS) {
      if (v.contains(m)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a made-up value or a fixture value ({@code test-key-...}, {@code mysecret}), for rules
   * where the name, not the format, made the value suspect.
   */
  static boolean isLoosePlaceholder(String value) {
    if (isPlaceholder(value)) {
      return true;
    }
    String v = value.toLowerCase(Locale.ROOT);
    for (String m : LOOSE_MARKERS) {
      if (v.contains(m)) {
        return true;
      }
    }
    return false;
  }

  /** A character making up more than 40% of the value, or repeated four times in a row. */
  static boolean lowVariety(String value) {
    int[] counts = new int[128];
    int run = 1;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 128 && ++counts[c] * 5 > value.length() * 2 && value.length() >= 5) {
        return true;
      }
      run = i > 0 && value.charAt(i - 1) == c ? run + 1 : 1;
      if (run >= 4) {
        return true;
      }
    }
    return false;
  }

  /** Shannon entropy in bits per character. */
  static double entropy(CharSequence s) {
    int[] counts = new int[128];
    int other = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        counts[c]++;
      } else {
        other++;
      }
    }
    double n = s.length();
    double h = 0;
    for (int c : counts) {
      if (c > 0) {
        double p = c / n;
        h -= p * Math.log(p);
      }
    }
    if (other > 0) {
      double p = other / n;
      h -= p * Math.log(p);
    }
    return h / Math.log(2);
  }

  /** True when every character is a hexadecimal digit. */
  static boolean isHex(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }

  /** True when the value has at least one ASCII digit and one ASCII letter. */
  static boolean hasDigitAndLetter(CharSequence s) {
    boolean digit = false;
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      digit |= c >= '0' && c <= '9';
      letter |= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
    return digit && letter;
  }
}
