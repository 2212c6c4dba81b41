package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where report files go, which ones, and that they are complete and reproducible. */
class ReportFilesTest {
  static final List<String> ALL =
      List.of("assay-junit.xml", "assay.html", "assay.json", "assay.md", "assay.sarif");

  @TempDir Path tmp;
  Path repo;

  @BeforeEach
  void copyDemo() {
    repo = DemoFixture.copy(tmp.resolve("shop"));
  }

  @Test
  void defaultOutputDirHoldsExactlyTheFiveReports() throws IOException {
    CliRun run = CliRun.of("check", "--repo", repo.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(1);
    assertThat(names(repo.resolve("assay-reports"))).containsExactlyElementsOf(ALL);
    assertThat(run.out()).contains("Reports: ").contains("assay.sarif");
  }

  @Test
  void reportsAndInitFileGetTheSamePermissionsAsAnyNewFile() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path probe = Files.writeString(tmp.resolve("probe.txt"), "x");
    Files.deleteIfExists(repo.resolve(".assay.yml"));

    CliRun init = CliRun.of("init", "--repo", repo.toString());
    CliRun run = CliRun.of("check", "--repo", repo.toString(), "--format", "markdown,sarif");

    assertThat(init.code()).as("%s", init).isZero();
    assertThat(run.code()).as("%s", run).isEqualTo(1);
    Set<PosixFilePermission> expected = Files.getPosixFilePermissions(probe);
    for (Path p :
        List.of(
            repo.resolve(".assay.yml"),
            repo.resolve("assay-reports/assay.md"),
            repo.resolve("assay-reports/assay.sarif"))) {
      assertThat(Files.getPosixFilePermissions(p)).as("%s", p).isEqualTo(expected);
    }
  }

  @Test
  void formatListAndOutputDirWriteOnlyThoseFiles() throws IOException {
    Path out = tmp.resolve("out dir");

    CliRun run =
        CliRun.of(
            "check",
            "--repo",
            repo.toString(),
            "--format",
            "json,sarif",
            "--output-dir",
            out.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(1);
    assertThat(names(out)).containsExactly("assay.json", "assay.sarif");
    assertThat(repo.resolve("assay-reports")).doesNotExist();
    assertThat(run.out()).as("no console format asked for").isEmpty();
  }

  @Test
  void reportFilesAreNeverPartOfTheNextWorkingTreeChange() throws IOException {
    Files.writeString(repo.resolve("docs.txt"), "an uncommitted file\n");
    for (String dir : new String[] {"assay-reports", "build/assay"}) {
      String[] args = {
        "check",
        "--repo",
        repo.toString(),
        "--working-tree",
        "--base",
        "HEAD",
        "--output-dir",
        repo.resolve(dir).toString(),
        "--format",
        "console,json"
      };
      CliRun first = CliRun.of(args);
      CliRun second = CliRun.of(args);

      assertThat(first.firstLine()).as("%s", first).contains("1 changed file ");
      assertThat(second.firstLine()).as("%s", second).contains("1 changed file ");
      assertThat(Files.readString(repo.resolve(dir).resolve("assay.json")))
          .contains("\"path\": \"docs.txt\"")
          .doesNotContain("\"path\": \"" + dir);
      // the next iteration's output dir is another one: these files are then ordinary files
      deleteTree(repo.resolve(dir));
    }
  }

  @Test
  void sameInputSameBytes() throws IOException {
    CliRun.of("check", "--repo", repo.toString());
    Map<String, byte[]> first = contents(repo.resolve("assay-reports"));
    CliRun.of("check", "--repo", repo.toString());
    Map<String, byte[]> second = contents(repo.resolve("assay-reports"));

    assertThat(first.keySet()).containsExactlyElementsOf(ALL);
    for (String name : ALL) {
      assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
    }
  }

  @Test
  void outputDirThatIsAFileIsAnErrorAndLeavesNothingBehind() throws IOException {
    Path file = Files.writeString(tmp.resolve("reports"), "not a directory\n");

    CliRun run = CliRun.of("check", "--repo", repo.toString(), "--output-dir", file.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(3);
    assertThat(run.err())
        .contains("cannot write reports to " + file)
        .contains("it is a file, not a directory");
    assertThat(Files.readString(file)).isEqualTo("not a directory\n");
    assertThat(names(tmp)).containsExactly("reports", "shop");
    assertThat(repo.resolve("assay-reports")).doesNotExist();
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Map<String, byte[]> contents(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    for (String name : names(dir)) {
      out.put(name, Files.readAllBytes(dir.resolve(name)));
    }
    return out;
  }
}
