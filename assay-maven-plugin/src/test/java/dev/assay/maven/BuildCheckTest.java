package dev.assay.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.CriteriaException;
import dev.assay.diff.ChangeException;
import dev.assay.engine.Verdict;
import dev.assay.testkit.TestRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check as the plugin runs it, on real repositories. */
class BuildCheckTest {
  @TempDir Path dir;

  static final String CRITERIA =
      """
      version: 1
      gates:
        tests: {enabled: false}
        coverage: {enabled: false}
        observability: {}
      """;

  private TestRepo repoWithChange(String criteria, String added) {
    TestRepo repo = TestRepo.init(dir.resolve("repo"));
    repo.write(".assay.yml", criteria)
        .write(".gitignore", "target/\n")
        .write("src/main/java/demo/Keys.java", "package demo;\n\nclass Keys {\n}\n")
        .commit("base");
    repo.branch("feature").checkout("feature");
    repo.write("src/main/java/demo/Keys.java", "package demo;\n\nclass Keys {\n" + added + "}\n")
        .commit("change");
    return repo;
  }

  private BuildCheck.Options options(TestRepo repo, String formats) {
    return new BuildCheck.Options(
        repo.dir(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        repo.dir().resolve("target/assay-reports"),
        formats,
        List.of());
  }

  @Test
  void blockedRunWritesEveryReportAndSummarisesLikeCheckQuiet() throws Exception {
    try (TestRepo repo =
        repoWithChange(
            CRITERIA,
            "  void run(Runnable r) {\n    try {\n      r.run();\n    } catch (RuntimeException e) {\n"
                + "    }\n  }\n")) {
      BuildCheck.Result r = BuildCheck.run(options(repo, BuildCheck.ALL_FORMATS));

      assertThat(r.verdict()).isEqualTo(Verdict.BLOCKED);
      assertThat(r.written())
          .extracting(p -> p.getFileName().toString())
          .containsExactly("assay.md", "assay.sarif", "assay.json", "assay-junit.xml", "assay.html");
      assertThat(r.summary()).startsWith("BLOCKED").contains("Failing criteria:").contains("observability/");
      // The quiet summary lists failing criteria only, not the findings or the notes.
      assertThat(r.summary()).doesNotContain("Notes:");
      assertThat(r.console())
          .startsWith("BLOCKED")
          .contains("src/main/java/demo/Keys.java:7")
          .endsWith(
              "Reports: target/assay-reports/assay.md, target/assay-reports/assay.sarif,"
                  + " target/assay-reports/assay.json, target/assay-reports/assay-junit.xml,"
                  + " target/assay-reports/assay.html\n");
    }
  }

  @Test
  void passingRunWithChosenFormatsOnly() throws Exception {
    try (TestRepo repo = repoWithChange(CRITERIA, "  int answer = 42;\n")) {
      BuildCheck.Result r = BuildCheck.run(options(repo, " JSON, console,json,markdown"));

      assertThat(r.verdict()).isEqualTo(Verdict.PASS);
      assertThat(r.written())
          .extracting(p -> p.getFileName().toString())
          .containsExactly("assay.json", "assay.md");
      assertThat(r.summary()).startsWith("PASS");
    }
  }

  @Test
  void criteriaMistakeNamesTheFileAndTheKey() {
    try (TestRepo repo =
        repoWithChange(
            "version: 1\ngates:\n  coverage:\n    changed-lines: lots\n", "  int x = 1;\n")) {
      assertThatThrownBy(() -> BuildCheck.run(options(repo, "json")))
          .isInstanceOf(CriteriaException.class)
          .hasMessageContaining(".assay.yml:4")
          .hasMessageContaining("gates.coverage.changed-lines");
    }
  }

  @Test
  void unknownBaseIsAChangeError() {
    try (TestRepo repo = repoWithChange(CRITERIA, "  int x = 1;\n")) {
      BuildCheck.Options o =
          new BuildCheck.Options(
              repo.dir(),
              Optional.of("no-such-branch"),
              Optional.empty(),
              Optional.empty(),
              repo.dir().resolve("target/assay-reports"),
              "json",
              List.of());
      assertThatThrownBy(() -> BuildCheck.run(o))
          .isInstanceOf(ChangeException.class)
          .hasMessageContaining("no-such-branch");
    }
  }

  @Test
  void unknownFormatIsRefusedBeforeAnythingRuns() {
    assertThatThrownBy(() -> BuildCheck.reporters("json,pdf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pdf");
  }
}
