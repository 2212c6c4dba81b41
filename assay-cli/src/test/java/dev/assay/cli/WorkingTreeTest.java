package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --working-tree}: uncommitted files on disk are the head of the change. */
class WorkingTreeTest {
  @TempDir Path tmp;
  Path repo;

  @BeforeEach
  void copyDemo() {
    repo = DemoFixture.copy(tmp.resolve("shop"));
  }

  @Test
  void uncommittedUntestedSourceChangeIsFound() throws IOException {
    Files.writeString(
        repo.resolve("src/main/java/com/example/shop/Rounding.java"),
        "package com.example.shop;\n\n"
            + "final class Rounding {\n"
            + "  static long cents(double amount) {\n"
            + "    return Math.round(amount * 100);\n"
            + "  }\n"
            + "}\n");

    CliRun committed = check("--base", "HEAD~1");
    CliRun run = check("--working-tree", "--base", "HEAD");

    assertThat(committed.firstLine())
        .as("not committed, so not in a commit range")
        .contains("5 changed files");
    assertThat(run.code()).as("%s", run).isEqualTo(1);
    assertThat(run.firstLine()).startsWith("BLOCKED").contains("1 changed file");
    assertThat(run.out())
        .contains("src/main/java/com/example/shop/Rounding.java:3-5  coverage/missing-from-report");
  }

  @Test
  void reportsOfAnEarlierRunInTheDefaultFolderAreNotPartOfTheChange() {
    CliRun first = check("--working-tree", "--base", "HEAD");
    assertThat(first.code()).as("%s", first).isZero();
    assertThat(repo.resolve("assay-reports/assay.json")).exists();

    CliRun second =
        check("--working-tree", "--base", "HEAD", "--output-dir", tmp.resolve("out").toString());

    assertThat(second.code()).as("%s", second).isZero();
    assertThat(second.firstLine()).as("%s", second).contains("0 changed files");
    assertThat(second.out()).doesNotContain("assay-reports/assay");
  }

  @Test
  void detachedHeadWorks() throws Exception {
    try (Git git = Git.open(repo.toFile())) {
      git.checkout().setName(git.getRepository().resolve("HEAD").getName()).call();
    }

    CliRun committed = check();
    CliRun workingTree = check("--working-tree");

    assertThat(committed.code()).as("%s", committed).isEqualTo(1);
    assertThat(committed.firstLine()).contains("main..HEAD").contains("5 changed files");
    assertThat(workingTree.code()).as("%s", workingTree).isEqualTo(1);
    assertThat(workingTree.firstLine()).contains("5 changed files");
  }

  @Test
  void oddFileNamesAndEncodingsAreCheckedWithoutCrashing() throws IOException {
    Path pkg = repo.resolve("src/main/java/com/example/shop");
    Files.createDirectories(pkg.resolve("sub dir"));
    Files.writeString(
        pkg.resolve("sub dir/Über Größe.java"),
        "package com.example.shop;\r\n\r\n"
            + "class Groesse {\r\n"
            + "  int f(int x) {\r\n"
            + "    return x + 1;\r\n"
            + "  }\r\n"
            + "}\r\n");
    Files.write(
        pkg.resolve("Latin.java"),
        "package com.example.shop;\n\nclass Latin {\n  String s = \"café\";\n}\n"
            .getBytes(StandardCharsets.ISO_8859_1));

    CliRun run = check("--working-tree", "--base", "HEAD", "--format", "console,json");

    assertThat(run.code()).as("%s", run).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.firstLine()).startsWith("BLOCKED").contains("2 changed files");
    assertThat(run.out())
        .contains("src/main/java/com/example/shop/sub dir/Über Größe.java:3-5")
        .contains("src/main/java/com/example/shop/Latin.java:3-4");
    assertThat(Files.readString(repo.resolve("assay-reports/assay.json")))
        .contains("\"path\": \"src/main/java/com/example/shop/sub dir/Über Größe.java\"");
  }

  private CliRun check(String... options) {
    String[] args = new String[options.length + 3];
    args[0] = "check";
    args[1] = "--repo";
    args[2] = repo.toString();
    System.arraycopy(options, 0, args, 3, options.length);
    return CliRun.of(args);
  }
}
