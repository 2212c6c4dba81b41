package dev.assay.policy;

import dev.assay.api.CriteriaException;
import dev.assay.api.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads typed values out of YAML nodes, with "expected X, got Y" errors located at the value. The
 * scalar's text is interpreted here rather than trusting YAML's implicit typing, so that {@code
 * 80%}, {@code "80%"} and {@code on} mean the same thing wherever they are written.
 */
final class ValueParser {
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,10}");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d{1,12}(\\.\\d{0,12})?|\\.\\d{1,12})");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ValueParser() {}

  static String text(YamlNode node, Location at, String expected) {
    if (node instanceof YamlNode.Scalar s && !s.isNull()) {
      return s.text();
    }
    throw new CriteriaException(at, "expected " + expected + ", got " + node.describe(), null);
  }

  static boolean bool(YamlNode node, Location at) {
    String t = text(node, at, "true or false").strip().toLowerCase(Locale.ROOT);
    switch (t) {
      case "true", "yes", "on":
        return true;
      case "false", "no", "off":
        return false;
      default:
        throw new CriteriaException(
            at, "expected true or false, got " + node.describe(), "write `true` or `false`");
    }
  }

  static int integer(YamlNode node, Location at) {
    String t = text(node, at, "a whole number").strip();
    if (INTEGER.matcher(t).matches()) {
      long value = Long.parseLong(t);
      if (value == (int) value) {
        return (int) value;
      }
    }
    throw new CriteriaException(at, "expected a whole number, got " + node.describe(), null);
  }

  /** A ratio in [0, 1] from {@code 80%}, {@code 80.5%} or {@code 0.8}. */
  static double ratio(YamlNode node, Location at) {
    String t = text(node, at, "a ratio such as `80%` or `0.8`").strip();
    boolean percent = t.endsWith("%");
    String number = percent ? t.substring(0, t.length() - 1).strip() : t;
    if (!DECIMAL.matcher(number).matches()) {
      throw new CriteriaException(
          at, "expected a ratio such as `80%` or `0.8`, got " + node.describe(), null);
    }
    BigDecimal value = new BigDecimal(number);
    if (percent) {
      if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
        throw new CriteriaException(
            at, "`" + t + "` is not between 0% and 100%", "write a percentage from `0%` to `100%`");
      }
      return value.doubleValue() / 100;
    }
    if (value.signum() < 0) {
      throw new CriteriaException(
          at, "`" + t + "` is negative", "write a ratio from `0` to `1`, or `0%` to `100%`");
    }
    if (value.compareTo(BigDecimal.ONE) > 0) {
      throw new CriteriaException(
          at,
          "`" + t + "` is above 1; a bare number is a fraction, so it is ambiguous",
          "write `" + value.stripTrailingZeros().toPlainString() + "%` for a percentage");
    }
    return value.doubleValue();
  }

  /** A list of texts; a single scalar is a one-element list; entries are located as key[i]. */
  static List<String> strings(YamlNode node, String file, String keyPath) {
    if (node instanceof YamlNode.Sequence seq) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < seq.items().size(); i++) {
        YamlNode item = seq.items().get(i);
        out.add(text(item, item.at(file, keyPath + "[" + i + "]"), "a text entry"));
      }
      return List.copyOf(out);
    }
    return List.of(text(node, node.at(file, keyPath), "a list of texts"));
  }

  /** Repository-relative paths or globs, each checked by {@link RepoPath}. */
  static List<String> paths(YamlNode node, String file, String keyPath) {
    List<String> raw = strings(node, file, keyPath);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      YamlNode entry = node instanceof YamlNode.Sequence seq ? seq.items().get(i) : node;
      String entryPath = node instanceof YamlNode.Sequence ? keyPath + "[" + i + "]" : keyPath;
      out.add(RepoPath.check(raw.get(i), entry.at(file, entryPath)));
    }
    return List.copyOf(out);
  }

  static String choice(YamlNode node, Location at, List<String> allowed) {
    String t = text(node, at, "one of " + DidYouMean.list(allowed)).strip();
    for (String a : allowed) {
      if (a.equalsIgnoreCase(t)) {
        return a;
      }
    }
    String hint = DidYouMean.closest(t, allowed).map(c -> "did you mean `" + c + "`?").orElse(null);
    throw new CriteriaException(
        at, "expected one of " + DidYouMean.list(allowed) + ", got " + node.describe(), hint);
  }
}
