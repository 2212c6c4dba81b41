package dev.assay.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One gate's section of the criteria file ({@code gates.<id>}, with any per-path override merged
 * in), read through typed getters that fail with a {@link CriteriaException} naming the file, line,
 * column and key path. Immutable and thread-safe. Absent keys yield the given default. The keys
 * {@code enabled} and {@code blocking} belong to the engine and are never shown to a gate.
 */
public interface Settings {

  /** Keys present in this section, in file order. */
  Set<String> keys();

  /** True when the key is present (so a gate can tell an explicit value from a default). */
  default boolean has(String key) {
    return keys().contains(key);
  }

  /**
   * Fails on the first key not in {@code known}, suggesting the closest known key when one is near
   * (for example "unknown key `coverge`, did you mean `coverage`?").
   */
  void requireKnownKeys(Set<String> known);

  Optional<String> string(String key);

  default String string(String key, String defaultValue) {
    return string(key).orElse(defaultValue);
  }

  boolean bool(String key, boolean defaultValue);

  int integer(String key, int defaultValue);

  /**
   * A ratio in [0, 1], written either as a percentage ({@code 80%}, {@code 80.5%}) or as a
   * fraction ({@code 0.8}). A bare number above 1 is an error, never guessed.
   */
  double ratio(String key, double defaultValue);

  /** A list of strings; a single scalar is accepted as a one-element list. */
  List<String> strings(String key, List<String> defaultValue);

  /**
   * Repository-relative paths or globs (a scalar is a one-element list). Absolute paths and
   * {@code ..} segments that would leave the repository are rejected, pointing at the entry.
   */
  List<String> paths(String key, List<String> defaultValue);

  /** One of the given values, case-insensitive, returned in the given spelling. */
  String choice(String key, String defaultValue, List<String> allowed);

  /**
   * A nested mapping under {@code key}, read through the same typed getters, its keys located under
   * this key's path (e.g. {@code gates.performance.benchmarks.lookup}). An absent or empty value
   * yields settings with no keys. Default: no nesting supported, so a present key is an error.
   *
   * @throws CriteriaException when the value is not a mapping
   */
  default Settings section(String key) {
    throw error(key, "a nested mapping is not supported here", null);
  }

  /** Where the key is in the file (or where this section is, for an absent key). */
  Location location(String key);

  /** An error located at the key, for checks the typed getters cannot express. */
  default CriteriaException error(String key, String problem, String suggestion) {
    return new CriteriaException(location(key), problem, suggestion);
  }
}
