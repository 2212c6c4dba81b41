package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.testkit.TestRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Options, help and version: the part of the contract that needs no change to check. */
class UsageTest {
  @TempDir Path tmp;

  @Test
  void versionIsTheBuildVersion() {
    CliRun run = CliRun.of("--version");

    assertThat(run.code()).isZero();
    assertThat(run.out().strip()).isEqualTo("assay 0.1.0");
  }

  @Test
  void noArgumentsPrintsTheUsageWithEveryCommand() {
    CliRun run = CliRun.of();

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("Usage: assay")
        .contains("check", "baseline", "init", "demo", "Exit codes:");
  }

  @ParameterizedTest
  @CsvSource({
    "check, --base --head --working-tree --criteria --format --output-dir --quiet --repo",
    "baseline, --base --head --working-tree --criteria --repo",
    "init, --repo --force",
    "demo, --dir"
  })
  void everySubcommandHelpListsItsOptions(String command, String options) {
    CliRun run = CliRun.of(command, "--help");
    CliRun viaHelp = CliRun.of("help", command);

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Usage: assay " + command).contains(options.split(" "));
    assertThat(viaHelp.code()).isZero();
    assertThat(viaHelp.out()).isEqualTo(run.out());
  }

  @Test
  void topLevelHelpExitsZero() {
    CliRun run = CliRun.of("--help");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("--version", "check");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("check", "--bogus");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("Unknown option: '--bogus'")
        .contains("Run `assay check --help` for usage.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRun run = CliRun.of("chekc");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("chekc");
  }

  @Test
  void workingTreeWithHeadIsAUsageError() {
    CliRun run =
        CliRun.of(
            "check", "--repo", committedRepo().toString(), "--working-tree", "--head", "HEAD");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--working-tree and --head cannot be combined");
  }

  @Test
  void unknownFormatListsTheValidOnes() {
    CliRun run = CliRun.of("check", "--repo", committedRepo().toString(), "--format", "json,xml");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("unknown report format 'xml'")
        .contains("console, html, json, junit, markdown, sarif");
  }

  @Test
  void errorsNeverPrintStackTraces() {
    String repo = committedRepo().toString();
    for (String[] args :
        new String[][] {
          {"check", "--bogus"},
          {"check", "--repo", repo, "--base", "nope"},
          {"check", "--repo", tmp.resolve("nowhere").toString()},
          {"check", "--repo", repo, "--criteria", "missing.yml"},
          {"baseline", "--repo", repo, "--working-tree", "--head", "HEAD"},
          {"init", "--repo", tmp.resolve("nowhere").toString()},
        }) {
      CliRun run = CliRun.of(args);
      assertThat(run.code()).as("%s", run).isEqualTo(2);
      assertThat(run.err())
          .as("%s", run)
          .startsWith("assay: ")
          .doesNotContain("\tat ", "Exception");
    }
  }

  private Path committedRepo() {
    try (TestRepo repo = TestRepo.init(tmp.resolve("repo"))) {
      repo.write("README.md", "hello\n").commit("initial");
      return repo.dir();
    }
  }
}
