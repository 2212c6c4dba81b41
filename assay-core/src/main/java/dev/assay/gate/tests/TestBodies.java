package dev.assay.gate.tests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a renamed test from a deleted one by its body: the text from the line after its declaration
 * up to the next test's declaration, compared as sets of words. A rename keeps that text; a test
 * written for new code shares little of it with the one it replaced.
 */
final class TestBodies {
  /** Jaccard similarity of the word sets from which two bodies count as the same test. */
  private static final double SAME_BODY = 0.5;

  private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}_]+");

  private TestBodies() {}

  /** The vanished tests that no added test took over; each added test pairs with at most one. */
  static List<TestCase> unrenamed(
      List<TestCase> gone,
      List<String> added,
      Map<String, TestCase> base,
      String baseText,
      Map<String, TestCase> head,
      String headText) {
    List<Set<String>> candidates = new ArrayList<>();
    for (String name : added) {
      candidates.add(words(headText, head.get(name), head));
    }
    List<TestCase> out = new ArrayList<>();
    for (TestCase t : gone) {
      Set<String> body = words(baseText, t, base);
      int best = -1;
      double bestScore = SAME_BODY;
      for (int i = 0; i < candidates.size(); i++) {
        double score = candidates.get(i) == null ? -1 : similarity(body, candidates.get(i));
        if (score >= bestScore) {
          best = i;
          bestScore = score;
        }
      }
      if (best < 0) {
        out.add(t);
      } else {
        candidates.set(best, null);
      }
    }
    return out;
  }

  private static Set<String> words(String text, TestCase t, Map<String, TestCase> all) {
    int next =
        all.values().stream()
            .map(TestCase::line)
            .filter(l -> l > t.line())
            .min(Comparator.naturalOrder())
            .orElse(Integer.MAX_VALUE);
    String[] lines = text.split("\n", -1);
    StringBuilder body = new StringBuilder();
    for (int i = t.line(); i < Math.min(next - 1, lines.length); i++) {
      body.append(lines[i]).append('\n');
    }
    Set<String> out = new HashSet<>(List.of(WORDS.split(body)));
    out.remove("");
    return out;
  }

  private static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return (double) both.size() / (a.size() + b.size() - both.size());
  }
}
