package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assay scan} and {@code check --all}: the whole tree, on the demo's real reports. */
class ScanCommandTest {
  @TempDir Path tmp;
  Path repo;

  @BeforeEach
  void copyDemo() {
    repo = DemoFixture.copy(tmp.resolve("shop"));
  }

  @Test
  void scanMeasuresEveryFileNotOnlyTheChange() {
    CliRun change = CliRun.of("check", "--repo", repo.toString(), "--format", "console");
    CliRun scan = CliRun.of("scan", "--repo", repo.toString(), "--format", "console");

    assertThat(scan.firstLine()).as("%s", scan).contains("(empty tree)..feature/discounts");
    assertThat(scan.out()).contains("Whole tree: every file at feature/discounts is checked");
    // The change touches 4 source files; the tree has more, each measured in full.
    assertThat(change.out()).contains("(4 files)");
    assertThat(scan.out()).containsPattern("changed executable lines covered \\(([5-9]|\\d{2,}) files\\)");
  }

  @Test
  void checkAllIsTheSameAsScan() {
    CliRun scan = CliRun.of("scan", "--repo", repo.toString(), "--format", "console");
    CliRun all = CliRun.of("check", "--all", "--repo", repo.toString(), "--format", "console");

    assertThat(all.code()).isEqualTo(scan.code());
    assertThat(all.out()).isEqualTo(scan.out());
  }

  @Test
  void aBaseWithTheWholeTreeIsAUsageError() {
    CliRun run = CliRun.of("scan", "--repo", repo.toString(), "--base", "main");

    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.err()).contains("--all").contains("--base");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void baselineAllRecordsWhatTheScanFindsSoTheNextScanPasses() throws Exception {
    CliRun before = CliRun.of("scan", "--repo", repo.toString(), "--format", "console");
    CliRun baseline = CliRun.of("baseline", "--all", "--repo", repo.toString());
    CliRun after = CliRun.of("scan", "--repo", repo.toString(), "--format", "console");

    assertThat(before.out()).contains("coverage/uncovered-lines");
    assertThat(baseline.code()).as("%s", baseline).isZero();
    assertThat(Files.readString(repo.resolve(".assay-baseline.json"))).contains("coverage/uncovered-lines");
    assertThat(after.out()).doesNotContain("Open findings");
  }

  @Test
  void withoutTheConsoleFormatTheVerdictStillReachesStandardError() {
    CliRun run = CliRun.of("scan", "--repo", repo.toString(), "--format", "sarif");

    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().findFirst().orElse("")).matches("(PASS|BLOCKED|ERROR) .*");
    assertThat(run.err()).contains("Reports: ").contains("assay.sarif");
  }
}
