package dev.assay.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of the example repository.
 *
 * @param path where it goes, relative to the repository root, with {@code /} separators
 * @param resource its content, relative to this package's {@code example/} resource folder
 */
record ExampleFile(String path, String resource) {
  ExampleFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(resource, "resource");
  }

  /** Writes the file under {@code repo}, replacing an earlier version. */
  void writeTo(Path repo) throws DemoException {
    Path target = repo.resolve(path);
    try (InputStream in = ExampleFile.class.getResourceAsStream("example/" + resource)) {
      if (in == null) {
        throw new DemoException(
            "the demo resource example/" + resource + " is missing from the assay jar; rebuild it");
      }
      // LF only, even if a checkout of Assay turned the resources into CRLF: the commit ids
      // must be the same everywhere.
      String content = new String(in.readAllBytes(), UTF_8).replace("\r\n", "\n");
      Files.createDirectories(target.getParent());
      Files.writeString(target, content, UTF_8);
    } catch (IOException e) {
      throw new DemoException("could not write " + target + ": " + e.getMessage(), e);
    }
  }
}
