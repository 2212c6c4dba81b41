package dev.assay.perf;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;

/** Formatting and order statistics shared by the gate's parts; locale-independent. */
final class Numbers {
  private Numbers() {}

  /** Three significant digits, no exponent, no trailing zeros: 0.152, 1520, 12.3. */
  static String sig(double v) {
    if (!Double.isFinite(v)) {
      return String.valueOf(v);
    }
    if (v == 0) {
      return "0";
    }
    BigDecimal b = new BigDecimal(v).round(new MathContext(3, RoundingMode.HALF_EVEN));
    return b.stripTrailingZeros().toPlainString();
  }

  /** A ratio as {@code 1.23x}. */
  static String ratio(double r) {
    return sig(r) + "x";
  }

  /** A fraction as a percentage with up to one decimal: {@code 10%}, {@code 2.5%}. */
  static String percent(double fraction) {
    BigDecimal b = new BigDecimal(fraction * 100).setScale(1, RoundingMode.HALF_EVEN);
    return b.stripTrailingZeros().toPlainString() + "%";
  }

  /** The q-quantile (0..1) by linear interpolation; the values need not be sorted. */
  static double quantile(double[] values, double q) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    double[] s = values.clone();
    Arrays.sort(s);
    double pos = q * (s.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return s[lo] + (s[hi] - s[lo]) * (pos - lo);
  }

  static double median(double[] values) {
    return quantile(values, 0.5);
  }
}
