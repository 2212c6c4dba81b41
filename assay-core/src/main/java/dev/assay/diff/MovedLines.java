package dev.assay.diff;

import dev.assay.api.LineRange;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.diff.RawText;

/**
 * Recognises code that was moved rather than written: an added line is moved when it lies in a run
 * of at least {@value #MIN_RUN} consecutive non-blank added lines whose trimmed texts also occur, in
 * the same order, as consecutive non-blank deleted lines anywhere in the change (same or another
 * file). Blank lines are skipped when forming runs, and blank lines inside a moved run are moved
 * too.
 *
 * <p>Runs are matched through their windows of {@value #MIN_RUN} lines, kept in a hash set, so the
 * cost is linear in the number of changed lines. A long added run counts as moved when each of its
 * windows was deleted somewhere, even if not all in one place: that is still code taken from
 * elsewhere, not new logic. Register every deletion before asking about additions. Not
 * thread-safe.
 */
final class MovedLines {
  static final int MIN_RUN = 3;

  private final Set<Window> deleted = new HashSet<>();

  /** Records the deleted lines {@code [begin, end)} (0-based) of the old text. */
  void addDeleted(RawText text, int begin, int end) {
    String[] lines = nonBlank(text, begin, end, null);
    for (int i = 0; i + MIN_RUN <= lines.length; i++) {
      deleted.add(new Window(lines[i], lines[i + 1], lines[i + 2]));
    }
  }

  /**
   * Adds to {@code out} the 1-based line ranges of the added lines {@code [begin, end)} (0-based)
   * of the new text that are not part of a moved run.
   */
  void addNew(RawText text, int begin, int end, List<LineRange> out) {
    int[] index = new int[end - begin];
    String[] lines = nonBlank(text, begin, end, index);
    boolean[] moved = new boolean[end - begin];
    int markedUpTo = 0;
    for (int i = 0; i + MIN_RUN <= lines.length; i++) {
      if (deleted.contains(new Window(lines[i], lines[i + 1], lines[i + 2]))) {
        int last = index[i + 2];
        // Never mark a line twice, so overlapping windows stay linear.
        for (int k = Math.max(index[i], markedUpTo); k <= last; k++) {
          moved[k] = true;
        }
        markedUpTo = last + 1;
      }
    }
    int runStart = -1;
    for (int k = 0; k <= moved.length; k++) {
      boolean isNew = k < moved.length && !moved[k];
      if (isNew && runStart < 0) {
        runStart = k;
      } else if (!isNew && runStart >= 0) {
        out.add(new LineRange(begin + runStart + 1, begin + k));
        runStart = -1;
      }
    }
  }

  /**
   * The trimmed non-blank lines of {@code [begin, end)}; when {@code index} is given, it receives
   * each kept line's offset from {@code begin}.
   */
  private static String[] nonBlank(RawText text, int begin, int end, int[] index) {
    String[] kept = new String[end - begin];
    int n = 0;
    for (int line = begin; line < end; line++) {
      String trimmed = text.getString(line).strip();
      if (!trimmed.isEmpty()) {
        if (index != null) {
          index[n] = line - begin;
        }
        kept[n++] = trimmed;
      }
    }
    return Arrays.copyOf(kept, n);
  }

  /** Three consecutive non-blank trimmed lines. */
  private record Window(String first, String second, String third) {}
}
