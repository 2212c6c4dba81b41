package dev.assay.demo;

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
      Files.createDirectories(target.getParent());
      Files.write(target, in.readAllBytes());
    } catch (IOException e) {
      throw new DemoException("could not write " + target + ": " + e.getMessage(), e);
    }
  }
}
