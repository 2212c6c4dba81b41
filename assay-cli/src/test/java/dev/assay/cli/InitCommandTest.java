package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.testkit.TestRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assay init}: a starter criteria file that the check then accepts. */
class InitCommandTest {
  @TempDir Path tmp;

  @Test
  void mavenRepositoryGetsCriteriaThatParse() throws IOException {
    Path repo;
    try (TestRepo r = TestRepo.init(tmp.resolve("mvn"))) {
      r.write("pom.xml", "<project><modelVersion>4.0.0</modelVersion></project>\n");
      r.write("src/main/java/A.java", "class A {}\n").commit("one");
      r.write("README.md", "docs\n").commit("two");
      repo = r.dir();
    }

    CliRun init = CliRun.of("init", "--repo", repo.toString());
    CliRun check = CliRun.of("check", "--repo", repo.toString(), "--format", "console");

    assertThat(init.code()).as("%s", init).isZero();
    assertThat(init.out()).contains("Wrote .assay.yml (detected Maven)");
    assertThat(Files.readString(repo.resolve(".assay.yml")))
        .contains("target/surefire-reports")
        .contains("jacoco");
    assertThat(check.code()).as("%s", check).isNotEqualTo(2);
    assertThat(check.err()).isEmpty();
    assertThat(check.out()).doesNotContain("Defaults used (no criteria file)");
  }

  @Test
  void refusesToOverwriteWithoutForce() throws IOException {
    Path repo = Files.createDirectories(tmp.resolve("r"));
    Files.writeString(repo.resolve(".assay.yml"), "version: 1\n# mine\n");

    CliRun refused = CliRun.of("init", "--repo", repo.toString());

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("already exists").contains("--force");
    assertThat(Files.readString(repo.resolve(".assay.yml"))).isEqualTo("version: 1\n# mine\n");

    CliRun forced = CliRun.of("init", "--repo", repo.toString(), "--force");

    assertThat(forced.code()).as("%s", forced).isZero();
    assertThat(Files.readString(repo.resolve(".assay.yml"))).doesNotContain("# mine");
    try (var files = Files.list(repo)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(".assay.yml");
    }
  }

  @Test
  void npmRepositoryListsTheNpmReportGlobs() throws IOException {
    Path repo = Files.createDirectories(tmp.resolve("js"));
    Files.writeString(
        repo.resolve("package.json"), "{\"name\": \"shop\", \"version\": \"1.0.0\"}\n");

    CliRun run = CliRun.of("init", "--repo", repo.toString());

    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out()).contains("detected npm");
    assertThat(Files.readString(repo.resolve(".assay.yml")))
        .contains("\"**/junit*.xml\"")
        .contains("\"**/coverage/lcov.info\"")
        .contains("jest-junit")
        .contains("# command: \"npm test\"")
        .doesNotContain("mvn");
  }

  @Test
  void withoutADetectedBuildTheReportGlobsAreTheGateDefaults() throws IOException {
    Path repo = Files.createDirectories(tmp.resolve("py"));
    Files.writeString(repo.resolve("setup.py"), "from setuptools import setup\nsetup()\n");

    CliRun run = CliRun.of("init", "--repo", repo.toString());

    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out()).contains("no build detected");
    assertThat(Files.readString(repo.resolve(".assay.yml")))
        .as("what the zero-config run reads, so init never narrows it")
        .contains("\"**/coverage.xml\"", "\"**/cobertura*.xml\"", "\"**/lcov.info\"")
        .contains("\"**/TEST-*.xml\"", "\"**/build/test-results/**/*.xml\"")
        .doesNotContain("mvn");
  }
}
