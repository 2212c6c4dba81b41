package dev.assay.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.notes.Note;
import org.eclipse.jgit.notes.NoteMap;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The audit trail of a repository as the criteria configure it: the hash-chained log and,
 * optionally, a git note per record on the head commit under Assay's own ref, which anchors the log
 * outside the file (a note names the record's sequence number and hash).
 */
public final class AuditTrail {
  private final Repository repo;
  private final AuditSettings settings;
  private final AuditLog log;

  public AuditTrail(Repository repo, Path workTree, AuditSettings settings) {
    this.repo = repo;
    this.settings = settings;
    this.log = new AuditLog(resolve(repo, workTree, settings.path()));
  }

  /** A repository-relative path; {@code .git/...} is inside the git directory, also for worktrees. */
  static Path resolve(Repository repo, Path workTree, String path) {
    if (path.equals(".git") || path.startsWith(".git/")) {
      return repo.getDirectory().toPath().resolve(path.substring(Math.min(path.length(), 5)));
    }
    return workTree.resolve(path);
  }

  public AuditLog log() {
    return log;
  }

  /** Appends the record, and the note on {@code headCommit} when notes are on and there is a commit. */
  public ObjectNode append(ObjectNode record, String headCommit) throws IOException {
    ObjectNode written = log.append(record);
    if (settings.notes() && !headCommit.isEmpty()) {
      addNote(ObjectId.fromString(headCommit), written.path("seq").asLong() + " " + written.path("hash").asText());
    }
    return written;
  }

  private void addNote(ObjectId commit, String line) throws IOException {
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit c = walk.parseCommit(commit);
      String existing = notes().flatMap(n -> text(n, c)).orElse("");
      String message = existing.isEmpty() ? line + "\n" : existing.stripTrailing() + "\n" + line + "\n";
      new org.eclipse.jgit.api.Git(repo).notesAdd().setNotesRef(settings.notesRef()).setObjectId(c).setMessage(message).call();
    } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
      throw new IOException("cannot write the audit note under " + settings.notesRef() + ": " + e.getMessage(), e);
    }
  }

  private Optional<NoteMap> notes() throws IOException {
    Ref r = repo.exactRef(settings.notesRef());
    if (r == null) {
      return Optional.empty();
    }
    try (RevWalk walk = new RevWalk(repo)) {
      return Optional.of(NoteMap.read(walk.getObjectReader(), walk.parseCommit(r.getObjectId())));
    }
  }

  private Optional<String> text(NoteMap map, ObjectId commit) {
    try (ObjectReader reader = repo.newObjectReader()) {
      Note n = map.getNote(commit);
      return n == null ? Optional.empty() : Optional.of(new String(reader.open(n.getData()).getCachedBytes(1 << 20), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Verifies the log's chain and anchor, and that every record a note names is in the log. */
  public AuditVerification verify() throws IOException {
    AuditVerification chain = log.verify();
    List<String> problems = new ArrayList<>(chain.problems());
    Optional<NoteMap> map = notes();
    if (map.isPresent()) {
      java.util.Map<String, String> bySeq = log.hashesBySeq();
      for (Note n : map.get()) {
        for (String line : text(map.get(), n).orElse("").split("\n")) {
          String[] parts = line.strip().split(" ");
          if (parts.length == 2 && !parts[1].equals(bySeq.get(parts[0]))) {
            problems.add("the note on commit " + n.name().substring(0, 7) + " names record " + parts[0]
                + " with another hash than the log has: the log was rewritten or cut");
          }
        }
      }
    }
    return new AuditVerification(chain.records(), problems);
  }
}
