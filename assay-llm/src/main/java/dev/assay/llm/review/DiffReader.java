package dev.assay.llm.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;

/** Reads the change between two commits (or a commit and the work tree) as per-file hunks. */
final class DiffReader {
  private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,\\d+)? @@.*");
  private static final int CONTEXT = 3;

  private DiffReader() {}

  /** The diff; {@code head} null means the working tree. */
  static List<FileDiff> read(Path repoDir, String base, String head) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (Repository repo = new FileRepositoryBuilder().findGitDir(repoDir.toFile()).setMustExist(true).build();
        ObjectReader reader = repo.newObjectReader();
        DiffFormatter f = new DiffFormatter(buf)) {
      f.setRepository(repo);
      f.setContext(CONTEXT);
      f.setDiffComparator(RawTextComparator.DEFAULT);
      f.setDetectRenames(true);
      AbstractTreeIterator oldTree = tree(repo, reader, base);
      AbstractTreeIterator newTree = head == null ? new FileTreeIterator(repo) : tree(repo, reader, head);
      List<FileDiff> out = new ArrayList<>();
      // One formatter: scan() sets up where contents come from (the object database or, for the
      // working tree, the files), which format() of each entry then uses.
      for (DiffEntry e : f.scan(oldTree, newTree)) {
        buf.reset();
        f.format(e);
        f.flush();
        out.add(parse(e, buf.toString(StandardCharsets.UTF_8)));
      }
      return out;
    }
  }

  private static AbstractTreeIterator tree(Repository repo, ObjectReader reader, String rev) throws IOException {
    ObjectId id = repo.resolve(rev + "^{tree}");
    if (id == null) {
      throw new IOException("unknown revision " + rev);
    }
    CanonicalTreeParser p = new CanonicalTreeParser();
    p.reset(reader, id);
    return p;
  }

  static FileDiff parse(DiffEntry e, String text) {
    boolean deleted = e.getChangeType() == DiffEntry.ChangeType.DELETE;
    String path = deleted ? e.getOldPath() : e.getNewPath();
    boolean binary = text.contains("\nBinary files ") || text.startsWith("Binary files ");
    List<FileDiff.Hunk> hunks = new ArrayList<>();
    List<FileDiff.Line> lines = null;
    int next = 0;
    for (String l : text.split("\n", -1)) {
      Matcher m = HUNK.matcher(l);
      if (m.matches()) {
        if (lines != null) {
          hunks.add(new FileDiff.Hunk(lines));
        }
        lines = new ArrayList<>();
        next = Integer.parseInt(m.group(1));
      } else if (lines != null && !l.isEmpty()) {
        char k = l.charAt(0);
        if (k == '+') {
          lines.add(new FileDiff.Line('+', next++, l.substring(1)));
        } else if (k == ' ') {
          lines.add(new FileDiff.Line(' ', next++, l.substring(1)));
        } else if (k == '-') {
          lines.add(new FileDiff.Line('-', 0, l.substring(1)));
        }
      }
    }
    if (lines != null) {
      hunks.add(new FileDiff.Hunk(lines));
    }
    return new FileDiff(path, deleted, binary, hunks);
  }
}
