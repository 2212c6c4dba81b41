package dev.assay.provenance;

import java.util.Objects;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * What provenance reads from one commit.
 *
 * @param id full commit id
 * @param author the author
 * @param committer the committer
 * @param message the full message
 * @param time commit time, seconds since the epoch
 */
public record CommitFacts(
    String id, Identity author, Identity committer, String message, long time) {
  public CommitFacts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(committer, "committer");
    Objects.requireNonNull(message, "message");
  }

  /** The facts of a parsed commit (its body must be parsed). */
  public static CommitFacts of(RevCommit c) {
    return new CommitFacts(
        c.name(),
        new Identity(c.getAuthorIdent().getName().strip(), lower(c.getAuthorIdent().getEmailAddress())),
        new Identity(
            c.getCommitterIdent().getName().strip(), lower(c.getCommitterIdent().getEmailAddress())),
        c.getFullMessage(),
        c.getCommitTime());
  }

  private static String lower(String s) {
    return s == null ? "" : s.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** The first seven characters of the id. */
  public String shortId() {
    return id.length() > 7 ? id.substring(0, 7) : id;
  }
}
