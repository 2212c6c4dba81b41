package dev.assay.api;

import java.util.List;

/**
 * Which lines of the change an AI wrote, and who approved it, read from what agents and tools leave
 * behind (commit trailers, git-ai notes, Agent Trace records). Implementations are immutable and
 * thread-safe. A line nothing speaks for is {@link Origin#unknown()}, never human.
 */
public interface Provenance {

  /** The origin of a line at head (1-based); unknown for lines the change does not add. */
  Origin of(String path, int line);

  /** Approvals recorded on the commits of the change, in commit order. Default: none. */
  default List<Approval> approvals() {
    return List.of();
  }

  /**
   * The people who wrote the change's commits, as {@code name <email>} with the address lower
   * case, for telling an approval by someone else from a self-approval. Default: none.
   */
  default List<String> authors() {
    return List.of();
  }

  /** The lines of {@code lines} (in {@code path} at head) whose origin is AI. */
  default ChangedLines aiLines(String path, ChangedLines lines) {
    List<LineRange> out = new java.util.ArrayList<>();
    for (LineRange r : lines.ranges()) {
      for (int line = r.start(); line <= r.end(); line++) {
        if (of(path, line).isAi()) {
          out.add(LineRange.of(line));
        }
      }
    }
    return ChangedLines.of(out);
  }

  /** Nothing known about any line. */
  static Provenance unknown() {
    return (path, line) -> Origin.unknown();
  }
}
