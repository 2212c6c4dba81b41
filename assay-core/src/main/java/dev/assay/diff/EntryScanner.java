package dev.assay.diff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Lists the files that differ between base and head, with renames and copies detected by JGit's
 * {@link RenameDetector} (limits from the repository's {@code diff.renameLimit}). Only trees and,
 * for the working tree, file metadata are read here; unchanged files are never opened.
 */
final class EntryScanner {
  private static final int BASE = 0;
  private static final int INDEX = 1;
  private static final int WORK = 2;

  private final Repository repo;
  private final ObjectReader reader;
  private final Range range;
  private boolean renamesLimited;

  EntryScanner(Repository repo, ObjectReader reader, Range range) {
    this.repo = repo;
    this.reader = reader;
    this.range = range;
  }

  /** Changed entries with renames paired up, in JGit's order. */
  List<DiffEntry> scan(ContentSource.Pair content, long maxFileBytes) throws IOException {
    List<DiffEntry> raw = range.workingTree() ? scanWorkingTree() : scanCommits();
    RenameDetector renames = new RenameDetector(reader, repo.getConfig().get(DiffConfig.KEY));
    renames.setSkipContentRenamesForBinaryFiles(true);
    renames.setBigFileThreshold(CommitTree.intLimit(maxFileBytes));
    renames.addAll(raw);
    try {
      List<DiffEntry> paired = renames.compute(content, NullProgressMonitor.INSTANCE);
      renamesLimited = renames.isOverRenameLimit();
      return paired;
    } catch (CanceledException e) {
      // NullProgressMonitor never cancels.
      throw new IllegalStateException(e);
    }
  }

  /** True when there were too many candidates and only exact renames were detected. */
  boolean renamesLimited() {
    return renamesLimited;
  }

  private List<DiffEntry> scanCommits() throws IOException {
    try (TreeWalk walk = new TreeWalk(repo, reader)) {
      walk.addTree(tree(range.baseCommit()));
      walk.addTree(tree(range.headCommit()));
      walk.setRecursive(true);
      walk.setFilter(TreeFilter.ANY_DIFF);
      return DiffEntry.scan(walk);
    }
  }

  private List<DiffEntry> scanWorkingTree() throws IOException {
    List<DiffEntry> entries = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(repo, reader)) {
      walk.addTree(tree(range.baseCommit()));
      walk.addTree(new DirCacheIterator(repo.readDirCache()));
      FileTreeIterator work = new FileTreeIterator(repo);
      walk.addTree(work);
      // With the index attached, unchanged files are recognised by stat data, not by hashing.
      work.setDirCacheIterator(walk, INDEX);
      walk.setRecursive(true);
      walk.setFilter(new TrackedOrNotIgnored());
      while (walk.next()) {
        workingTreeEntry(walk).ifPresent(entries::add);
      }
    }
    return entries;
  }

  private static Optional<DiffEntry> workingTreeEntry(TreeWalk walk) {
    String path = walk.getPathString();
    FileMode baseMode = walk.getFileMode(BASE);
    WorkingTreeIterator work = walk.getTree(WORK, WorkingTreeIterator.class);
    boolean inBase = baseMode != FileMode.MISSING;
    if (work == null) {
      return inBase
          ? Optional.of(WorkingTreeEntry.deleted(path, baseMode, walk.getObjectId(BASE)))
          : Optional.empty();
    }
    FileMode headMode = work.getEntryFileMode();
    ObjectId headId = work.getEntryObjectId();
    if (!inBase) {
      return Optional.of(WorkingTreeEntry.added(path, headMode, headId));
    }
    ObjectId baseId = walk.getObjectId(BASE);
    boolean sameKind =
        (baseMode.getBits() & FileMode.TYPE_MASK) == (headMode.getBits() & FileMode.TYPE_MASK);
    if (sameKind && baseId.equals(headId)) {
      return Optional.empty();
    }
    return Optional.of(WorkingTreeEntry.modified(path, baseMode, baseId, headMode, headId));
  }

  private AbstractTreeIterator tree(Optional<ObjectId> commit) throws IOException {
    if (commit.isEmpty()) {
      return new EmptyTreeIterator();
    }
    try (RevWalk walk = new RevWalk(reader)) {
      return new CanonicalTreeParser(null, reader, walk.parseCommit(commit.get()).getTree());
    }
  }

  /**
   * Keeps what git would show in {@code git status} against the base: anything in the base or the
   * index, and files on disk that {@code .gitignore} does not ignore. Ignored directories such as
   * {@code target/} are not even entered.
   */
  private static final class TrackedOrNotIgnored extends TreeFilter {
    @Override
    public boolean include(TreeWalk walk) throws IOException {
      if (!walk.getFileMode(BASE).equals(FileMode.MISSING)
          || !walk.getFileMode(INDEX).equals(FileMode.MISSING)) {
        return true;
      }
      WorkingTreeIterator work = walk.getTree(WORK, WorkingTreeIterator.class);
      return work != null && !work.isEntryIgnored();
    }

    @Override
    public boolean shouldBeRecursive() {
      return false;
    }

    @Override
    public TreeFilter clone() {
      return this;
    }
  }
}
