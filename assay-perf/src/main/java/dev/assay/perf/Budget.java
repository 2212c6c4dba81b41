package dev.assay.perf;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One budget of a measurement from the criteria file: an absolute limit on a percentile of the
 * head's observations ({@code p50 <= 0.15 ms}, {@code >= 20000 ops/s}) or a limit on the head's
 * ratio to the reference ({@code <= 1.2x reference}).
 *
 * @param text the budget as written
 * @param percentile the percentile the limit applies to, 0..100 (50 for an absolute budget without
 *     one; unused for a ratio budget)
 * @param atMost true for {@code <=}, false for {@code >=}
 * @param limit the limit in canonical units (seconds or ops/s), or the ratio for a reference budget
 * @param unit the unit written, or null for a ratio budget
 */
record Budget(String text, int percentile, boolean atMost, double limit, Unit unit) {
  private static final Pattern ABSOLUTE = Pattern.compile(
      "(?:p(\\d{1,2}|100)|(median))?\\s*(<=|>=|≤|≥)\\s*([0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?\\d+)?)"
          + "\\s*([^\\s]+)");
  private static final Pattern RATIO = Pattern.compile(
      "(<=|≤)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*x\\s*(?:the\\s+)?reference");

  boolean isRatio() {
    return unit == null;
  }

  /** Whether {@code value} (canonical units, or a ratio) is within the budget. */
  boolean holds(double value) {
    return atMost ? value <= limit : value >= limit;
  }

  String operator() {
    return atMost ? "<=" : ">=";
  }

  /**
   * Parses one budget.
   *
   * @return the budget, or empty with no message when the form is not recognised at all
   * @throws IllegalArgumentException with a message for a recognised form with a bad part
   *     (an unknown unit, a zero limit)
   */
  static Optional<Budget> parse(String text) {
    String t = text.strip();
    Matcher r = RATIO.matcher(t);
    if (r.matches()) {
      double ratio = Double.parseDouble(r.group(2));
      if (!(ratio >= 1)) {
        throw new IllegalArgumentException("a ratio budget must allow at least 1x the reference");
      }
      return Optional.of(new Budget(t, 50, true, ratio, null));
    }
    Matcher a = ABSOLUTE.matcher(t);
    if (!a.matches()) {
      return Optional.empty();
    }
    Unit u = Unit.parse(a.group(5)).orElseThrow(() -> new IllegalArgumentException(
        "unknown unit `" + a.group(5) + "`; known units: " + Unit.KNOWN));
    double v = Double.parseDouble(a.group(4));
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException("a budget needs a positive limit");
    }
    int p = a.group(1) != null ? Integer.parseInt(a.group(1)) : 50;
    boolean atMost = a.group(3).equals("<=") || a.group(3).equals("≤");
    return Optional.of(new Budget(t, p, atMost, u.canonical(v), u));
  }
}
