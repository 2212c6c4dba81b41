package dev.assay.llm.review;

import java.util.List;
import java.util.Objects;

/**
 * One file's change as hunks of lines, each line with its number on the new side (0 for a removed
 * line).
 */
record FileDiff(String path, boolean deleted, boolean binary, List<Hunk> hunks) {
  FileDiff {
    Objects.requireNonNull(path, "path");
    hunks = List.copyOf(hunks);
  }

  /** One line of a hunk: {@code kind} is '+', '-' or ' '. */
  record Line(char kind, int newLine, String text) {}

  /** A hunk; deletion-only hunks add nothing to review. */
  record Hunk(List<Line> lines) {
    Hunk {
      lines = List.copyOf(lines);
    }

    boolean deletionOnly() {
      return lines.stream().noneMatch(l -> l.kind() == '+');
    }
  }

  int addedLines() {
    return (int) hunks.stream().flatMap(h -> h.lines().stream()).filter(l -> l.kind() == '+').count();
  }
}
