package dev.assay.diff;

import dev.assay.api.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The files of one commit, read as blobs. Thread-safe: each read opens its own {@link
 * ObjectReader}, because a JGit reader must not be shared between threads. Holds one use of the
 * repository until {@link #close()}.
 */
final class CommitTree implements SourceTree, AutoCloseable {
  private final Repository repo;
  private final ObjectId tree;
  private final long maxFileBytes;
  private final AtomicBoolean closed = new AtomicBoolean();
  /** Reads so far; after {@link #INDEX_AFTER} of them the whole tree is indexed once. */
  private final AtomicInteger reads = new AtomicInteger();
  private volatile Map<String, ObjectId> index;

  /**
   * A lookup by path walks the tree from the root, which is cheap for the few files of a change
   * but, over a whole tree read by several gates, costs more than reading the files. Past this many
   * reads, one walk indexes every regular file's blob by path.
   */
  static final int INDEX_AFTER = 256;

  CommitTree(Repository repo, ObjectId tree, long maxFileBytes) {
    this.repo = repo;
    this.tree = tree;
    this.maxFileBytes = maxFileBytes;
    repo.incrementOpen();
  }

  @Override
  public Optional<String> read(String path) {
    if (RepoPath.parse(path).isEmpty()) {
      return Optional.empty();
    }
    if (closed.get()) {
      throw new IllegalStateException("the change was closed; cannot read " + path);
    }
    try (ObjectReader reader = repo.newObjectReader()) {
      Optional<ObjectId> blob = blob(reader, path);
      if (blob.isEmpty()) {
        return Optional.empty();
      }
      ObjectId id = blob.get();
      if (reader.getObjectSize(id, Constants.OBJ_BLOB) > maxFileBytes) {
        return Optional.empty();
      }
      byte[] bytes = reader.open(id, Constants.OBJ_BLOB).getCachedBytes(intLimit(maxFileBytes));
      return decode(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + " from the repository", e);
    }
  }

  /** The blob of a regular file at {@code path}, empty for anything else or nothing. */
  private Optional<ObjectId> blob(ObjectReader reader, String path) throws IOException {
    Map<String, ObjectId> all = index;
    if (all == null && reads.incrementAndGet() > INDEX_AFTER) {
      all = index(reader);
    }
    if (all != null) {
      return Optional.ofNullable(all.get(path));
    }
    try (TreeWalk walk = TreeWalk.forPath(reader, path, tree)) {
      if (walk == null || !isRegularFile(walk.getFileMode(0))) {
        return Optional.empty();
      }
      return Optional.of(walk.getObjectId(0));
    }
  }

  private synchronized Map<String, ObjectId> index(ObjectReader reader) throws IOException {
    if (index == null) {
      Map<String, ObjectId> all = new HashMap<>();
      try (TreeWalk walk = new TreeWalk(reader)) {
        walk.addTree(tree);
        walk.setRecursive(true);
        while (walk.next()) {
          if (isRegularFile(walk.getFileMode(0))) {
            all.put(walk.getPathString(), walk.getObjectId(0));
          }
        }
      }
      index = all;
    }
    return index;
  }

  /** The limit as an int for JGit's byte-array APIs; larger files never fit in an array anyway. */
  static int intLimit(long maxFileBytes) {
    return (int) Math.min(maxFileBytes, Integer.MAX_VALUE - 16);
  }

  static boolean isRegularFile(FileMode mode) {
    return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
  }

  /** UTF-8 with malformed bytes replaced (String's decoder never throws), empty for binary. */
  static Optional<String> decode(byte[] bytes) {
    if (RawText.isBinary(bytes)) {
      return Optional.empty();
    }
    return Optional.of(new String(bytes, StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      repo.close();
    }
  }
}
