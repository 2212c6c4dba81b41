package dev.assay.diff;

import java.util.Objects;

/**
 * The change could not be computed. The message is the complete text shown to the user, saying
 * what went wrong and what to do; every kind is a usage problem (exit code 2), never a crash.
 */
public class ChangeException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why the change could not be computed. */
  public enum Kind {
    /** The directory is not inside a git work tree, or the repository is bare. */
    NOT_A_REPOSITORY,
    /** The repository has no commits and the working tree was not requested. */
    NO_COMMITS,
    /** A revision the user named, or the default branch, does not exist. */
    UNKNOWN_REVISION,
    /** Base and head share no history. */
    NO_COMMON_HISTORY,
    /** The clone is shallow and lacks the history needed to find the base. */
    SHALLOW_CLONE,
    /** Contradictory options, such as a head revision together with the working tree. */
    INVALID_REQUEST,
    /** The repository could not be read (corrupt objects, unreadable files). */
    UNREADABLE_REPOSITORY
  }

  private final Kind kind;

  public ChangeException(Kind kind, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public ChangeException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** What went wrong; all kinds map to exit code 2 (usage error). */
  public Kind kind() {
    return kind;
  }
}
