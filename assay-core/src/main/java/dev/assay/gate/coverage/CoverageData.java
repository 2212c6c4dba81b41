package dev.assay.gate.coverage;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Line data merged from every report read, kept only for the files of interest, plus the file
 * extensions the reports measure. Not thread-safe: one per evaluation, filled by the parsers.
 */
final class CoverageData {
  /** Bounds what a hostile report with endless distinct file names can make us retain. */
  private static final int MAX_EXTENSIONS = 256;

  private final Map<String, Map<Integer, LineHit>> files = new HashMap<>();
  private final Set<String> extensions = new TreeSet<>();

  /** Records one line of a file of interest, merging with what earlier reports said. */
  void add(String repoPath, int line, LineHit hit) {
    files.computeIfAbsent(repoPath, p -> new TreeMap<>()).merge(line, hit, LineHit::merge);
  }

  /**
   * Adds branch counts to a line the same report already listed; branch data on a line with no line
   * data does not make that line executable.
   */
  void addBranches(String repoPath, int line, int covered, int total) {
    Map<Integer, LineHit> lines = files.get(repoPath);
    if (lines != null) {
      lines.computeIfPresent(line, (k, hit) -> hit.merge(new LineHit(false, covered, total)));
    }
  }

  /** Merges what another report's data holds into this one (line hits merge commutatively). */
  void addAll(CoverageData other) {
    other.files.forEach(
        (path, lines) -> {
          Map<Integer, LineHit> mine = files.computeIfAbsent(path, p -> new TreeMap<>());
          lines.forEach((line, hit) -> mine.merge(line, hit, LineHit::merge));
        });
    for (String ext : other.extensions) {
      if (extensions.size() < MAX_EXTENSIONS) {
        extensions.add(ext);
      }
    }
  }

  /** Marks a file of interest as present in a report even if it lists no line. */
  void touch(String repoPath) {
    files.computeIfAbsent(repoPath, p -> new TreeMap<>());
  }

  /** Notes that a report lists a file with this name, so its language is measured. */
  void measured(String fileName) {
    String ext = extension(fileName);
    if (!ext.isEmpty() && extensions.size() < MAX_EXTENSIONS) {
      extensions.add(ext);
    }
  }

  boolean measuresExtension(String path) {
    return extensions.contains(extension(path));
  }

  /** The lines a report lists for the file, or empty when no report lists it. */
  Optional<Map<Integer, LineHit>> lines(String repoPath) {
    return Optional.ofNullable(files.get(repoPath)).map(Collections::unmodifiableMap);
  }

  /** Paths of the retained files, sorted. */
  Set<String> retainedFiles() {
    return Collections.unmodifiableSet(new TreeSet<>(files.keySet()));
  }

  Set<String> extensions() {
    return Collections.unmodifiableSet(extensions);
  }

  /** Lower-case extension without the dot, or empty; {@code a/b.test.ts} gives {@code ts}. */
  static String extension(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    int dot = path.lastIndexOf('.');
    return dot > slash + 1 ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }
}
