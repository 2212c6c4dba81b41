package dev.assay.provenance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Replays a range of history oldest first and keeps, for every line of every touched file, the
 * commit that wrote it and the line's number in that commit: blame for all files in one pass, at
 * the cost of one diff per changed file per commit (what {@code git log -p} pays). Whitespace-only
 * edits and lines moved within a commit keep their origin; a merge's lines come from the first
 * parent that has them. Not thread-safe; use once.
 */
final class HistoryReplay {
  /** Origin of a line written before the range. */
  static final int BEFORE = -1;
  /** Origin of a line whose writer is past a shallow clone's cut. */
  static final int CUT_OFF = -2;
  /** Origin of a line of the working tree that no commit has yet. */
  static final int UNCOMMITTED = -3;

  private static final long MAX_BLOB = 2L * 1024 * 1024;

  /** What one pass reports as it goes. */
  interface Listener {
    /** Line {@code line} of {@code path} is new in commit {@code commit} (not moved, not merged). */
    default void added(int commit, String path, int line) {}

    /**
     * A line that commit {@code commit} deleted or replaced, written by {@code origin} (an index, or
     * {@link #BEFORE}/{@link #CUT_OFF}); moves and merges are not reported.
     */
    default void removed(int commit, String path, int origin, String content) {}
  }

  /** Lines of one file: per line, the commit index, the path index and the line in that commit. */
  record FileLines(ObjectId blob, int[] commit, int[] path, int[] line) {
    int size() {
      return commit.length;
    }
  }

  /** Recently read file texts: a file's new version is the next commit's old one. */
  private static final long TEXT_CACHE_BYTES = 64L * 1024 * 1024;

  private final Repository repo;
  private final TextCache texts = new TextCache();
  private final List<CommitFacts> commits = new ArrayList<>();
  private final List<String> paths = new ArrayList<>();
  private final Map<String, Integer> pathIndex = new HashMap<>();
  private final Set<Integer> cutOff = new HashSet<>();
  private Map<String, FileLines> head = Map.of();

  HistoryReplay(Repository repo) {
    this.repo = repo;
  }

  /**
   * Replays the commits reachable from {@code head} and not from {@code base} (all history when
   * base is empty).
   */
  void run(ObjectId headCommit, Optional<ObjectId> base, Listener listener) throws IOException {
    Set<ObjectId> shallow = repo.getObjectDatabase().getShallowCommits();
    try (RevWalk walk = new RevWalk(repo);
        ObjectReader reader = repo.newObjectReader();
        DiffFormatter df = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
      df.setRepository(repo);
      df.setDetectRenames(true);
      df.setPathFilter(TreeFilter.ANY_DIFF);
      walk.sort(RevSort.TOPO, true);
      walk.sort(RevSort.REVERSE, true);
      walk.markStart(walk.parseCommit(headCommit));
      if (base.isPresent()) {
        walk.markUninteresting(walk.parseCommit(base.get()));
      }
      List<RevCommit> order = new ArrayList<>();
      for (RevCommit c : walk) {
        order.add(c);
      }
      Map<AnyObjectId, Integer> index = new HashMap<>();
      Map<AnyObjectId, Integer> children = new HashMap<>();
      for (RevCommit c : order) {
        index.put(c, index.size());
        commits.add(CommitFacts.of(c));
        if (shallow.contains(c)) {
          cutOff.add(index.get(c));
        }
        for (RevCommit p : c.getParents()) {
          children.merge(p, 1, Integer::sum);
        }
      }
      Map<AnyObjectId, Map<String, FileLines>> states = new HashMap<>();
      Step step = new Step(reader, df, listener);
      Map<String, FileLines> last = new HashMap<>();
      for (RevCommit c : order) {
        int ci = index.get(c);
        RevCommit p1 = c.getParentCount() > 0 ? c.getParent(0) : null;
        Map<String, FileLines> state = inherit(states, children, index, p1);
        step.apply(ci, c, p1, state, states, index);
        for (RevCommit p : c.getParents()) {
          if (index.containsKey(p) && children.merge(p, -1, Integer::sum) <= 0) {
            states.remove(p);
          }
        }
        states.put(c, state);
        last = state;
      }
      head = order.isEmpty() ? Map.of() : last;
    }
  }

  private static Map<String, FileLines> inherit(
      Map<AnyObjectId, Map<String, FileLines>> states,
      Map<AnyObjectId, Integer> children,
      Map<AnyObjectId, Integer> index,
      RevCommit p1) {
    if (p1 == null || !index.containsKey(p1)) {
      return new HashMap<>();
    }
    Map<String, FileLines> parent = states.get(p1);
    // The only remaining child may take the parent's map; others get a shallow copy.
    return children.get(p1) <= 1 ? parent : new HashMap<>(parent);
  }

  /** One commit's diffs against its parents. */
  private final class Step {
    private final ObjectReader reader;
    private final DiffFormatter df;
    private final Listener listener;

    Step(ObjectReader reader, DiffFormatter df, Listener listener) {
      this.reader = reader;
      this.df = df;
      this.listener = listener;
    }

    void apply(
        int ci,
        RevCommit c,
        RevCommit p1,
        Map<String, FileLines> state,
        Map<AnyObjectId, Map<String, FileLines>> states,
        Map<AnyObjectId, Integer> index)
        throws IOException {
      List<DiffEntry> entries = df.scan(tree(p1), tree(c));
      boolean merge = c.getParentCount() > 1;
      int origin = cutOff.contains(ci) ? CUT_OFF : ci;
      Map<String, ArrayListInts> moved = new HashMap<>();
      List<Pending> pending = new ArrayList<>();
      // Read every old file's lines before any entry changes the map (renames may swap paths).
      Map<String, FileLines> known = new HashMap<>();
      for (DiffEntry e : entries) {
        if (e.getChangeType() != DiffEntry.ChangeType.ADD && state.containsKey(e.getOldPath())) {
          known.put(e.getOldPath(), state.get(e.getOldPath()));
        }
      }
      for (DiffEntry e : entries) {
        if (e.getChangeType() != DiffEntry.ChangeType.ADD
            && e.getChangeType() != DiffEntry.ChangeType.COPY) {
          state.remove(e.getOldPath());
        }
      }
      for (DiffEntry e : entries) {
        if (e.getChangeType() == DiffEntry.ChangeType.DELETE || !isFile(e.getNewMode())) {
          if (e.getChangeType() == DiffEntry.ChangeType.DELETE && isFile(e.getOldMode()) && !merge) {
            Optional<RawText> old = text(e.getOldId().toObjectId());
            FileLines before = old.map(t -> lines(known.get(e.getOldPath()), e.getOldId().toObjectId(), t.size())).orElse(null);
            if (old.isPresent()) {
              report(ci, e.getOldPath(), before, old.get(), new Edit(0, old.get().size(), 0, 0), moved);
            }
          }
          continue;
        }
        Optional<RawText> now = text(e.getNewId().toObjectId());
        if (now.isEmpty()) {
          continue;
        }
        RawText oldText = e.getChangeType() == DiffEntry.ChangeType.ADD || !isFile(e.getOldMode())
            ? RawText.EMPTY_TEXT : text(e.getOldId().toObjectId()).orElse(RawText.EMPTY_TEXT);
        FileLines before = e.getChangeType() == DiffEntry.ChangeType.ADD
            ? lines(null, ObjectId.zeroId(), 0)
            : lines(known.get(e.getOldPath()), e.getOldId().toObjectId(), oldText.size());
        EditList edits = diff(oldText, now.get());
        int[] commit = new int[now.get().size()];
        int[] path = new int[commit.length];
        int[] line = new int[commit.length];
        int pi = intern(e.getNewPath());
        int oldPos = 0;
        int newPos = 0;
        for (Edit ed : edits) {
          copy(before, oldPos, commit, path, line, newPos, ed.getBeginB() - newPos);
          if (!merge) {
            report(ci, e.getOldPath(), before, oldText, ed, moved);
          }
          for (int k = ed.getBeginB(); k < ed.getEndB(); k++) {
            commit[k] = origin;
            path[k] = pi;
            line[k] = k + 1;
          }
          oldPos = ed.getEndA();
          newPos = ed.getEndB();
        }
        copy(before, oldPos, commit, path, line, newPos, commit.length - newPos);
        FileLines after = new FileLines(e.getNewId().toObjectId(), commit, path, line);
        if (merge) {
          explainByOtherParents(c, e.getNewPath(), now.get(), after, states, index, ci);
        }
        state.put(e.getNewPath(), after);
        pending.add(new Pending(e.getNewPath(), after, now.get(), edits));
      }
      for (Pending p : pending) {
        assignMoves(ci, origin, p, moved, merge);
      }
      if (!merge) {
        for (Map.Entry<String, ArrayListInts> m : moved.entrySet()) {
          m.getValue().reportRemaining(listener, m.getKey());
        }
      }
    }

    private void report(int ci, String path, FileLines before, RawText oldText, Edit ed, Map<String, ArrayListInts> moved) {
      for (int k = ed.getBeginA(); k < ed.getEndA(); k++) {
        String content = oldText.getString(k).strip();
        int o = before == null ? BEFORE : before.commit()[k];
        if (!content.isEmpty()) {
          moved.computeIfAbsent(content, x -> new ArrayListInts()).add(o, before == null ? -1 : before.path()[k], before == null ? k + 1 : before.line()[k], ci, path);
        }
      }
    }

    /** Added lines whose text the same commit deleted elsewhere are moves: they keep the origin. */
    private void assignMoves(int ci, int origin, Pending p, Map<String, ArrayListInts> moved, boolean merge) {
      for (Edit ed : p.edits()) {
        for (int k = ed.getBeginB(); k < ed.getEndB(); k++) {
          if (p.lines().commit()[k] != origin) {
            continue;
          }
          String content = p.text().getString(k).strip();
          ArrayListInts from = content.isEmpty() ? null : moved.get(content);
          if (from != null && from.size() > 0) {
            int[] taken = from.take();
            p.lines().commit()[k] = taken[0];
            p.lines().path()[k] = taken[1] < 0 ? intern(p.path()) : taken[1];
            p.lines().line()[k] = taken[2];
          } else if (!merge) {
            listener.added(ci, p.path(), k + 1);
          }
        }
      }
    }

    private void explainByOtherParents(
        RevCommit c, String path, RawText now, FileLines after,
        Map<AnyObjectId, Map<String, FileLines>> states, Map<AnyObjectId, Integer> index, int ci)
        throws IOException {
      for (int pn = 1; pn < c.getParentCount(); pn++) {
        RevCommit p = c.getParent(pn);
        Optional<ObjectId> blob = blobAt(p, path);
        if (blob.isEmpty()) {
          continue;
        }
        Optional<RawText> other = text(blob.get());
        if (other.isEmpty()) {
          continue;
        }
        FileLines theirs = lines(state(states, index, p, path), blob.get(), other.get().size());
        EditList edits = diff(other.get(), now);
        int oldPos = 0;
        int newPos = 0;
        List<Edit> all = new ArrayList<>(edits);
        all.add(new Edit(other.get().size(), other.get().size(), now.size(), now.size()));
        for (Edit ed : all) {
          for (int k = 0; k < ed.getBeginB() - newPos; k++) {
            if (after.commit()[newPos + k] == ci || after.commit()[newPos + k] == CUT_OFF) {
              after.commit()[newPos + k] = theirs.commit()[oldPos + k];
              after.path()[newPos + k] = theirs.path()[oldPos + k];
              after.line()[newPos + k] = theirs.line()[oldPos + k];
            }
          }
          oldPos = ed.getEndA();
          newPos = ed.getEndB();
        }
      }
    }

    private Optional<ObjectId> blobAt(RevCommit c, String path) throws IOException {
      try (var tw = org.eclipse.jgit.treewalk.TreeWalk.forPath(reader, path, c.getTree())) {
        return tw == null || !isFile(tw.getFileMode(0)) ? Optional.empty() : Optional.of(tw.getObjectId(0));
      }
    }

    private FileLines state(Map<AnyObjectId, Map<String, FileLines>> states, Map<AnyObjectId, Integer> index, RevCommit p, String path) {
      if (p == null || !index.containsKey(p)) {
        return null;
      }
      Map<String, FileLines> s = states.get(p);
      return s == null ? null : s.get(path);
    }

    private org.eclipse.jgit.treewalk.AbstractTreeIterator tree(RevCommit c) throws IOException {
      if (c == null) {
        return new EmptyTreeIterator();
      }
      CanonicalTreeParser p = new CanonicalTreeParser();
      p.reset(reader, c.getTree());
      return p;
    }

    private Optional<RawText> text(ObjectId blob) throws IOException {
      RawText cached = texts.get(blob);
      if (cached != null) {
        return Optional.of(cached);
      }
      Optional<RawText> read = load(blob);
      read.ifPresent(t -> texts.put(blob.copy(), t));
      return read;
    }

    private Optional<RawText> load(ObjectId blob) throws IOException {
      var loader = reader.open(blob);
      if (loader.getSize() > MAX_BLOB) {
        return Optional.empty();
      }
      byte[] bytes = loader.getCachedBytes();
      return RawText.isBinary(bytes) ? Optional.empty() : Optional.of(new RawText(bytes));
    }
  }

  private static EditList diff(RawText a, RawText b) {
    return new HistogramDiff().diff(RawTextComparator.WS_IGNORE_ALL, a, b);
  }

  private static void copy(FileLines from, int fromPos, int[] commit, int[] path, int[] line, int to, int n) {
    if (n <= 0) {
      return;
    }
    System.arraycopy(from.commit(), fromPos, commit, to, n);
    System.arraycopy(from.path(), fromPos, path, to, n);
    System.arraycopy(from.line(), fromPos, line, to, n);
  }

  /** The lines of a file as known at a parent, or all "before the range" when not tracked. */
  private static FileLines lines(FileLines known, ObjectId blob, int size) {
    if (known != null && known.size() == size) {
      return known;
    }
    int[] commit = new int[size];
    java.util.Arrays.fill(commit, BEFORE);
    int[] path = new int[size];
    java.util.Arrays.fill(path, -1);
    int[] line = new int[size];
    for (int i = 0; i < size; i++) {
      line[i] = i + 1;
    }
    return new FileLines(blob, commit, path, line);
  }

  private static boolean isFile(FileMode mode) {
    return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
  }

  private int intern(String path) {
    return pathIndex.computeIfAbsent(path, p -> {
      paths.add(p);
      return paths.size() - 1;
    });
  }

  /** A changed file of the current commit, kept until moves are resolved. */
  private record Pending(String path, FileLines lines, RawText text, EditList edits) {}

  /** Deleted lines of one text in one commit: origin, path index, line, and where they were deleted. */
  private static final class ArrayListInts {
    private final List<int[]> items = new ArrayList<>();
    private final List<String> where = new ArrayList<>();
    private int commitOfRemoval;

    void add(int origin, int path, int line, int ci, String from) {
      items.add(new int[] {origin, path, line});
      where.add(from);
      commitOfRemoval = ci;
    }

    int size() {
      return items.size();
    }

    int[] take() {
      where.remove(where.size() - 1);
      return items.remove(items.size() - 1);
    }

    void reportRemaining(Listener listener, String content) {
      for (int i = 0; i < items.size(); i++) {
        listener.removed(commitOfRemoval, where.get(i), items.get(i)[0], content);
      }
    }
  }

  List<CommitFacts> commits() {
    return List.copyOf(commits);
  }

  /** The path at an index, as interned during the replay. */
  String path(int index) {
    return paths.get(index);
  }

  /** Whether commit {@code index} is a shallow clone's cut (its parents were not fetched). */
  boolean isCutOff(int index) {
    return cutOff.contains(index);
  }

  int cutOffCount() {
    return cutOff.size();
  }

  /** The lines of a file at the head, or empty when no commit of the range touched it. */
  Optional<FileLines> atHead(String path) {
    return Optional.ofNullable(head.get(path));
  }

  /** Every file the range touched that exists at the head. */
  Map<String, FileLines> head() {
    return head;
  }

  /** Texts by blob id, least recently used dropped past {@link #TEXT_CACHE_BYTES}. */
  private static final class TextCache extends java.util.LinkedHashMap<ObjectId, RawText> {
    private long bytes;

    TextCache() {
      super(256, 0.75f, true);
    }

    @Override
    public RawText put(ObjectId key, RawText value) {
      bytes += value.getRawContent().length;
      return super.put(key, value);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<ObjectId, RawText> eldest) {
      if (bytes > TEXT_CACHE_BYTES) {
        bytes -= eldest.getValue().getRawContent().length;
        return true;
      }
      return false;
    }
  }
}
