package dev.assay.perf;

import java.util.Locale;
import java.util.Optional;

/** The growth a scaling check declares for an operation, and the ratio it allows from N to 10N. */
enum Complexity {
  CONSTANT("O(1)"),
  LOGARITHMIC("O(log n)"),
  LINEAR("O(n)"),
  LINEARITHMIC("O(n log n)");

  static final String KNOWN = "O(1), O(log n), O(n), O(n log n)";

  private final String text;

  Complexity(String text) {
    this.text = text;
  }

  String text() {
    return text;
  }

  /** The time ratio this growth predicts between size {@code 10n} and size {@code n}. */
  double expectedRatio(long n) {
    double logRatio = Math.log(10.0 * n) / Math.log(Math.max(2, n));
    return switch (this) {
      case CONSTANT -> 1.0;
      case LOGARITHMIC -> logRatio;
      case LINEAR -> 10.0;
      case LINEARITHMIC -> 10.0 * logRatio;
    };
  }

  static Optional<Complexity> parse(String s) {
    String t = s.toLowerCase(Locale.ROOT).replace(" ", "").replace("·", "").replace("*", "");
    return switch (t) {
      case "o(1)", "constant" -> Optional.of(CONSTANT);
      case "o(logn)", "logarithmic" -> Optional.of(LOGARITHMIC);
      case "o(n)", "linear" -> Optional.of(LINEAR);
      case "o(nlogn)", "linearithmic" -> Optional.of(LINEARITHMIC);
      default -> Optional.empty();
    };
  }
}
