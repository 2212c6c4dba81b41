package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.engine.RunResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  @TempDir Path dir;

  @Test
  void writesEveryFileReporterAndSkipsTheConsole() throws IOException {
    Path out = dir.resolve("nested/assay-reports");
    List<Path> written = ReportWriter.writeAll(RunFixtures.blocked(false), out, Reporters.builtIn());
    assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly(
        "assay.md", "assay.sarif", "assay.json", "assay-junit.xml", "assay.html");
    assertThat(listing(out)).containsExactlyInAnyOrder(
        "assay.md", "assay.sarif", "assay.json", "assay-junit.xml", "assay.html");
    for (Reporter r : Reporters.builtIn()) {
      if (!r.fileName().isEmpty()) {
        assertThat(Files.readString(out.resolve(r.fileName()), StandardCharsets.UTF_8))
            .isEqualTo(Goldens.render(r, RunFixtures.blocked(false)));
      }
    }
  }

  @Test
  void replacesAnExistingLongerFileEntirely() throws IOException {
    Path target = dir.resolve("assay.json");
    Files.writeString(target, "x".repeat(1_000_000));
    ReportWriter.writeAll(RunFixtures.pass(), dir, List.of(Reporters.byFormat("json")));
    assertThat(Files.readString(target)).isEqualTo(Goldens.render(Reporters.byFormat("json"),
        RunFixtures.pass()));
  }

  @Test
  void aFailingReporterLeavesNoPartialOrTemporaryFileAndTheOthersAreWritten() throws IOException {
    Path target = dir.resolve("broken.txt");
    Files.writeString(target, "previous complete report");
    Reporter broken = new Failing();
    assertThatThrownBy(() -> ReportWriter.writeAll(RunFixtures.pass(), dir,
            List.of(broken, Reporters.byFormat("markdown"))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("broken.txt")
        .hasMessageContaining("format broken")
        .hasMessageContaining("disk full halfway");
    assertThat(Files.readString(target)).isEqualTo("previous complete report");
    assertThat(listing(dir)).containsExactlyInAnyOrder("broken.txt", "assay.md");
  }

  @Test
  void twoReportersForOneFileAreRefusedBeforeAnythingIsWritten() {
    assertThatThrownBy(() -> ReportWriter.writeAll(RunFixtures.pass(), dir,
            List.of(Reporters.byFormat("json"), Reporters.byFormat("json"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("assay.json");
    assertThat(dir).isEmptyDirectory();
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  /** Writes half a report, then fails as a full disk would. */
  private static final class Failing implements Reporter {
    @Override
    public String format() {
      return "broken";
    }

    @Override
    public String fileName() {
      return "broken.txt";
    }

    @Override
    public void write(RunResult run, Writer out) throws IOException {
      out.write("half a rep");
      out.flush();
      throw new IOException("disk full halfway");
    }
  }
}
