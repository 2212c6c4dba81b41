package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.testkit.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mutation gate (module assay-java) is found by {@code assay check} through META-INF/services,
 * reads a real PIT report and sets the exit code.
 */
class MutationGateCliTest {
  static final Path PIT_FIXTURE = Path.of("../assay-java/src/test/resources/pit/pricing");

  @TempDir Path tmp;

  @Test
  void survivingMutantsOnChangedLinesFailTheCheck() throws Exception {
    String pricing = Files.readString(PIT_FIXTURE.resolve("Pricing.java"));
    try (TestRepo repo = TestRepo.init(tmp.resolve("repo"))) {
      repo.write(".gitignore", "target/\n")
          .write(
              ".assay.yml",
              "gates:\n  tests: {enabled: false}\n  coverage: {enabled: false}\n"
                  + "  mutation: {enabled: true}\n")
          .write(
              "src/main/java/demo/Pricing.java",
              pricing.replace("    if (price < 0) {\n", "    if (price < -1) {\n"))
          .commit("base");
      repo.branch("feature").checkout("feature");
      repo.write("src/main/java/demo/Pricing.java", pricing).commit("label: negative prices");
      Path report = repo.dir().resolve("target/pit-reports/mutations.xml");
      Files.createDirectories(report.getParent());
      Files.copy(PIT_FIXTURE.resolve("mutations.xml"), report);

      Path out = tmp.resolve("reports");
      CliRun run =
          CliRun.of(
              "check", "--repo", repo.dir().toString(), "--base", "main", "--output-dir",
              out.toString());

      assertThat(run.code()).as("%s", run).isEqualTo(1);
      for (String name :
          new String[] {"assay.md", "assay.sarif", "assay.json", "assay-junit.xml", "assay.html"}) {
        assertThat(Files.readString(out.resolve(name)))
            .as(name)
            .contains("mutation/survived")
            .contains("Pricing.java");
      }
      assertThat(run.out())
          .contains("mutation")
          .contains("0% of 2 mutants on changed lines detected (2 survived, 0 not covered)")
          .contains("Replacing `<` with `<=` at line 39 (in `label`) was not detected by any test");
    }
  }

  @Test
  void noReportIsExitThreeWithWhatToDo() throws Exception {
    try (TestRepo repo = TestRepo.init(tmp.resolve("repo"))) {
      repo.write(
              ".assay.yml",
              "gates:\n  tests: {enabled: false}\n  coverage: {enabled: false}\n"
                  + "  mutation: {enabled: true}\n")
          .write("src/main/java/A.java", "class A {}\n")
          .commit("base");
      repo.branch("feature").checkout("feature");
      repo.write("src/main/java/A.java", "class A { int f() { return 1; } }\n").commit("f");

      CliRun run = CliRun.of("check", "--repo", repo.dir().toString(), "--base", "main");

      assertThat(run.code()).as("%s", run).isEqualTo(3);
      assertThat(run.out()).contains("no mutation report found").contains("run: true");
    }
  }
}
