package dev.assay.diff;

import java.util.Locale;

/** Why a changed file is left out of the change's files; the text goes into {@code SkippedFile}. */
enum SkipReason {
  BINARY("binary file", "binary"),
  SUBMODULE("submodule (gitlink); its own repository is not checked", "submodule"),
  SYMLINK("symbolic link; links are not followed", "symbolic link"),
  TOO_LARGE("larger than the %d-byte limit for a file", "too large");

  private final String reason;
  private final String label;

  SkipReason(String reason, String label) {
    this.reason = reason;
    this.label = label;
  }

  /** The reason as stored in the skipped file, with the size limit filled in where it applies. */
  String reason(long maxFileBytes) {
    return String.format(Locale.ROOT, reason, maxFileBytes);
  }

  /** A short label for counts in notes, e.g. "2 binary". */
  String label() {
    return label;
  }
}
