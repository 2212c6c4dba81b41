package dev.assay.diff;

import dev.assay.api.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
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
    try (ObjectReader reader = repo.newObjectReader();
        TreeWalk walk = TreeWalk.forPath(reader, path, tree)) {
      if (walk == null || !isRegularFile(walk.getFileMode(0))) {
        return Optional.empty();
      }
      ObjectId id = walk.getObjectId(0);
      if (reader.getObjectSize(id, Constants.OBJ_BLOB) > maxFileBytes) {
        return Optional.empty();
      }
      byte[] bytes = reader.open(id, Constants.OBJ_BLOB).getCachedBytes(intLimit(maxFileBytes));
      return decode(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + " from the repository", e);
    }
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
