package dev.assay.provenance;

import dev.assay.api.Origin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Provenance statistics of a range: lines added per class ({@code ai:<agent>}, {@code human},
 * {@code unknown}), per model, per file and per author, and how many are still present at the head.
 * Maps are sorted by key, so output is deterministic.
 *
 * @param range what was read, e.g. {@code a1b2c3d..HEAD}
 * @param commits commits in the range
 * @param byClass per provenance class
 * @param byModel per model of AI lines ({@code agent/model}, the model empty when unknown)
 * @param byFile per file (the path the line was added under)
 * @param byAuthor per commit author
 * @param notes what the reader should know (malformed sources skipped, shallow history)
 */
public record RangeReport(
    String range,
    int commits,
    Map<String, Stats> byClass,
    Map<String, Stats> byModel,
    Map<String, Stats> byFile,
    Map<String, Stats> byAuthor,
    List<String> notes) {

  /** Reads the range {@code base..head} (all history up to head when base is empty). */
  public static RangeReport read(ProvenanceReader reader, String range, ObjectId head, Optional<ObjectId> base)
      throws IOException {
    OriginResolver resolver = reader.resolver();
    HistoryReplay replay = new HistoryReplay(reader.repo());
    Map<String, Stats> byClass = new TreeMap<>();
    Map<String, Stats> byModel = new TreeMap<>();
    Map<String, Stats> byFile = new TreeMap<>();
    Map<String, Stats> byAuthor = new TreeMap<>();
    List<CommitFacts> commits = new ArrayList<>();
    replay.run(head, base, new HistoryReplay.Listener() {
      @Override
      public void added(int commit, String path, int line) {
        if (commits.isEmpty()) {
          commits.addAll(replay.commits());
        }
        CommitFacts c = commits.get(commit);
        Origin o = replay.isCutOff(commit) ? Origin.unknown() : resolver.resolve(c, path, line);
        count(byClass, o.label()).countAdded();
        if (o.isAi()) {
          count(byModel, o.agent() + "/" + o.model()).countAdded();
        }
        count(byFile, path).countAdded();
        count(byAuthor, c.author().toString()).countAdded();
      }
    });
    List<CommitFacts> all = replay.commits();
    for (Map.Entry<String, HistoryReplay.FileLines> e : replay.head().entrySet()) {
      HistoryReplay.FileLines f = e.getValue();
      for (int i = 0; i < f.size(); i++) {
        int ci = f.commit()[i];
        if (ci == HistoryReplay.CUT_OFF) {
          count(byClass, Origin.unknown().label()).countPresent();
          count(byFile, e.getKey()).countPresent();
          continue;
        }
        if (ci < 0) {
          continue;
        }
        CommitFacts c = all.get(ci);
        Origin o = resolver.resolve(c, replay.path(f.path()[i]), f.line()[i]);
        count(byClass, o.label()).countPresent();
        if (o.isAi()) {
          count(byModel, o.agent() + "/" + o.model()).countPresent();
        }
        count(byFile, replay.path(f.path()[i])).countPresent();
        count(byAuthor, c.author().toString()).countPresent();
      }
    }
    List<String> notes = new ArrayList<>(resolver.notes());
    if (replay.cutOffCount() > 0) {
      notes.add("History is shallow: lines of the " + replay.cutOffCount()
          + " commit(s) at the clone's cut are unknown; fetch more history to know them.");
    }
    return new RangeReport(range, all.size(), byClass, byModel, byFile, byAuthor, notes);
  }

  private static Stats count(Map<String, Stats> map, String key) {
    return map.computeIfAbsent(key, k -> new Stats());
  }

  /** Lines added in the range over all classes. */
  public long totalAdded() {
    return byClass.values().stream().mapToLong(Stats::added).sum();
  }
}
