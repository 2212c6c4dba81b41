package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assay demo} end to end: real javac, JUnit and JaCoCo, then the check. */
class DemoCommandTest {
  @TempDir Path tmp;

  /**
   * The whole story, really run: javac, JUnit and JaCoCo, then the check with the performance gate
   * building both commits and benchmarking them (a scan is about a thousand times slower than a
   * seek at 10,000 records, so the verdicts do not depend on the machine's noise).
   */
  @Test
  void demoBuildsChecksAndExplainsTheBlockedVerdict() {
    Path dir = tmp.resolve("demo");

    CliRun run = CliRun.of("demo", "--dir", dir.toString());

    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("11 tests run, 0 failed")
        .contains("\nBLOCKED  ")
        .contains("FAIL     performance")
        .containsPattern("PkLookup +[0-9.]+ [nu]s +[0-9.]+ ms .*FAIL")
        .contains("performance/regression  `PkLookup` is ")
        .contains("performance/budget  `PkLookup`: median ")
        .contains("performance/scaling  `PkLookup` grows faster than declared O(log n)")
        .contains("PkLookup at size 100000 costs ")
        .contains("declared O(log n)")
        .contains("coverage/changed-lines/ai  Changed executable lines are covered by tests (AI-authored lines)")
        .contains("expected >= 90%")
        .contains("Provenance of the 120 changed lines: 118 AI-authored (claude-code)")
        .contains("Reports: ")
        .contains("The demo ran as intended")
        .contains("reads the whole data file on every lookup and flushes every insert")
        .doesNotContain("\u001b");
    if (!run.out().contains("System calls were not counted")) {
      // strace ran (where it is missing or not permitted, the gate says so in a note instead)
      assertThat(run.out())
          .contains("\nBLOCKED  6 of 11 criteria not met")
          .contains("performance/syscalls  `kv` makes 1 fdatasync calls per operation at the head")
          .containsPattern("fdatasync calls per operation +0 +1(\\.0+)? ");
    }
    assertThat(dir.resolve("assay-reports/assay.sarif")).isRegularFile();
  }

  @Test
  void demoRefusesAFolderThatIsNotEmpty() {
    CliRun run = CliRun.of("demo", "--dir", tmp.getParent().toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("is not empty; give an empty or new folder");
  }
}
