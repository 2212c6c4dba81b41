package dev.assay.provenance;

import dev.assay.api.Origin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectId;

/**
 * How often commits of each provenance class introduced a defect, by the SZZ approach: bug-fixing
 * commits are found by message patterns (and reverts), the lines they delete or change are traced
 * to the commits that wrote them (whitespace-only edits, comment lines, blank lines and moves
 * ignored), and those commits count as defect-introducing. Rates carry 95% Wilson intervals.
 *
 * @param range what was read
 * @param commits non-merge commits that added lines, the population
 * @param fixes bug-fixing commits found
 * @param classes per provenance class: commits, defect-introducing commits, rate and interval
 * @param notes what the reader should know
 */
public record DefectReport(String range, int commits, int fixes, Map<String, Rate> classes, List<String> notes) {
  private static final Pattern REVERT = Pattern.compile("This reverts commit ([0-9a-f]{7,40})");
  private static final Pattern COMMENT = Pattern.compile("^(//|#|/\\*|\\*|--|;;|<!--).*");

  /** One class's rate. */
  public record Rate(int commits, int defective, double rate, double low, double high) {}

  /** Reads the range. */
  public static DefectReport read(ProvenanceReader reader, String range, ObjectId head, Optional<ObjectId> base,
      List<String> fixPatterns) throws IOException {
    List<Pattern> patterns = fixPatterns.stream()
        .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.MULTILINE)).toList();
    OriginResolver resolver = reader.resolver();
    HistoryReplay replay = new HistoryReplay(reader.repo());
    Set<Integer> adders = new HashSet<>();
    Set<Integer> defective = new HashSet<>();
    Set<Integer> fixes = new HashSet<>();
    List<CommitFacts> commits = new ArrayList<>();
    replay.run(head, base, new HistoryReplay.Listener() {
      @Override
      public void added(int commit, String path, int line) {
        adders.add(commit);
      }

      @Override
      public void removed(int commit, String path, int origin, String content) {
        if (commits.isEmpty()) {
          commits.addAll(replay.commits());
        }
        if (origin < 0 || origin == commit || COMMENT.matcher(content).matches()) {
          return;
        }
        if (isFix(commits.get(commit).message(), patterns)) {
          fixes.add(commit);
          defective.add(origin);
        }
      }
    });
    List<CommitFacts> all = replay.commits();
    Map<String, Integer> byId = new java.util.HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      byId.put(all.get(i).id(), i);
    }
    for (int i = 0; i < all.size(); i++) {
      Matcher m = REVERT.matcher(all.get(i).message());
      while (m.find()) {
        String id = m.group(1).toLowerCase(Locale.ROOT);
        byId.entrySet().stream().filter(e -> e.getKey().startsWith(id)).findFirst().ifPresent(e -> defective.add(e.getValue()));
        fixes.add(i);
      }
    }
    Map<String, int[]> counts = new TreeMap<>();
    for (int ci : adders) {
      if (replay.isCutOff(ci)) {
        continue;
      }
      String label = classOf(resolver, all.get(ci));
      int[] c = counts.computeIfAbsent(label, k -> new int[2]);
      c[0]++;
      if (defective.contains(ci)) {
        c[1]++;
      }
    }
    Map<String, Rate> classes = new TreeMap<>();
    counts.forEach((k, c) -> classes.put(k, wilson(c[0], c[1])));
    List<String> notes = new ArrayList<>(resolver.notes());
    if (replay.cutOffCount() > 0) {
      notes.add("History is shallow: commits before the clone's cut are not in the population, and"
          + " fixes of lines they wrote are not traced.");
    }
    int population = (int) adders.stream().filter(ci -> !replay.isCutOff(ci)).count();
    return new DefectReport(range, population, fixes.size(), classes, notes);
  }

  static boolean isFix(String message, List<Pattern> patterns) {
    for (Pattern p : patterns) {
      if (p.matcher(message).find()) {
        return true;
      }
    }
    return false;
  }

  /** A commit's class: what its trailers say, else what its git-ai note says, else unknown. */
  private static String classOf(OriginResolver resolver, CommitFacts c) {
    Origin o = resolver.commitLevel(c);
    if (o.kind() == Origin.Kind.UNKNOWN && resolver.hasNote(c.id())) {
      return "ai:" + resolver.noteAgent(c.id());
    }
    return o.label();
  }

  /** The 95% Wilson score interval of {@code k} successes in {@code n} trials. */
  static Rate wilson(int n, int k) {
    if (n == 0) {
      return new Rate(0, 0, 0, 0, 1);
    }
    double z = 1.959963984540054;
    double p = (double) k / n;
    double denom = 1 + z * z / n;
    double centre = (p + z * z / (2.0 * n)) / denom;
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denom;
    return new Rate(n, k, p, Math.max(0, centre - half), Math.min(1, centre + half));
  }
}
