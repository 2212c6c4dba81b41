package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Baseline and inline suppressions turn a finding-based failure into a pass. The finding: a test
 * newly skipped with {@code @Disabled} in a commit on top of the demo's head.
 */
class BaselineCommandTest {
  @TempDir Path tmp;
  Path repo;

  @BeforeEach
  void copyDemo() {
    repo = DemoFixture.copy(tmp.resolve("shop"));
  }

  @Test
  void newlySkippedTestBlocks() {
    disable("");

    CliRun run = check();

    assertThat(run.code()).as("%s", run).isEqualTo(1);
    assertThat(run.out())
        .contains("tests/skipped  No test is newly skipped without a reason")
        .contains(
            DemoFixture.POLICY_TEST
                + ":12  tests/skipped  test `emptyOrderGetsNoDiscount` is skipped");
  }

  @Test
  void baselineAcceptsTheCurrentFindings() throws IOException {
    disable("");

    CliRun baseline = CliRun.of("baseline", "--repo", repo.toString(), "--base", "HEAD~1");
    CliRun run = check();

    assertThat(baseline.code()).as("%s", baseline).isZero();
    assertThat(baseline.out()).contains("Wrote 1 finding to .assay-baseline.json");
    assertThat(Files.readString(repo.resolve(".assay-baseline.json")))
        .contains("\"rule\" : \"tests/skipped\"")
        .contains(DemoFixture.POLICY_TEST);
    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.firstLine()).startsWith("PASS");
    assertThat(run.out()).contains("1 finding(s) are in the baseline and do not count");
  }

  @Test
  void inlineSuppressionWithAReasonIsHonoured() {
    disable("  // assay:ignore tests/skipped -- the discount rules are being rewritten\n");

    CliRun run = check();

    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.firstLine()).startsWith("PASS");
    assertThat(run.out()).contains("1 finding(s) suppressed inline with a reason");
  }

  @Test
  void inlineSuppressionWithoutAReasonIsNot() {
    disable("  // assay:ignore tests/skipped\n");

    CliRun run = check();

    assertThat(run.code()).as("%s", run).isEqualTo(1);
    assertThat(run.out())
        .contains(DemoFixture.POLICY_TEST + ":13  tests/skipped")
        .contains(
            "`assay:ignore` at "
                + DemoFixture.POLICY_TEST
                + ":12 has no reason and was not honoured");
  }

  /** Commits {@code @Disabled} (after {@code comment}) on the demo's one discount test. */
  private void disable(String comment) {
    DemoFixture.edit(
        repo,
        DemoFixture.POLICY_TEST,
        "import org.junit.jupiter.api.Test;",
        "import org.junit.jupiter.api.Disabled;\nimport org.junit.jupiter.api.Test;");
    DemoFixture.edit(
        repo, DemoFixture.POLICY_TEST, "  @Test\n", comment + "  @Disabled\n  @Test\n");
    DemoFixture.commitAll(repo, "skip the discount test");
  }

  private CliRun check() {
    return CliRun.of("check", "--repo", repo.toString(), "--base", "HEAD~1", "--format", "console");
  }
}
