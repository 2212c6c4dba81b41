package dev.assay.policy;

import dev.assay.api.CriteriaException;
import dev.assay.api.Location;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Suggests the intended word for a misspelt key, gate id or choice, by edit distance (optimal
 * string alignment, so a swapped pair of letters counts as one edit). Case and {@code _} versus
 * {@code -} are ignored, since those are the most common slips.
 */
final class DidYouMean {
  private DidYouMean() {}

  /** The unknown-word error: "unknown key `x`" with the closest candidate, or all of them. */
  static CriteriaException unknown(
      Location at, String noun, String word, Collection<String> known) {
    return new CriteriaException(at, "unknown " + noun + " `" + word + "`", hint(word, known));
  }

  /** "did you mean `x`?" when a candidate is close, else the list of valid values. */
  static String hint(String word, Collection<String> known) {
    return closest(word, known)
        .map(c -> "did you mean `" + c + "`?")
        .orElseGet(() -> known.isEmpty() ? "nothing is allowed here" : "valid: " + list(known));
  }

  static String list(Collection<String> known) {
    return known.stream().map(k -> "`" + k + "`").collect(Collectors.joining(", "));
  }

  /** The closest candidate within about a third of its length in edits, if any. */
  static Optional<String> closest(String word, Collection<String> candidates) {
    String w = normalize(word);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String c = normalize(candidate);
      int limit = Math.max(1, Math.min(3, c.length() / 3));
      int d = distance(w, c);
      if (d <= limit && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String normalize(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 3) {
      return Integer.MAX_VALUE; // never suggested; also bounds work on hostile long keys
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
