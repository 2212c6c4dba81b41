package dev.assay.provenance;

import dev.assay.api.Origin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.blame.BlameResult;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

/** {@code assay blame}: each line of a file at a revision with the commit that wrote it and its provenance. */
public final class BlameLines {
  /** One line: the commit (empty when uncommitted), its provenance and the text. */
  public record Line(int number, String commit, Origin origin, String text) {}

  private BlameLines() {}

  /**
   * Blames {@code path} at {@code rev} (following renames, whitespace ignored).
   *
   * @throws IllegalArgumentException when the file does not exist at the revision
   */
  public static List<Line> of(ProvenanceReader reader, String path, ObjectId rev) throws IOException {
    BlameResult blame;
    try (Git git = new Git(reader.repo())) {
      blame = git.blame().setFilePath(path).setStartCommit(rev).setFollowFileRenames(true)
          .setTextComparator(RawTextComparator.WS_IGNORE_ALL).call();
    } catch (GitAPIException e) {
      throw new IOException(e.getMessage(), e);
    }
    if (blame == null) {
      throw new IllegalArgumentException(path + " does not exist at " + rev.abbreviate(7).name());
    }
    blame.computeAll();
    OriginResolver resolver = reader.resolver();
    // A shallow clone's cut commit looks like a root that wrote everything before it: unknown.
    java.util.Set<ObjectId> cut = reader.repo().getObjectDatabase().getShallowCommits();
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < blame.getResultContents().size(); i++) {
      RevCommit c = blame.getSourceCommit(i);
      String text = blame.getResultContents().getString(i);
      if (c == null) {
        out.add(new Line(i + 1, "", Origin.unknown(), text));
        continue;
      }
      CommitFacts facts = CommitFacts.of(c);
      Origin o = cut.contains(c) ? Origin.unknown() : resolver.resolve(facts, blame.getSourcePath(i), blame.getSourceLine(i) + 1);
      out.add(new Line(i + 1, facts.id(), o, text));
    }
    return out;
  }
}
