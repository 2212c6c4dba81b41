package dev.assay.perf.stats;

/** The growth an operation is declared to have, for scaling checks between two input sizes. */
public enum Complexity {
  /** O(1): the time must not grow with the size. */
  CONSTANT,
  /** O(log n): the time may grow by ln(large) / ln(small). */
  LOGARITHMIC,
  /** O(n): the time may grow in proportion to the size. */
  LINEAR;

  /**
   * The largest allowed ratio time(large) / time(small), {@code tolerance} included: {@code 1 +
   * tol} for O(1), {@code ln(large)/ln(small) * (1 + tol)} for O(log n), {@code large/small * (1 +
   * tol)} for O(n). Sizes must satisfy {@code 2 <= small < large}.
   */
  public double allowedGrowth(long small, long large, double tolerance) {
    if (small < 2 || large <= small) {
      throw new IllegalArgumentException(
          "scaling sizes must satisfy 2 <= small < large, not " + small + " and " + large);
    }
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("tolerance must be a non-negative fraction, not " + tolerance);
    }
    double growth = switch (this) {
      case CONSTANT -> 1;
      case LOGARITHMIC -> Math.log(large) / Math.log(small);
      case LINEAR -> (double) large / small;
    };
    return growth * (1 + tolerance);
  }
}
