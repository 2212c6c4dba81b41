package dev.assay.llm.review;

import java.util.Locale;
import java.util.Objects;

/**
 * One review comment anchored to lines of the new version of a file.
 *
 * @param severity {@code error}, {@code warning} or {@code note}
 * @param category one of {@link #CATEGORIES}
 * @param confidence the model's confidence, 0 to 1
 */
public record ReviewComment(
    String path, int line, int endLine, String severity, String category, double confidence, String message) {
  public static final java.util.List<String> SEVERITIES = java.util.List.of("error", "warning", "note");
  public static final java.util.List<String> CATEGORIES = java.util.List.of(
      "security", "performance", "correctness", "maintainability", "missing-tests", "breaking-api");

  public ReviewComment {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(message, "message");
  }

  /** Lower is more severe, for sorting and thresholds. */
  int rank() {
    return SEVERITIES.indexOf(severity.toLowerCase(Locale.ROOT));
  }
}
