package dev.assay.provenance;

import dev.assay.api.Approval;
import dev.assay.api.Origin;
import dev.assay.api.Provenance;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The provenance of the change's lines, computed once: per file at head, each line's origin.
 * Immutable and thread-safe.
 */
public final class LineProvenance implements Provenance {
  private final Map<String, Origin[]> files;
  private final List<Approval> approvals;
  private final List<String> authors;
  private final List<String> notes;

  LineProvenance(
      Map<String, Origin[]> files, List<Approval> approvals, List<String> authors, List<String> notes) {
    this.files = Map.copyOf(files);
    this.approvals = List.copyOf(approvals);
    this.authors = List.copyOf(authors);
    this.notes = List.copyOf(notes);
  }

  /** Nothing known. */
  public static LineProvenance none(List<String> notes) {
    return new LineProvenance(Map.of(), List.of(), List.of(), notes);
  }

  @Override
  public Origin of(String path, int line) {
    Origin[] lines = files.get(path);
    if (lines == null || line < 1 || line > lines.length || lines[line - 1] == null) {
      return Origin.unknown();
    }
    return lines[line - 1];
  }

  @Override
  public List<Approval> approvals() {
    return approvals;
  }

  @Override
  public List<String> authors() {
    return authors;
  }

  /** What the reader should know: sources read, malformed records skipped, shallow history. */
  public List<String> notes() {
    return notes;
  }

  /** Lines per class ({@code ai:<agent>}, {@code human}, {@code unknown}) among the given lines. */
  public Map<String, Integer> count(Map<String, dev.assay.api.ChangedLines> lines) {
    Map<String, Integer> out = new TreeMap<>();
    // A file with no known origins is all unknown: counted by range, not line by line (a
    // whole-tree scan has millions of lines and, usually, no provenance at all).
    int unknown = 0;
    for (Map.Entry<String, dev.assay.api.ChangedLines> e : lines.entrySet()) {
      boolean known = files.containsKey(e.getKey());
      for (var r : e.getValue().ranges()) {
        if (!known) {
          unknown += r.end() - r.start() + 1;
          continue;
        }
        for (int l = r.start(); l <= r.end(); l++) {
          out.merge(of(e.getKey(), l).label(), 1, Integer::sum);
        }
      }
    }
    if (unknown > 0) {
      out.merge(Origin.unknown().label(), unknown, Integer::sum);
    }
    return out;
  }
}
