package dev.assay.diff;

import dev.assay.api.ChangeType;
import dev.assay.api.ChangedLines;
import dev.assay.api.FileChange;
import dev.assay.api.LineRange;
import dev.assay.api.SkippedFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffEntry.Side;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.FileMode;

/**
 * Turns diff entries into file changes with their added lines, or skipped files.
 *
 * <p>Lines are compared ignoring trailing whitespace, carriage returns included ({@link
 * RawTextComparator#WS_IGNORE_TRAILING}): converting a file from CRLF to LF, or trimming trailing
 * blanks, changes no logic, so such lines are not added. Added lines are the new side of inserted
 * and replaced regions; for renames and copies that is only what was edited, and moved blocks
 * ({@link MovedLines}) are taken out at the end, once every deletion in the change is known. Each
 * blob is read once. Not thread-safe.
 */
final class FileDiffer {
  private static final DiffAlgorithm ALGORITHM = new HistogramDiff();
  private static final byte[] NO_BYTES = new byte[0];
  private static final RawText EMPTY = new RawText(NO_BYTES);

  private final ContentSource.Pair content;
  private final long maxFileBytes;
  private final MovedLines moved = new MovedLines();
  private final boolean wholeTree;
  private final List<FileChange> whole = new ArrayList<>();
  private final List<Pending> pending = new ArrayList<>();
  private final List<SkippedFile> skipped = new ArrayList<>();
  private final Map<SkipReason, Integer> skipCounts = new EnumMap<>(SkipReason.class);

  /**
   * @param wholeTree every entry is an addition against the empty tree: there is nothing to diff
   *     and nothing moved, so each file's lines are all added and no text is kept in memory
   */
  FileDiffer(ContentSource.Pair content, long maxFileBytes, boolean wholeTree) {
    this.content = content;
    this.maxFileBytes = maxFileBytes;
    this.wholeTree = wholeTree;
  }

  /** A file whose added regions are known but whose moved lines are not yet removed. */
  private record Pending(DiffEntry entry, RawText newText, List<Edit> edits) {}

  /** Content of one side, or why the file cannot be compared. */
  private record Loaded(byte[] bytes, Optional<SkipReason> skip) {
    RawText text() {
      return bytes.length == 0 ? EMPTY : new RawText(bytes);
    }
  }

  void add(DiffEntry entry) throws IOException {
    boolean deleted = entry.getChangeType() == DiffEntry.ChangeType.DELETE;
    Loaded primary = load(entry, deleted ? Side.OLD : Side.NEW);
    Loaded other = load(entry, deleted ? Side.NEW : Side.OLD);
    // The other side being binary or a link just means there is no old text to compare with.
    Optional<SkipReason> skip =
        primary.skip().or(() -> other.skip().filter(r -> r == SkipReason.TOO_LARGE));
    if (skip.isPresent()) {
      skipped.add(new SkippedFile(path(entry), skip.get().reason(maxFileBytes)));
      skipCounts.merge(skip.get(), 1, Integer::sum);
      return;
    }
    if (wholeTree) {
      int lines = lineCount(primary.bytes());
      List<LineRange> all = lines == 0 ? List.of() : List.of(new LineRange(1, lines));
      whole.add(new FileChange(path(entry), path(entry), ChangeType.ADDED, 100, ChangedLines.of(all)));
      return;
    }
    RawText oldText = deleted ? primary.text() : other.text();
    RawText newText = deleted ? EMPTY : primary.text();
    List<Edit> edits = ALGORITHM.diff(RawTextComparator.WS_IGNORE_TRAILING, oldText, newText);
    for (Edit edit : edits) {
      moved.addDeleted(oldText, edit.getBeginA(), edit.getEndA());
    }
    pending.add(new Pending(entry, newText, edits));
  }

  /** The changed files, once every entry was added. */
  List<FileChange> files() {
    List<FileChange> files = new ArrayList<>(whole);
    for (Pending p : pending) {
      List<LineRange> added = new ArrayList<>();
      for (Edit edit : p.edits()) {
        moved.addNew(p.newText(), edit.getBeginB(), edit.getEndB(), added);
      }
      DiffEntry e = p.entry();
      ChangeType type = type(e.getChangeType());
      boolean paired = type == ChangeType.RENAMED || type == ChangeType.COPIED;
      String oldPath = type == ChangeType.ADDED ? e.getNewPath() : e.getOldPath();
      files.add(
          new FileChange(path(e), oldPath, type, paired ? e.getScore() : 100, ChangedLines.of(added)));
    }
    return files;
  }

  List<SkippedFile> skipped() {
    return skipped;
  }

  /** How many files were skipped for each reason, in the enum's order. */
  Map<SkipReason, Integer> skipCounts() {
    return skipCounts;
  }

  private Loaded load(DiffEntry entry, Side side) throws IOException {
    FileMode mode = entry.getMode(side);
    if (mode == FileMode.MISSING) {
      return new Loaded(NO_BYTES, Optional.empty());
    }
    if (mode == FileMode.GITLINK) {
      return skip(SkipReason.SUBMODULE);
    }
    if (mode == FileMode.SYMLINK) {
      return skip(SkipReason.SYMLINK);
    }
    if (content.size(side, entry) > maxFileBytes) {
      return skip(SkipReason.TOO_LARGE);
    }
    byte[] bytes = content.open(side, entry).getCachedBytes(CommitTree.intLimit(maxFileBytes));
    if (RawText.isBinary(bytes)) {
      return skip(SkipReason.BINARY);
    }
    return new Loaded(bytes, Optional.empty());
  }

  /**
   * Lines as {@link RawText#size()} counts them (a last line without a line feed counts), without
   * building its line map: a whole-tree scan only needs the number, for every file of the tree.
   */
  static int lineCount(byte[] bytes) {
    int n = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        n++;
      }
    }
    return bytes.length == 0 || bytes[bytes.length - 1] == '\n' ? n : n + 1;
  }

  private static Loaded skip(SkipReason reason) {
    return new Loaded(NO_BYTES, Optional.of(reason));
  }

  private static String path(DiffEntry e) {
    return e.getChangeType() == DiffEntry.ChangeType.DELETE ? e.getOldPath() : e.getNewPath();
  }

  private static ChangeType type(DiffEntry.ChangeType type) {
    return switch (type) {
      case ADD -> ChangeType.ADDED;
      case MODIFY -> ChangeType.MODIFIED;
      case DELETE -> ChangeType.DELETED;
      case RENAME -> ChangeType.RENAMED;
      case COPY -> ChangeType.COPIED;
    };
  }
}
