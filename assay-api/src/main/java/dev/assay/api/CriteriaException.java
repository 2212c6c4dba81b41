package dev.assay.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A mistake in the criteria file, located precisely enough to fix it. The CLI maps it to exit 2.
 */
public class CriteriaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Location location;
  private final String suggestion;

  /**
   * @param location where the mistake is
   * @param problem what is wrong and what was expected
   * @param suggestion what to do instead, or null when there is nothing specific to say
   */
  public CriteriaException(Location location, String problem, String suggestion) {
    super(format(location, problem, suggestion));
    this.location = Objects.requireNonNull(location, "location");
    this.suggestion = suggestion;
  }

  public Location location() {
    return location;
  }

  public Optional<String> suggestion() {
    return Optional.ofNullable(suggestion);
  }

  private static String format(Location location, String problem, String suggestion) {
    StringBuilder sb = new StringBuilder(location.position()).append(": ");
    if (!location.keyPath().isEmpty()) {
      sb.append('`').append(location.keyPath()).append("`: ");
    }
    sb.append(problem);
    if (suggestion != null) {
      sb.append(" (").append(suggestion).append(')');
    }
    return sb.toString();
  }
}
