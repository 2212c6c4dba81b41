package dev.assay.gate.coverage;

import dev.assay.api.ChangedLines;
import dev.assay.api.LineRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Guesses which changed lines of a file that no report lists are code, so that such a file counts
 * as 0% of its real size rather than as "no data". Deliberately simple and language-agnostic; the
 * rules are listed in docs/gates/coverage.md: a line is not code when it is blank, only a comment,
 * only braces/brackets/punctuation, or an import/package/include declaration.
 */
final class ExecutableLines {
  private static final Pattern COMMENT =
      Pattern.compile("(//|/\\*|\\*(\\s|/|$)|#(?!\\[)|--(\\s|$)|<!--|;;|\"\"\"|''').*");
  private static final Pattern PUNCTUATION = Pattern.compile("[{}()\\[\\];,]+");
  private static final Pattern DECLARATION =
      Pattern.compile(
          "(import|package|from\\s+\\S+\\s+import|using|#include|require_relative)\\b.*");

  private ExecutableLines() {}

  /** The lines among {@code changed} that look like code in {@code text}. */
  static ChangedLines of(String text, ChangedLines changed) {
    String[] lines = text.split("\n", -1);
    List<LineRange> code = new ArrayList<>();
    for (LineRange r : changed.ranges()) {
      for (int n = r.start(); n <= r.end() && n <= lines.length; n++) {
        if (isCode(lines[n - 1])) {
          code.add(LineRange.of(n));
        }
      }
    }
    return ChangedLines.of(code);
  }

  static boolean isCode(String line) {
    String t = line.strip();
    return !t.isEmpty()
        && !DECLARATION.matcher(t).matches()
        && !COMMENT.matcher(t).matches()
        && !PUNCTUATION.matcher(t).matches();
  }
}
