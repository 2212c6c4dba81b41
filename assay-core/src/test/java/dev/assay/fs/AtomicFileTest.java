package dev.assay.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void writesTheContentAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("assay.md");
    Files.writeString(target, "old");

    AtomicFile.write(target, out -> out.write("new ✓\n"));

    assertThat(target).hasContent("new ✓");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void othersMayReadTheFileAsWithAnyNewFile() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path probe = Files.writeString(dir.resolve("probe"), "x");
    Path target = dir.resolve("assay.sarif");

    AtomicFile.write(target, out -> out.write("{}"));

    assertThat(Files.getPosixFilePermissions(target))
        .as("same permissions as a plain new file under this umask")
        .isEqualTo(Files.getPosixFilePermissions(probe));
  }

  @Test
  void aFailingWriterLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("assay.json");
    Files.writeString(target, "old");

    assertThatThrownBy(
            () ->
                AtomicFile.write(
                    target,
                    out -> {
                      out.write("half");
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");

    assertThat(target).hasContent("old");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }
}
