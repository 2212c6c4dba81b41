package dev.assay.demo;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/** Lines added between two commits, from JGit's diff, for checking the demo's premise. */
final class ChangedLines {
  private ChangedLines() {}

  /** New path to its added line numbers (1-based). */
  static Map<String, Set<Integer>> added(Repository repository, String base, String head)
      throws Exception {
    Map<String, Set<Integer>> added = new TreeMap<>();
    RevCommit from = repository.parseCommit(ObjectId.fromString(base));
    RevCommit to = repository.parseCommit(ObjectId.fromString(head));
    try (DiffFormatter diff = new DiffFormatter(new ByteArrayOutputStream())) {
      diff.setRepository(repository);
      for (DiffEntry entry : diff.scan(from.getTree(), to.getTree())) {
        Set<Integer> lines = new TreeSet<>();
        for (Edit edit : diff.toFileHeader(entry).toEditList()) {
          for (int line = edit.getBeginB(); line < edit.getEndB(); line++) {
            lines.add(line + 1);
          }
        }
        added.put(entry.getNewPath(), lines);
      }
    }
    return added;
  }
}
