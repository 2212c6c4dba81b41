package dev.assay.gate.secrets;

import dev.assay.api.Severity;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code high-entropy-assignment} rule: a random-looking literal assigned or keyed to a
 * secret-like name. Code is read literal by literal ({@code x = "..."}, {@code x: "..."}, {@code
 * "x": "..."}, {@code setX("...")}, {@code put("x", "...")}); configuration files line by line
 * ({@link ConfigLines}), where values need no quotes. The value is judged before the name, because
 * most literals fail the cheap value checks.
 */
final class Assignments {
  /** Longer lines are minified or generated code, where this rule has nothing but noise to say. */
  static final int MAX_LINE = 10_000;

  private static final int MAX_VALUE = 1000;
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern DOTTED = Pattern.compile("[A-Za-z_][\\w-]*(?:\\.[A-Za-z_][\\w-]*)+");
  private static final String ALLOWED = "+/=_-.~!@#%^&*?";

  /** Lookups that put a secret somewhere else: the literal beside them is a name or a default. */
  private static final List<String> LOOKUPS =
      List.of(
          "getenv",
          "environ",
          "process.env",
          "getproperty",
          "env[",
          "env(",
          "env.",
          "vault",
          "secretmanager",
          "keyvault",
          "valuefrom",
          "secretkeyref");

  private final double threshold;
  private final int minLength;

  Assignments(double threshold, int minLength) {
    this.threshold = threshold;
    this.minLength = minLength;
  }

  /** Scans the lines {@code only} accepts; {@code config} selects the configuration-file reader. */
  void scan(String text, boolean config, LineFilter only, List<Candidate> out) {
    if (config) {
      configLines(text, only, out);
    } else {
      literals(text, only, out);
    }
  }

  private void configLines(String text, LineFilter only, List<Candidate> out) {
    int line = 0;
    int pos = 0;
    while (pos <= text.length()) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      line++;
      if (end - pos <= MAX_LINE && only.accepts(line)) {
        int from = pos;
        ConfigLines.read(text, from, end).ifPresent(kv -> consider(text, from, end, kv, out));
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
  }

  /**
   * Visits string literals quote by quote. Quotes and line breaks are found with {@code indexOf},
   * so the text between literals is never walked character by character.
   */
  private void literals(String text, LineFilter only, List<Candidate> out) {
    Quotes quotes = new Quotes(text);
    LineCursor line = new LineCursor(text);
    int q = quotes.next(0);
    while (q >= 0) {
      line.advanceTo(q);
      if (line.end - line.start > MAX_LINE || !only.accepts(line.number)) {
        q = quotes.next(line.end + 1);
        continue;
      }
      int close = closing(text, q + 1, line.end, text.charAt(q));
      if (close < 0) {
        q = quotes.next(line.end + 1);
        continue;
      }
      if (close - q - 1 >= minLength && close - q - 1 <= MAX_VALUE) {
        int at = q;
        int start = line.start;
        int end = line.end;
        NameBefore.find(text, start, q)
            .ifPresent(n -> consider(text, start, end, new KeyValue(n, at + 1, close), out));
      }
      q = quotes.next(close + 1);
    }
  }

  private static int closing(String text, int from, int end, char q) {
    int limit = Math.min(end, from + MAX_VALUE + 1);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == q) {
        return i;
      }
    }
    return -1;
  }

  private void consider(String text, int lineStart, int lineEnd, KeyValue kv, List<Candidate> out) {
    String value = text.substring(kv.start(), kv.end());
    if (!looksSecret(value)
        || !SecretNames.isSecretLike(kv.name())
        || namesItself(kv.name(), value)) {
      return;
    }
    String line = text.substring(lineStart, lineEnd).toLowerCase(Locale.ROOT);
    if (LOOKUPS.stream().anyMatch(line::contains)) {
      return;
    }
    String entropy = String.format(Locale.ROOT, "%.2f", Placeholders.entropy(value));
    String name = kv.name().length() > 60 ? kv.name().substring(0, 60) + "…" : kv.name();
    out.add(
        new Candidate(
            SecretRule.HIGH_ENTROPY_ASSIGNMENT,
            kv.start(),
            kv.end(),
            Severity.ERROR,
            Candidate.MEDIUM,
            "assigned to `" + name + "` (" + entropy + " bits/char)",
            Map.of("name", name, "entropy", entropy)));
  }

  /** Random enough, in a credential alphabet, and none of placeholder, path, identifier or UUID. */
  boolean looksSecret(String v) {
    if (v.length() < minLength || v.length() > MAX_VALUE) {
      return false;
    }
    boolean digit = false;
    boolean upper = false;
    boolean lower = false;
    boolean symbol = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (ALLOWED.indexOf(c) >= 0) {
        symbol = true;
      } else {
        return false;
      }
    }
    // Without a digit, only a mix of cases and a password symbol reads as random: identifiers
    // (serviceFilter_resourceType) and header names (Access-Control-Allow-Credentials) do not.
    if (!(digit && (upper || lower) || upper && lower && symbol && hasStrongSymbol(v))) {
      return false;
    }
    if (v.startsWith("/")
        || v.startsWith("./")
        || v.startsWith("../")
        || v.startsWith("~/")
        || Placeholders.isLoosePlaceholder(v)
        || UUID.matcher(v).matches()
        || DOTTED.matcher(v).matches()) {
      return false;
    }
    double bits = Placeholders.entropy(v);
    return bits >= (Placeholders.isHex(v) ? threshold - 0.5 : threshold) && !encodedPlaceholder(v);
  }

  /** Base64 of readable text that is itself a placeholder ({@code "not my real password"}). */
  static boolean encodedPlaceholder(String v) {
    try {
      byte[] raw = Base64.getDecoder().decode(v);
      String text = new String(raw, StandardCharsets.ISO_8859_1);
      return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f)
          && Placeholders.isLoosePlaceholder(text.replace(" ", ""));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean hasStrongSymbol(String v) {
    for (int i = 0; i < v.length(); i++) {
      if ("!@#%^&*?~+/=".indexOf(v.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A constant whose value spells its own name ({@code X_AUTH_TOKEN = "X-Auth-Token"}). */
  static boolean namesItself(String name, String value) {
    return letters(name).equals(letters(value));
  }

  private static String letters(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        b.append(Character.toLowerCase(s.charAt(i)));
      }
    }
    return b.toString();
  }

  /** A name and the offsets of the value assigned to it. */
  record KeyValue(String name, int start, int end) {}
}
