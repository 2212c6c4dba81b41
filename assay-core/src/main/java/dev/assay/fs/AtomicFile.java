package dev.assay.fs;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a UTF-8 text file through a temporary sibling that is moved over the target in one step,
 * so readers never see half a file. Not thread-safe for the same target.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** Produces the content of a file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes {@code target} (its directory must exist) with the permissions a new file gets from the
   * process umask, like any other tool's output.
   */
  public static void write(Path target, Content content) throws IOException {
    Path temp = createSibling(target);
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Not {@code Files.createTempFile}: it creates files readable by the owner only (0600), which
   * then become the report a CI upload step or a web server under another user cannot read.
   */
  private static Path createSibling(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    String prefix = "." + target.getFileName() + ".";
    for (int attempt = 0; ; attempt++) {
      long n = ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
      Path temp = dir.resolve(prefix + Long.toString(n, 36) + ".tmp");
      try {
        Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return temp;
      } catch (FileAlreadyExistsException e) {
        if (attempt == 9) {
          throw e;
        }
      }
    }
  }
}
