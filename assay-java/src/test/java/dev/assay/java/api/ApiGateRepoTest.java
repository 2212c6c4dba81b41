package dev.assay.java.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Finding;
import dev.assay.api.Status;
import dev.assay.check.Check;
import dev.assay.check.CheckRequest;
import dev.assay.engine.GateReport;
import dev.assay.engine.ReportedFinding;
import dev.assay.engine.RunResult;
import dev.assay.testkit.TestRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate through {@link Check#run}, as the CLI runs it, on a real git history: the base and the
 * head are exported from their commits and built by a real build script (javac and jar), and the
 * ServiceLoader finds the gate.
 */
class ApiGateRepoTest {
  @TempDir Path dir;

  static final String BUILD = """
      set -e
      [ -d lib ] || exit 0
      rm -rf target && mkdir -p target/classes
      javac -g -d target/classes $(find lib/src/main/java -name '*.java')
      jar cf target/lib-$(cat VERSION).jar -C target/classes .
      """;

  static final String CRITERIA = """
      version: 1
      gates:
        tests: off
        coverage: off
        api:
          enabled: true
          build: sh build.sh
      """;

  static final String LIB = """
      package com.acme;

      /** A parser. */
      public class Parser {
        public static final int LIMIT = 10;

        public int parse(String text) {
          return text.length();
        }

        public String name() {
          return "parser";
        }
      }
      """;

  static final String APP = """
      package app;

      import com.acme.Parser;

      public class Main {
        public static void main(String[] args) {
          Parser p = new Parser();
          System.out.println(p.parse(args[0]));
        }
      }
      """;

  private TestRepo base(String version) {
    TestRepo repo = TestRepo.init(dir);
    repo.write(".assay.yml", CRITERIA).write("build.sh", BUILD).write("VERSION", version)
        .write("lib/src/main/java/com/acme/Parser.java", LIB)
        .write("app/src/main/java/app/Main.java", APP);
    repo.commit("base");
    repo.branch("change").checkout("change");
    return repo;
  }

  private static RunResult check(TestRepo repo) throws Exception {
    CheckRequest request = new CheckRequest(repo.dir(), Optional.of("main"), Optional.empty(),
        false, Optional.empty(), Optional.empty(), CheckRequest.DEFAULT_MAX_FILE_BYTES);
    return Check.run(request).result();
  }

  private static GateReport api(RunResult r) {
    return r.gates().stream().filter(g -> g.id().equals("api")).findFirst().orElseThrow();
  }

  private static List<Finding> findings(GateReport g) {
    return g.findings().stream().map(ReportedFinding::finding).toList();
  }

  @Test
  void removedMethodInAMinorVersionFailsWithCallersAndSemver() throws Exception {
    try (TestRepo repo = base("1.4.0")) {
      repo.write("VERSION", "1.5.0").write("lib/src/main/java/com/acme/Parser.java",
          LIB.replace("""
                public int parse(String text) {
                  return text.length();
                }

              """, ""));
      repo.commit("drop parse");
      GateReport api = api(check(repo));
      assertThat(api.status()).isEqualTo(Status.FAIL);
      List<Finding> f = findings(api);
      assertThat(f).extracting(Finding::rule)
          .containsExactlyInAnyOrder(ApiGate.BINARY, ApiGate.SEMVER);
      Finding brk = f.stream().filter(x -> x.rule().equals(ApiGate.BINARY)).findFirst().orElseThrow();
      assertThat(brk.path()).isEqualTo("lib/src/main/java/com/acme/Parser.java");
      assertThat(brk.line()).isEqualTo(4);
      assertThat(brk.message()).startsWith("`Parser.parse(String)` was removed (lib).")
          .contains("NoSuchMethodError")
          .contains("app/src/main/java/app/Main.java:8")
          .contains("release this as 2.0.0 or later");
      assertThat(brk.properties()).containsEntry("use-sites", "app/src/main/java/app/Main.java:8")
          .containsEntry("base-version", "1.4.0").containsEntry("head-version", "1.5.0");
      Finding sv = f.stream().filter(x -> x.rule().equals(ApiGate.SEMVER)).findFirst().orElseThrow();
      assertThat(sv.message()).contains("from 1.4.0 to 1.5.0 (a minor version change)")
          .contains("needs 2.0.0");
      assertThat(api.notes()).anyMatch(n -> n.startsWith("Built the base ("));
    }
  }

  @Test
  void majorVersionAllowsTheBreakAndListsIt() throws Exception {
    try (TestRepo repo = base("1.4.0")) {
      repo.write("VERSION", "2.0.0").write("lib/src/main/java/com/acme/Parser.java",
          LIB.replace("public int parse(String text)", "public long parse(String text)"));
      repo.commit("parse returns long");
      GateReport api = api(check(repo));
      assertThat(api.status()).isEqualTo(Status.PASS);
      assertThat(findings(api)).singleElement().satisfies(f -> {
        assertThat(f.rule()).isEqualTo(ApiGate.ALLOWED);
        assertThat(f.line()).isEqualTo(7);
        assertThat(f.message()).startsWith("The return type of `Parser.parse(String)` changed from"
            + " int to long").contains("Allowed: 2.0.0 is a new major version after 1.4.0");
      });
    }
  }

  @Test
  void additionsPass() throws Exception {
    try (TestRepo repo = base("1.4.0")) {
      repo.write("VERSION", "1.5.0").write("lib/src/main/java/com/acme/Parser.java",
          LIB.replace("public String name()", "public String id() { return \"p\"; }\n\n"
              + "  public String name()"));
      repo.commit("add id()");
      GateReport api = api(check(repo));
      assertThat(api.status()).isEqualTo(Status.PASS);
      assertThat(api.findings()).isEmpty();
      assertThat(api.metrics()).containsEntry("additions", "1");
    }
  }

  @Test
  void headThatDoesNotCompileIsAnErrorWithTheCompilerMessage() throws Exception {
    try (TestRepo repo = base("1.4.0")) {
      repo.write("lib/src/main/java/com/acme/Parser.java", LIB.replace("return text.length();",
          "return text.lenght();"));
      repo.commit("typo");
      GateReport api = api(check(repo));
      assertThat(api.status()).isEqualTo(Status.ERROR);
      assertThat(api.summary()).contains("building the head (").contains("`sh build.sh` failed")
          .contains("cannot find symbol").contains("lenght");
    }
  }

  @Test
  void workTreeHeadUsesTheJarsAlreadyBuiltThereAgainstAReleasedBaseJar() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write(".assay.yml", CRITERIA.replace("build: sh build.sh",
              "base-jar: releases/lib-1.0.0.jar"))
          .write(".gitignore", "target/\n");
      Path release = TestJars.jar(dir.resolve("tmp-release"), "lib-1.0.0.jar",
          java.util.Map.of("com/acme/Parser.java", LIB));
      repo.writeBytes("releases/lib-1.0.0.jar", java.nio.file.Files.readAllBytes(release));
      repo.commit("release 1.0.0");
      Path built = TestJars.jar(dir.resolve("tmp-build"), "lib-1.0.1.jar", java.util.Map.of(
          "com/acme/Parser.java", LIB.replace("public static final int LIMIT = 10;", "")));
      java.nio.file.Files.createDirectories(dir.resolve("target"));
      java.nio.file.Files.copy(built, dir.resolve("target/lib-1.0.1.jar"));
      CheckRequest request = new CheckRequest(repo.dir(), Optional.of("HEAD"), Optional.empty(),
          true, Optional.empty(), Optional.empty(), CheckRequest.DEFAULT_MAX_FILE_BYTES);
      GateReport api = api(Check.run(request).result());
      assertThat(api.summary()).isEqualTo("lib 1.0.0 -> 1.0.1: 1 binary and 0 source-only breaks,"
          + " 0 additions");
      assertThat(api.notes()).anyMatch(n -> n.startsWith("Head jars taken as already built in"
          + " the work tree (1)"));
      assertThat(findings(api)).extracting(Finding::rule)
          .containsExactlyInAnyOrder(ApiGate.BINARY, ApiGate.SEMVER);
    }
  }

  @Test
  void aChangeWithNoSourceOrBuildFileIsSkippedWithoutBuilding() throws Exception {
    try (TestRepo repo = base("1.4.0")) {
      repo.write("README.md", "docs only\n").commit("docs");
      GateReport api = api(check(repo));
      assertThat(api.status()).isEqualTo(Status.SKIPPED);
      assertThat(api.summary()).contains("touches no JVM source or build file");
      assertThat(api.notes()).noneMatch(n -> n.startsWith("Built the"));
    }
  }

  @Test
  void baseWithoutTheLibraryIsAFirstReleaseAndSkipped() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write(".assay.yml", CRITERIA).write("build.sh", BUILD).write("VERSION", "0.1.0")
          .write("README.md", "soon\n");
      repo.commit("base");
      repo.branch("change").checkout("change");
      repo.write("lib/src/main/java/com/acme/Parser.java", LIB);
      repo.commit("first library code");
      GateReport api = api(check(repo));
      assertThat(api.status()).isEqualTo(Status.SKIPPED);
      assertThat(api.summary()).contains("first release");
    }
  }
}
