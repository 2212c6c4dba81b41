package dev.assay.diff;

import dev.assay.api.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files on disk under the work tree. Never follows a symbolic link, not even a symlinked
 * directory on the way to a file, so nothing outside the work tree is ever read. Thread-safe
 * (stateless apart from immutable fields).
 */
final class WorkingTree implements SourceTree {
  private final Path root;
  private final long maxFileBytes;

  WorkingTree(Path root, long maxFileBytes) {
    this.root = root;
    this.maxFileBytes = maxFileBytes;
  }

  @Override
  public Optional<String> read(String path) {
    return bytes(path).flatMap(CommitTree::decode);
  }

  /** The raw content of a regular file within the size limit, or empty. */
  Optional<byte[]> bytes(String path) {
    Optional<Path> file = regularFile(path);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (Files.size(file.get()) > maxFileBytes) {
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(file.get()));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root.resolve(path), e);
    }
  }

  /**
   * The file on disk if the path names a regular file reached without crossing any symbolic link.
   */
  Optional<Path> regularFile(String path) {
    Optional<RepoPath> parsed = RepoPath.parse(path);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    Path current = root;
    for (String segment : parsed.get().segments()) {
      current = current.resolve(segment);
      if (Files.isSymbolicLink(current)) {
        return Optional.empty();
      }
    }
    return Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)
        ? Optional.of(current)
        : Optional.empty();
  }
}
