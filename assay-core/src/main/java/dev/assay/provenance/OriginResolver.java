package dev.assay.provenance;

import dev.assay.api.Origin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.notes.Note;
import org.eclipse.jgit.notes.NoteMap;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Turns "line L of file F in commit C" into an origin, the most specific source first: an Agent
 * Trace range, then a git-ai note's line claim, then the commit's trailers and identities. Not
 * thread-safe (it caches notes as it reads them).
 */
final class OriginResolver {
  private static final long MAX_NOTE = 16L * 1024 * 1024;

  private final Repository repo;
  private final CommitClassifier classifier;
  private final AgentTraces traces;
  private final Optional<NoteMap> notes;
  private final Map<String, Optional<GitAiNote>> noteCache = new HashMap<>();
  private final Map<String, Origin> commitCache = new HashMap<>();
  private int notesRead;
  private int notesMalformed;
  private final List<String> warnings = new ArrayList<>();

  OriginResolver(Repository repo, CommitClassifier classifier, AgentTraces traces, String notesRef)
      throws IOException {
    this.repo = repo;
    this.classifier = classifier;
    this.traces = traces;
    this.notes = readNotes(repo, notesRef);
  }

  private static Optional<NoteMap> readNotes(Repository repo, String ref) throws IOException {
    Ref r = repo.exactRef(ref);
    if (r == null || r.getObjectId() == null) {
      return Optional.empty();
    }
    try (RevWalk walk = new RevWalk(repo)) {
      return Optional.of(NoteMap.read(walk.getObjectReader(), walk.parseCommit(r.getObjectId())));
    }
  }

  /** The origin of line {@code line} of {@code path} as commit {@code commit} wrote it. */
  Origin resolve(CommitFacts commit, String path, int line) {
    Optional<Origin> traced = traces.lookup(commit.id(), path, line);
    if (traced.isPresent()) {
      return traced.get();
    }
    Optional<Origin> noted = note(commit.id()).flatMap(n -> n.lookup(path, line));
    if (noted.isPresent()) {
      return noted.get();
    }
    return commitLevel(commit);
  }

  /** The origin of an uncommitted line: only an Agent Trace record without a revision speaks. */
  Origin resolveUncommitted(String path, int line) {
    return traces.lookup(AgentTraces.UNCOMMITTED, path, line).orElse(Origin.unknown());
  }

  /** What the commit's trailers and identities say. */
  Origin commitLevel(CommitFacts commit) {
    return commitCache.computeIfAbsent(commit.id(), id -> classifier.classify(commit));
  }

  /** The agent of the first session of the commit's git-ai note ({@code unnamed} when none). */
  String noteAgent(String commit) {
    return note(commit).map(GitAiNote::firstAgent).orElse("unnamed");
  }

  boolean hasNote(String commit) {
    return note(commit).isPresent();
  }

  private Optional<GitAiNote> note(String commit) {
    if (notes.isEmpty()) {
      return Optional.empty();
    }
    return noteCache.computeIfAbsent(commit, this::load);
  }

  private Optional<GitAiNote> load(String commit) {
    try {
      Note note = notes.get().getNote(ObjectId.fromString(commit));
      if (note == null) {
        return Optional.empty();
      }
      try (ObjectReader reader = repo.newObjectReader()) {
        var loader = reader.open(note.getData());
        if (loader.getSize() > MAX_NOTE) {
          throw new IllegalArgumentException("larger than 16 MiB");
        }
        GitAiNote parsed = GitAiNote.parse(new String(loader.getCachedBytes(), StandardCharsets.UTF_8));
        notesRead++;
        return Optional.of(parsed);
      }
    } catch (IOException | IllegalArgumentException e) {
      notesMalformed++;
      if (warnings.size() < 5) {
        warnings.add("git-ai note on " + commit.substring(0, 7) + ": " + e.getMessage());
      }
      return Optional.empty();
    }
  }

  /** Notes for the reader: what was read and what was skipped. */
  List<String> notes() {
    List<String> out = new ArrayList<>();
    if (notesMalformed > 0) {
      out.add(
          "Skipped " + notesMalformed + " malformed git-ai note" + (notesMalformed == 1 ? "" : "s")
              + " (their lines count as unknown unless a trailer speaks): " + String.join("; ", warnings) + ".");
    }
    if (traces.malformed() > 0) {
      out.add(
          "Skipped " + traces.malformed() + " malformed Agent Trace record" + (traces.malformed() == 1 ? "" : "s")
              + ": " + String.join("; ", traces.warnings()) + ".");
    }
    return out;
  }

  int notesRead() {
    return notesRead;
  }

  int tracesRead() {
    return traces.records();
  }
}
