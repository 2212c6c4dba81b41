package dev.assay.perf;

import java.nio.file.Path;

/**
 * One version measured in the rounds and where its processes run.
 *
 * @param role what the version is
 * @param dir the working directory of its benchmark processes
 * @param label for messages, e.g. {@code base (3f2a9c1d7e4b)}
 */
record Side(Role role, Path dir, String label) {

  /** The versions a round runs; the control is a second, independent run of the base. */
  enum Role {
    BASE("base"),
    HEAD("head"),
    CONTROL("base (control)"),
    REFERENCE("reference");

    private final String text;

    Role(String text) {
      this.text = text;
    }

    String text() {
      return text;
    }
  }
}
