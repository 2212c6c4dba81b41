package dev.assay.audit;

import java.util.Objects;

/**
 * The criteria file's {@code audit:} section.
 *
 * @param enabled whether {@code assay check} appends a record (default true)
 * @param path the log, repository-relative; a path under {@code .git/} is inside the repository's
 *     git directory (also for linked worktrees)
 * @param notes whether each record is also attached to the head commit as a git note
 * @param notesRef the ref of those notes: Assay's own, never another tool's
 */
public record AuditSettings(boolean enabled, String path, boolean notes, String notesRef) {
  public static final String PATH = ".git/assay/audit.jsonl";
  public static final String NOTES_REF = "refs/notes/assay";

  public AuditSettings {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(notesRef, "notesRef");
  }

  /** On, in {@code .git/assay/audit.jsonl}, no notes. */
  public static AuditSettings defaults() {
    return new AuditSettings(true, PATH, false, NOTES_REF);
  }

  /** These settings with git notes on. */
  public AuditSettings withNotes() {
    return new AuditSettings(enabled, path, true, notesRef);
  }
}
