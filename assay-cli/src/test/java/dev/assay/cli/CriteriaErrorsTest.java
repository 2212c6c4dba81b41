package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.testkit.TestRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in the criteria file are usage errors naming the file, line, column and key. */
class CriteriaErrorsTest {
  @TempDir Path tmp;

  @Test
  void misspelledGateSuggestsTheRightOne() {
    Path repo = repoWithCriteria("version: 1\ngates:\n  coverge:\n    changed-lines: 80%\n");

    CliRun run = CliRun.of("check", "--repo", repo.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.err()).startsWith("assay: .assay.yml:3:3:").contains("did you mean `coverage`");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void criteriaOptionNamingAMissingFile() {
    Path repo = repoWithCriteria(null);

    CliRun run = CliRun.of("check", "--repo", repo.toString(), "--criteria", "nope/assay.yml");

    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.err()).contains("nope/assay.yml").contains("criteria file not found");
  }

  @Test
  void baselineOutsideTheRepository() {
    Path repo = repoWithCriteria("version: 1\nbaseline: ../outside.json\n");

    CliRun run = CliRun.of("check", "--repo", repo.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.err())
        .contains(".assay.yml:2:11")
        .contains("`../outside.json` points outside the repository");
  }

  @Test
  void malformedYaml() {
    Path repo = repoWithCriteria("version: 1\ngates: [tests\n");

    CliRun run = CliRun.of("check", "--repo", repo.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.err()).contains(".assay.yml:3:1").contains("YAML syntax error");
  }

  @Test
  void criteriaPathIsRelativeToTheCurrentDirectoryNotTheRepository() throws IOException {
    // Maven runs tests in the module directory; the repository is elsewhere.
    Path cwd = Path.of("").toAbsolutePath();
    Path dir = Files.createDirectories(cwd.resolve("target/criteria-test"));
    Path criteria = Files.createTempFile(dir, "criteria-", ".yml");
    Files.writeString(criteria, "version: 1\ngates:\n  tests:\n    require-reports: nope\n");
    String relative = cwd.relativize(criteria).toString();
    Path repo = repoWithCriteria(null);
    // a valid file at the same path inside the repository, which must not be the one read
    Files.createDirectories(repo.resolve(relative).getParent());
    Files.writeString(repo.resolve(relative), "version: 1\n");

    CliRun fromCwd = CliRun.of("check", "--repo", repo.toString(), "--criteria", relative);

    // the file in the current directory was read: its error is reported
    assertThat(fromCwd.code()).as("%s", fromCwd).isEqualTo(2);
    assertThat(fromCwd.err()).contains(criteria.toString()).contains("require-reports");
    Files.delete(criteria);
  }

  @Test
  void criteriaFileInTheRepositoryIsNotFoundRelativeToTheCurrentDirectory() throws IOException {
    Path repo = repoWithCriteria(null);
    Files.writeString(repo.resolve("strict.yml"), "version: 1\n");

    CliRun run = CliRun.of("check", "--repo", repo.toString(), "--criteria", "strict.yml");

    assertThat(run.code()).as("%s", run).isEqualTo(2);
    assertThat(run.err()).contains("strict.yml: criteria file not found");
  }

  /** A committed repository with the criteria at its root (none when null), untracked. */
  private Path repoWithCriteria(String criteria) {
    try (TestRepo r = TestRepo.init(tmp.resolve("repo"))) {
      r.write("README.md", "hello\n").commit("one");
      r.write("README.md", "hello again\n").commit("two");
      if (criteria != null) {
        r.write(".assay.yml", criteria);
      }
      return r.dir();
    }
  }
}
