package dev.assay.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.ChangeSet;
import dev.assay.api.ChangeType;
import dev.assay.api.ChangedLines;
import dev.assay.api.FileChange;
import dev.assay.api.Revision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportAgeTest {
  @TempDir Path root;

  private static ChangeSet change(String... paths) {
    List<FileChange> files =
        java.util.Arrays.stream(paths)
            .map(p -> new FileChange(p, p, ChangeType.MODIFIED, 100, ChangedLines.ofLines(1)))
            .toList();
    return new ChangeSet(new Revision("main", ""), new Revision("HEAD", ""), files, List.of());
  }

  private Path file(String rel, Instant modified) throws Exception {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "x");
    Files.setLastModifiedTime(p, FileTime.from(modified));
    return p;
  }

  @Test
  void aSourceEditedAfterTheBuildMakesTheReportStale() throws Exception {
    Instant build = Instant.parse("2026-11-22T10:00:00Z");
    Path report = file("target/site/jacoco/jacoco.xml", build);
    file("src/main/java/A.java", build.minusSeconds(600));
    file("src/main/java/B.java", build.plusSeconds(60));
    assertThat(ReportAge.staleNote(root, List.of(report), change("src/main/java/A.java", "src/main/java/B.java")))
        .hasValueSatisfying(n -> assertThat(n).startsWith("1 changed file was modified after").contains("src/main/java/B.java").doesNotContain("A.java"));
  }

  @Test
  void reportsWrittenAfterTheCheckoutAreFresh() throws Exception {
    Instant checkout = Instant.parse("2026-11-22T10:00:00Z");
    file("src/main/java/A.java", checkout);
    Path report = file("target/surefire-reports/TEST-A.xml", checkout.plusSeconds(1));
    assertThat(ReportAge.staleNote(root, List.of(report), change("src/main/java/A.java", "gone.txt"))).isEmpty();
  }
}
