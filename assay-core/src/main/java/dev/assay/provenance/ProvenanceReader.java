package dev.assay.provenance;

import dev.assay.api.Approval;
import dev.assay.api.ChangeSet;
import dev.assay.api.FileChange;
import dev.assay.api.Origin;
import dev.assay.api.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Reads provenance for a change or a range: replays the range's history to find which commit wrote
 * each line, then asks the sources (Agent Trace, git-ai notes, trailers) about that commit's line.
 */
public final class ProvenanceReader {
  private final Repository repo;
  private final Path workTree;
  private final ProvenanceSettings settings;
  private final CommitClassifier classifier;

  /**
   * A reader.
   *
   * @param branch the branch name CI passed in, or empty
   */
  public ProvenanceReader(Repository repo, Path workTree, ProvenanceSettings settings, String branch) {
    this.repo = repo;
    this.workTree = workTree;
    this.settings = settings;
    this.classifier = new CommitClassifier(settings.rules(), branch);
  }

  /** The provenance of every added line of the change; {@code head} gives working-tree text. */
  public LineProvenance forChange(ChangeSet change, SourceTree head) throws IOException {
    String headCommit = change.head().commit();
    if (headCommit.isEmpty()) {
      return LineProvenance.none(List.of());
    }
    Optional<ObjectId> base = change.base().commit().isEmpty()
        ? Optional.empty() : Optional.of(ObjectId.fromString(change.base().commit()));
    HistoryReplay replay = new HistoryReplay(repo);
    replay.run(ObjectId.fromString(headCommit), base, new HistoryReplay.Listener() {});
    OriginResolver resolver = resolver();
    List<CommitFacts> commits = replay.commits();
    Map<String, Origin[]> files = new HashMap<>();
    for (FileChange f : change.files()) {
      if (!f.existsAtHead() || f.addedLines().isEmpty()) {
        continue;
      }
      Optional<HistoryReplay.FileLines> lines = replay.atHead(f.path());
      if (change.head().isWorkingTree()) {
        lines = Optional.of(uncommitted(f.path(), lines, head));
      }
      if (lines.isEmpty()) {
        continue;
      }
      Origin[] out = new Origin[lines.get().size()];
      for (var r : f.addedLines().ranges()) {
        for (int l = r.start(); l <= Math.min(r.end(), out.length); l++) {
          out[l - 1] = origin(f.path(), lines.get(), l - 1, commits, replay, resolver);
        }
      }
      files.put(f.path(), out);
    }
    List<String> notes = new ArrayList<>(resolver.notes());
    if (replay.cutOffCount() > 0) {
      notes.add(
          "History is shallow: lines written before the clone's cut are unknown. Fetch the full"
              + " range (`git fetch --unshallow`, or fetch-depth: 0) to know them.");
    }
    List<Approval> approvals = new ArrayList<>();
    Set<String> authors = new LinkedHashSet<>();
    for (CommitFacts c : commits) {
      approvals.addAll(classifier.approvals(c));
      authors.add(c.author().toString());
    }
    return new LineProvenance(files, approvals, List.copyOf(authors), notes);
  }

  static Origin origin(
      String headPath,
      HistoryReplay.FileLines lines, int i, List<CommitFacts> commits, HistoryReplay replay, OriginResolver resolver) {
    int ci = lines.commit()[i];
    if (ci == HistoryReplay.UNCOMMITTED) {
      return resolver.resolveUncommitted(headPath, lines.line()[i]);
    }
    if (ci < 0) {
      return Origin.unknown();
    }
    return resolver.resolve(commits.get(ci), replay.path(lines.path()[i]), lines.line()[i]);
  }

  /** The head commit's lines of a file with the working tree's edits on top. */
  private HistoryReplay.FileLines uncommitted(
      String path, Optional<HistoryReplay.FileLines> committed, SourceTree head) throws IOException {
    byte[] disk = head.read(path).orElse("").getBytes(StandardCharsets.UTF_8);
    RawText now = new RawText(disk);
    RawText before = committedText(path);
    HistoryReplay.FileLines known = committed.orElse(null);
    int[] commit = new int[now.size()];
    int[] paths = new int[now.size()];
    int[] line = new int[now.size()];
    java.util.Arrays.fill(commit, HistoryReplay.BEFORE);
    int pi = -1;
    int a = 0;
    int b = 0;
    List<Edit> edits = new ArrayList<>(new HistogramDiff().diff(RawTextComparator.WS_IGNORE_ALL, before, now));
    edits.add(new Edit(before.size(), before.size(), now.size(), now.size()));
    for (Edit e : edits) {
      for (; b < e.getBeginB(); a++, b++) {
        if (known != null && a < known.size()) {
          commit[b] = known.commit()[a];
          paths[b] = known.path()[a];
          line[b] = known.line()[a];
        }
      }
      for (; b < e.getEndB(); b++) {
        commit[b] = HistoryReplay.UNCOMMITTED;
        paths[b] = pi;
        line[b] = b + 1;
      }
      a = e.getEndA();
    }
    return new HistoryReplay.FileLines(ObjectId.zeroId(), commit, paths, line);
  }

  private RawText committedText(String path) throws IOException {
    ObjectId head = repo.resolve("HEAD^{tree}");
    if (head == null) {
      return RawText.EMPTY_TEXT;
    }
    try (var tw = org.eclipse.jgit.treewalk.TreeWalk.forPath(repo, path, head)) {
      if (tw == null) {
        return RawText.EMPTY_TEXT;
      }
      return new RawText(repo.open(tw.getObjectId(0)).getCachedBytes(8 * 1024 * 1024));
    }
  }

  OriginResolver resolver() throws IOException {
    AgentTraces traces = AgentTraces.read(workTree.resolve(settings.agentTrace()));
    return new OriginResolver(repo, classifier, traces, settings.notesRef());
  }

  CommitClassifier classifier() {
    return classifier;
  }

  Repository repo() {
    return repo;
  }
}
