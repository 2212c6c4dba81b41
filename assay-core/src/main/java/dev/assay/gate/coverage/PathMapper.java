package dev.assay.gate.coverage;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps a source path as a report wrote it (relative to a source root, absolute, possibly from
 * another machine) to one of the changed files of interest. The algorithm is documented in
 * docs/gates/coverage.md; in short: exact repository path first, then the longest match on trailing
 * path segments, ties broken by the report's own module directory. Not thread-safe.
 */
final class PathMapper {
  private static final int MAX_AMBIGUITIES = 20;

  /** Directories where build tools write reports; what is above them is the module. */
  private static final Set<String> OUTPUT_DIRS =
      Set.of("target", "build", "coverage", "reports", "out", "site", "htmlcov", ".nyc_output");

  private final Set<String> interest;
  private final Map<String, List<String>> byName = new HashMap<>();
  private final String root;
  private final List<String> sourceRoots;
  private final Set<String> ambiguities = new TreeSet<>();
  private final Map<String, String> nearMisses = new java.util.TreeMap<>();

  /**
   * @param root the work tree, absolute
   * @param interest repository-relative paths of the files whose line data is wanted
   * @param sourceRoots repository-relative directories that report paths may be relative to
   */
  PathMapper(Path root, Collection<String> interest, List<String> sourceRoots) {
    this.root = root.toAbsolutePath().normalize().toString().replace('\\', '/');
    this.interest = Set.copyOf(interest);
    for (String p : new TreeSet<>(interest)) {
      byName.computeIfAbsent(lastSegment(p), k -> new ArrayList<>()).add(p);
    }
    this.sourceRoots = sourceRoots.stream().map(PathMapper::trimSlashes).toList();
  }

  /**
   * The file of interest the report path denotes, or empty when it denotes none (or several that
   * nothing tells apart, which is then noted in {@link #ambiguities()}).
   *
   * @param reportPath the path as written in the report
   * @param reportDir the repository-relative directory holding the report
   * @param hints module names the report gives (JaCoCo groups), to break ties
   */
  Optional<String> resolve(String reportPath, String reportDir, List<String> hints) {
    String p = reportPath.replace('\\', '/').strip();
    List<String> named = byName.get(lastSegment(p));
    if (named == null) {
      return Optional.empty();
    }
    Optional<String> exact = exact(p, reportDir);
    if (exact.isPresent()) {
      return exact;
    }
    Optional<String> hit = bySuffix(p, named, reportDir, hints);
    if (hit.isEmpty() && nearMisses.size() < MAX_AMBIGUITIES) {
      for (String candidate : named) {
        nearMisses.putIfAbsent(candidate, p + " (in " + (reportDir.isEmpty() ? "." : reportDir) + ")");
      }
    }
    return hit;
  }

  /**
   * Changed files whose name a report lists under a path that did not map to them, with that
   * path: the usual sign of a report written relative to another root (for a note to the reader).
   */
  Map<String, String> nearMisses() {
    return nearMisses;
  }

  /** Report paths that matched several changed files equally well, for a note to the reader. */
  Set<String> ambiguities() {
    return ambiguities;
  }

  private Optional<String> exact(String p, String reportDir) {
    if (isAbsolute(p)) {
      String abs = normalize(p);
      if (abs != null && abs.startsWith(root + "/")) {
        return present(abs.substring(root.length() + 1));
      }
      return Optional.empty();
    }
    List<String> bases = new ArrayList<>(sourceRoots);
    for (String d = trimSlashes(reportDir); !d.isEmpty(); d = parent(d)) {
      bases.add(d);
    }
    bases.add("");
    for (String base : bases) {
      Optional<String> hit = present(normalize(base.isEmpty() ? p : base + "/" + p));
      if (hit.isPresent()) {
        return hit;
      }
    }
    return Optional.empty();
  }

  private Optional<String> bySuffix(
      String p, List<String> named, String reportDir, List<String> hints) {
    String[] ps = segments(p);
    String module = moduleDir(reportDir);
    // JaCoCo groups mean an aggregate report (report-aggregate in a dedicated module), which
    // speaks for every module it names, not only for the module directory it sits in.
    boolean confined = !isAbsolute(p) && !module.isEmpty() && hints.isEmpty();
    int best = 0;
    List<String> winners = new ArrayList<>();
    for (String c : named) {
      if (confined && !c.startsWith(module + "/")) {
        continue; // a module's report with relative paths speaks only for that module's files
      }
      String[] cs = segments(c);
      int k = commonSuffix(ps, cs);
      if (k != cs.length && k != ps.length) {
        continue; // neither is a suffix of the other: a different file with the same name
      }
      if (k > best) {
        best = k;
        winners.clear();
      }
      if (k == best) {
        winners.add(c);
      }
    }
    if (winners.size() > 1) {
      winners = preferNearReport(winners, reportDir, hints);
    }
    if (winners.size() == 1) {
      return Optional.of(winners.get(0));
    }
    if (winners.size() > 1 && ambiguities.size() < MAX_AMBIGUITIES) {
      ambiguities.add(p + " -> " + String.join(", ", winners));
    }
    return Optional.empty();
  }

  /**
   * The module a report belongs to: its directory up to the first build-output directory, e.g.
   * {@code billing} for {@code billing/target/site/jacoco}, empty for a report at the top.
   */
  static String moduleDir(String reportDir) {
    String[] segs = segments(trimSlashes(reportDir));
    StringBuilder sb = new StringBuilder();
    for (String s : segs) {
      if (OUTPUT_DIRS.contains(s)) {
        break;
      }
      sb.append(sb.length() == 0 ? "" : "/").append(s);
    }
    return sb.toString();
  }

  /** Keeps the candidates sharing the most leading directories with the report, then hints. */
  private static List<String> preferNearReport(
      List<String> candidates, String reportDir, List<String> hints) {
    String[] rs = segments(trimSlashes(reportDir));
    int best = -1;
    List<String> out = new ArrayList<>();
    for (String c : candidates) {
      String[] cs = segments(c);
      int score = commonPrefix(rs, cs) * 2 + (hinted(cs, hints) ? 1 : 0);
      if (score > best) {
        best = score;
        out.clear();
      }
      if (score == best) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean hinted(String[] segments, List<String> hints) {
    for (int i = 0; i < segments.length - 1; i++) {
      if (hints.contains(segments[i])) {
        return true;
      }
    }
    return false;
  }

  private Optional<String> present(String repoPath) {
    return repoPath != null && interest.contains(repoPath)
        ? Optional.of(repoPath)
        : Optional.empty();
  }

  private static boolean isAbsolute(String p) {
    return p.startsWith("/") || (p.length() > 2 && p.charAt(1) == ':' && p.charAt(2) == '/');
  }

  /** Resolves {@code .} and {@code ..}; null when {@code ..} climbs above the start. */
  static String normalize(String p) {
    Deque<String> out = new ArrayDeque<>();
    for (String s : p.split("/", -1)) {
      if (s.isEmpty() || s.equals(".")) {
        continue;
      }
      if (s.equals("..")) {
        if (out.isEmpty()) {
          return null;
        }
        out.removeLast();
      } else {
        out.addLast(s);
      }
    }
    return (p.startsWith("/") ? "/" : "") + String.join("/", out);
  }

  private static String[] segments(String p) {
    String n = normalize(p);
    String t = trimSlashes(n == null ? p : n);
    return t.isEmpty() ? new String[0] : t.split("/");
  }

  private static int commonSuffix(String[] a, String[] b) {
    int k = 0;
    while (k < a.length && k < b.length && a[a.length - 1 - k].equals(b[b.length - 1 - k])) {
      k++;
    }
    return k;
  }

  private static int commonPrefix(String[] a, String[] b) {
    int k = 0;
    while (k < a.length && k < b.length - 1 && a[k].equals(b[k])) {
      k++;
    }
    return k;
  }

  private static String lastSegment(String p) {
    String t = trimSlashes(p.replace('\\', '/'));
    return t.substring(t.lastIndexOf('/') + 1);
  }

  private static String parent(String d) {
    int slash = d.lastIndexOf('/');
    return slash < 0 ? "" : d.substring(0, slash);
  }

  private static String trimSlashes(String p) {
    int b = 0;
    int e = p.length();
    while (b < e && p.charAt(b) == '/') {
      b++;
    }
    while (e > b && p.charAt(e - 1) == '/') {
      e--;
    }
    return p.substring(b, e);
  }
}
