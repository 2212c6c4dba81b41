package dev.assay.engine;

import java.util.List;
import java.util.Objects;

/**
 * Where the criteria came from.
 *
 * @param path repository-relative path of the criteria file, or empty when none was found
 * @param sha256 hex SHA-256 of the file's bytes, or empty
 * @param defaultsUsed one sentence per default that applied because the file did not say
 */
public record CriteriaSource(String path, String sha256, List<String> defaultsUsed) {
  public CriteriaSource {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    defaultsUsed = List.copyOf(defaultsUsed);
  }

  /** True when there was no criteria file and everything is a default. */
  public boolean isDefault() {
    return path.isEmpty();
  }
}
