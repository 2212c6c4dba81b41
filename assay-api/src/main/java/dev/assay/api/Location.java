package dev.assay.api;

import java.util.Objects;

/**
 * A place in a criteria file, for error messages: {@code file:line:column} and the key path.
 *
 * @param file the file as the user named it
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param keyPath dotted key path such as {@code gates.coverage.changed-lines}, empty for the root
 */
public record Location(String file, int line, int column, String keyPath) {
  public Location {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(keyPath, "keyPath");
  }

  /** {@code file:line:column}, or just the file when the position is unknown. */
  public String position() {
    return line > 0 ? file + ":" + line + ":" + column : file;
  }
}
