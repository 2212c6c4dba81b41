package dev.assay.llm.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fits a diff into a character budget: deleted files and deletion-only hunks go first (nothing to
 * review), then context shrinks from three lines to one to none around changed lines, then whole
 * files are left out (production code kept before tests, tests before docs and configuration, and
 * within each the largest changes first), and listed so the reader knows what was not
 * reviewed. Every shown line carries its new-side number, which comments must anchor to.
 */
final class DiffCompressor {
  /** The text for the model and what it covers. */
  record Compressed(
      String text, List<String> reviewed, List<String> notReviewed, List<String> deletedOnly,
      Map<String, Set<Integer>> anchorable) {}

  private DiffCompressor() {}

  /** The text shown instead of a line the secrets gate flagged: the secret never leaves. */
  static final String WITHHELD = "[line withheld: the secrets gate found a secret here]";

  static Compressed compress(List<FileDiff> files, int budgetChars) {
    return compress(files, budgetChars, Map.of());
  }

  /**
   * @param withheld lines (by path) whose text is not sent, such as lines holding secrets
   */
  static Compressed compress(List<FileDiff> files, int budgetChars, Map<String, Set<Integer>> withheld) {
    List<String> deletedOnly = new ArrayList<>();
    List<FileDiff> kept = new ArrayList<>();
    for (FileDiff f : files) {
      List<FileDiff.Hunk> hunks = f.hunks().stream().filter(h -> !h.deletionOnly()).toList();
      hunks = hunks.stream().map(h -> withhold(h, withheld.getOrDefault(f.path(), Set.of()))).toList();
      if (f.deleted() || f.binary() || hunks.isEmpty()) {
        deletedOnly.add(f.path() + (f.binary() ? " (binary)" : f.deleted() ? " (deleted)" : " (deletions only)"));
      } else {
        kept.add(new FileDiff(f.path(), false, false, hunks));
      }
    }
    kept.sort(Comparator.comparingInt(DiffCompressor::kind)
        .thenComparing(Comparator.comparingInt(FileDiff::addedLines).reversed())
        .thenComparing(FileDiff::path));
    for (int context : new int[] {3, 1, 0}) {
      Map<String, String> rendered = new HashMap<>();
      int total = 0;
      for (FileDiff f : kept) {
        String r = render(f, context);
        rendered.put(f.path(), r);
        total += r.length();
      }
      if (total <= budgetChars || context == 0) {
        return fit(kept, rendered, budgetChars, deletedOnly, context);
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(
      ".*\\.(java|kt|kts|scala|groovy|go|rs|py|rb|js|jsx|ts|tsx|mjs|cjs|c|cc|cpp|h|hpp|cs|swift|m|php|sh|sql)$");

  /** Production code first, then tests, then everything else (docs, configuration, data). */
  static int kind(FileDiff f) {
    String p = f.path().toLowerCase(java.util.Locale.ROOT);
    if (!CODE.matcher(p).matches()) {
      return 2;
    }
    boolean test = p.contains("/test/") || p.contains("/tests/") || p.startsWith("test/") || p.startsWith("tests/")
        || p.matches(".*(test|tests|spec)\\.[a-z]+$") || p.contains("/__tests__/");
    return test ? 1 : 0;
  }

  private static Compressed fit(List<FileDiff> kept, Map<String, String> rendered, int budget,
      List<String> deletedOnly, int context) {
    StringBuilder text = new StringBuilder();
    List<String> reviewed = new ArrayList<>();
    List<String> notReviewed = new ArrayList<>();
    Map<String, Set<Integer>> anchors = new HashMap<>();
    for (FileDiff f : kept) {
      String r = rendered.get(f.path());
      if (text.length() + r.length() > budget) {
        notReviewed.add(f.path());
        continue;
      }
      text.append(r);
      reviewed.add(f.path());
      Set<Integer> lines = new HashSet<>();
      for (FileDiff.Hunk h : f.hunks()) {
        for (FileDiff.Line l : shown(h, context)) {
          if (l.kind() != '-') {
            lines.add(l.newLine());
          }
        }
      }
      anchors.put(f.path(), lines);
    }
    return new Compressed(text.toString(), reviewed, notReviewed.stream().sorted().toList(), deletedOnly, anchors);
  }

  private static FileDiff.Hunk withhold(FileDiff.Hunk h, Set<Integer> lines) {
    if (lines.isEmpty()) {
      return h;
    }
    return new FileDiff.Hunk(h.lines().stream()
        .map(l -> l.kind() != '-' && lines.contains(l.newLine()) ? new FileDiff.Line(l.kind(), l.newLine(), WITHHELD) : l)
        .toList());
  }

  static String render(FileDiff f, int context) {
    StringBuilder s = new StringBuilder("FILE ").append(f.path()).append('\n');
    for (FileDiff.Hunk h : f.hunks()) {
      s.append("@@\n");
      for (FileDiff.Line l : shown(h, context)) {
        String no = l.kind() == '-' ? "" : Integer.toString(l.newLine());
        s.append(String.format("%5s %c %s%n", no, l.kind(), l.text()));
      }
    }
    return s.toString();
  }

  /** The hunk's changed lines and up to {@code context} unchanged lines around each. */
  private static List<FileDiff.Line> shown(FileDiff.Hunk h, int context) {
    List<FileDiff.Line> lines = h.lines();
    boolean[] keep = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).kind() != ' ') {
        for (int j = Math.max(0, i - context); j <= Math.min(lines.size() - 1, i + context); j++) {
          keep[j] = true;
        }
      }
    }
    List<FileDiff.Line> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (keep[i]) {
        out.add(lines.get(i));
      }
    }
    return out;
  }
}
