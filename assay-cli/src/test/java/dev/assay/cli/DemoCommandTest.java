package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assay demo} end to end: real javac, JUnit and JaCoCo, then the check. */
class DemoCommandTest {
  @TempDir Path tmp;

  @Test
  void demoBuildsChecksAndExplainsTheBlockedVerdict() {
    Path dir = tmp.resolve("demo");

    CliRun run = CliRun.of("demo", "--dir", dir.toString());

    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("11 tests run, 0 failed")
        .contains("\nBLOCKED  2 of 6 criteria not met")
        .contains("coverage/changed-lines/ai  Changed executable lines are covered by tests (AI-authored lines)")
        .contains("expected >= 90%")
        .contains("Provenance of the 120 changed lines: 118 AI-authored (claude-code)")
        .contains("Reports: ")
        .contains("The demo ran as intended")
        .doesNotContain("\u001b");
    assertThat(dir.resolve("assay-reports/assay.sarif")).isRegularFile();
  }

  @Test
  void demoRefusesAFolderThatIsNotEmpty() {
    CliRun run = CliRun.of("demo", "--dir", tmp.getParent().toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("is not empty; give an empty or new folder");
  }
}
