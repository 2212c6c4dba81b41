package dev.assay.api;

import java.util.Objects;

/** A changed file that no gate looks at, and why (binary, submodule, symlink, too large). */
public record SkippedFile(String path, String reason) {
  public SkippedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
  }
}
