package dev.assay.gate.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.assay.api.Finding;
import dev.assay.engine.ReportedFinding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkersTest {
  private static final String SUPPRESSION = "integrity/suppression-added";
  private static final String COVERAGE = "integrity/coverage-exclusion-added";

  @TempDir Path dir;
  private int repos;

  private List<ReportedFinding> change(String path, String base, String head) throws Exception {
    try (IntegrityRepo repo = IntegrityRepo.init(dir.resolve("r" + repos++))) {
      repo.write(path, base).base();
      return repo.write(path, head).head();
    }
  }

  private List<Finding> open(String path, String base, String head) throws Exception {
    return IntegrityRepo.open(change(path, base, head));
  }

  @Test
  void everyNeedleIsLowerCaseTextOfItsMarker() {
    // A needle the marker's own spelling does not contain would hide the marker in every file.
    for (Marker m : java.util.stream.Stream.concat(
            SuppressionMarkers.ALL.stream(), CoverageMarkers.ALL.stream()).toList()) {
      assertThat(m.needle()).as(m.kind()).isLowerCase().isNotBlank();
      assertThat(m.kind().toLowerCase(java.util.Locale.ROOT)).as(m.kind()).contains(m.needle());
    }
  }

  @Test
  void aFileWithoutAnyNeedleYieldsNoCandidates() {
    String lower = "public class Plain { int x = 1; // nothing to see }".toLowerCase();
    assertThat(Marker.candidates(SuppressionMarkers.ALL, lower)).isEmpty();
    assertThat(Marker.candidates(SuppressionMarkers.ALL, "x = 1  # noqa: e501"))
        .extracting(Marker::kind)
        .contains("# noqa");
  }

  @Test
  void candidatesOfBothTablesComeFromOnePassInTableOrder() {
    String text = "@SuppressWarnings(\"x\") // istanbul ignore next\n";
    List<List<Marker>> c =
        Marker.candidatesByTable(List.of(SuppressionMarkers.ALL, CoverageMarkers.ALL), text);
    assertThat(c.get(0)).extracting(Marker::kind).contains("@SuppressWarnings")
        .doesNotContain("istanbul ignore");
    assertThat(c.get(1)).extracting(Marker::kind).containsExactly("istanbul ignore");
  }

  @Test
  void aMarkerIsPresentWhenALineHoldingItsNeedleMatches() {
    Marker noqa = SuppressionMarkers.ALL.stream().filter(m -> m.kind().equals("# noqa"))
        .findFirst().orElseThrow();
    Marker nosec = SuppressionMarkers.ALL.stream().filter(m -> m.kind().equals("nosec"))
        .findFirst().orElseThrow();
    // The first line holding the needle does not match; a later one does, in another case.
    assertThat(Marker.presentIn(List.of(noqa), "noqa in prose\nx = 1  # NoQA: E501\n"))
        .containsExactly(noqa);
    assertThat(Marker.presentIn(List.of(noqa), "noqa in prose\n# no qa\n")).isEmpty();
    // `^` is the start of the line, as when the views are matched line by line.
    assertThat(Marker.presentIn(List.of(nosec), "x = 1\nnosec\n")).containsExactly(nosec);
    assertThat(Marker.presentIn(List.of(nosec), "x = 1\nanosec\n")).isEmpty();
    assertThat(Marker.indexOfIgnoreCase("a NOQA noqa", "noqa", 0)).isEqualTo(2);
    assertThat(Marker.indexOfIgnoreCase("a NOQA noqa", "noqa", 3)).isEqualTo(7);
    assertThat(Marker.indexOfIgnoreCase("noq", "noqa", 0)).isEqualTo(-1);
  }

  @Test
  void javaSuppressionsInCodeAndCommentsButNotInStrings() throws Exception {
    String base = "class A {\n  int f() {\n    return 1;\n  }\n}\n";
    String head = """
        class A {
          @SuppressWarnings("unchecked")
          int f() {
            String s = "NOSONAR @SuppressWarnings // nolint";
            return 1; // NOSONAR
          }
          @SuppressFBWarnings(value = "EI_EXPOSE_REP")
          int g() { return 2; } /* NOPMD */
        }
        """;
    assertThat(open("src/main/java/A.java", base, head))
        .extracting(Finding::rule, Finding::path, Finding::line, f -> f.properties().get("markers"))
        .containsExactly(
            tuple(SUPPRESSION, "src/main/java/A.java", 2, "@SuppressWarnings"),
            tuple(SUPPRESSION, "src/main/java/A.java", 5, "NOSONAR"),
            tuple(SUPPRESSION, "src/main/java/A.java", 7, "@SuppressFBWarnings"),
            tuple(SUPPRESSION, "src/main/java/A.java", 8, "NOPMD"));
  }

  @Test
  void assayIgnoreDoesNotSilenceTheGateAndIsItselfReported() throws Exception {
    String head = """
        def total(items):
            # assay:ignore integrity/suppression-added -- the linter is wrong here
            return sum(items)  # noqa: E501
        """;
    List<ReportedFinding> f = change("app/cart.py", "def total(items):\n    return 0\n", head);
    assertThat(f).allMatch(ReportedFinding::isOpen);
    assertThat(f).extracting(r -> r.finding().line(), r -> r.finding().properties().get("markers"))
        .containsExactly(tuple(2, "assay:ignore"), tuple(3, "# noqa"));
  }

  @Test
  void javascriptTypescriptGoPythonAndOtherLinters() throws Exception {
    String ts = """
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const a: any = 1;
        // @ts-ignore
        const b: number = "x";
        const c = "eslint-disable @ts-ignore"; // plain comment
        """;
    assertThat(open("web/src/a.ts", "const z = 0;\n", ts)).extracting(Finding::line)
        .containsExactly(1, 3);
    String go = "package x\n\nfunc F() int {\n\treturn 1 //nolint:gomnd\n}\n";
    assertThat(open("pkg/x/f.go", "package x\n", go)).extracting(Finding::line).containsExactly(4);
    String py = "import os  # type: ignore\nx = 1  # pylint: disable=invalid-name\ny = '# noqa'\n";
    assertThat(open("tool.py", "z = 0\n", py)).extracting(Finding::line).containsExactly(1, 2);
    String rust = "#[allow(dead_code)]\nfn f() -> &'static str { \"#[allow(x)]\" }\n";
    assertThat(open("src/lib.rs", "fn g() {}\n", rust)).extracting(Finding::line)
        .containsExactly(1);
    String kt = "@Suppress(\"UNCHECKED_CAST\")\nfun f() = 1\n";
    assertThat(open("src/main/kotlin/F.kt", "fun g() = 2\n", kt)).extracting(Finding::line)
        .containsExactly(1);
  }

  @Test
  void onlyAddedLinesCount() throws Exception {
    String base = "class A {\n  int f() { return 1; } // NOSONAR\n}\n";
    String head = "class A {\n  int f() { return 1; } // NOSONAR\n  int g() { return 2; }\n}\n";
    assertThat(open("A.java", base, head)).isEmpty();
  }

  @Test
  void inSourceCoverageExclusions() throws Exception {
    String py = "def f():  # pragma: no cover\n    return 1\n";
    assertThat(open("app/f.py", "x = 1\n", py))
        .extracting(Finding::rule, Finding::line).containsExactly(tuple(COVERAGE, 1));
    String js = "/* istanbul ignore next */\nfunction f() {}\n/* c8 ignore next */\nfunction g() {}\n";
    assertThat(open("src/f.js", "const x = 1;\n", js)).extracting(Finding::line)
        .containsExactly(1, 3);
    String java = "import lombok.Generated;\n\n@Generated\nclass Service {\n  @Id @GeneratedValue Long id;\n}\n";
    assertThat(open("src/main/java/Service.java", "class Service {}\n", java))
        .extracting(Finding::rule, Finding::line).containsExactly(tuple(COVERAGE, 3));
    String cs = "[ExcludeFromCodeCoverage]\npublic class Startup {}\n";
    assertThat(open("src/Startup.cs", "public class Startup {}\n", cs)).extracting(Finding::line)
        .containsExactly(1);
  }

  @Test
  void generatedAnnotationInGeneratedCodeIsNotReported() throws Exception {
    String gen = "// Code generated by protoc. DO NOT EDIT.\n@Generated(\"protoc\")\nclass Msg {}\n";
    assertThat(open("src/main/java/Msg.java", "class Msg {}\n", gen)).isEmpty();
  }

  @Test
  void jacocoExcludesInMavenAndGradle() throws Exception {
    String pom = """
        <project>
          <build><plugins>
            <plugin>
              <groupId>org.apache.maven.plugins</groupId>
              <artifactId>maven-surefire-plugin</artifactId>
            </plugin>
            <plugin>
              <groupId>org.jacoco</groupId>
              <artifactId>jacoco-maven-plugin</artifactId>
              <configuration>
              </configuration>
            </plugin>
          </plugins></build>
        </project>
        """;
    String excluded = pom.replace("      <configuration>\n", "      <configuration>\n"
        + "        <excludes>\n          <exclude>com/acme/billing/**</exclude>\n"
        + "        </excludes>\n");
    assertThat(open("pom.xml", pom, excluded)).extracting(Finding::rule, Finding::line)
        .containsExactly(tuple(COVERAGE, 11), tuple(COVERAGE, 12), tuple(COVERAGE, 13));
    String gradle = "plugins { id 'jacoco' }\njacocoTestReport {\n  reports { xml.required = true }\n}\n";
    String gradleExcluded = gradle.replace("  reports {", """
          afterEvaluate {
            classDirectories.setFrom(files(classDirectories.files.collect {
              fileTree(dir: it, exclude: [
                'com/acme/legacy/**',
              ])
            }))
          }
          reports {""");
    assertThat(open("build.gradle", gradle, gradleExcluded)).extracting(Finding::line)
        .contains(5, 6);
  }

  @Test
  void coverageConfigurationOfPythonJavascriptCodecovAndSonar() throws Exception {
    String rc = "[run]\nbranch = True\nomit =\n    */migrations/*\n";
    assertThat(open(".coveragerc", "[run]\nbranch = True\n", rc)).extracting(Finding::line)
        .containsExactly(3, 4);
    String toml = "[tool.coverage.run]\nomit = [\n  \"src/legacy/*\",\n]\n[tool.black]\nline-length = 100\n";
    assertThat(open("pyproject.toml", "[tool.black]\nline-length = 100\n", toml))
        .extracting(Finding::line).containsExactly(1 + 1, 3, 4);
    String jest = """
        module.exports = {
          testEnvironment: 'node',
          coveragePathIgnorePatterns: ['/node_modules/', '/src/legacy/'],
          collectCoverageFrom: ['src/**/*.js', '!src/payments/**'],
        };
        """;
    String jestBase = "module.exports = {\n  testEnvironment: 'node',\n};\n";
    assertThat(open("jest.config.js", jestBase, jest)).extracting(Finding::line)
        .containsExactly(3, 4);
    String vitest = "export default {\n  test: {\n    coverage: {\n      exclude: ['src/gen/**'],\n    },\n  },\n};\n";
    assertThat(open("vitest.config.ts", "export default {};\n", vitest)).extracting(Finding::line)
        .contains(4);
    String codecov = "coverage:\n  status:\n    project: on\nignore:\n  - \"src/legacy\"\n";
    assertThat(open("codecov.yml", "coverage:\n  status:\n    project: on\n", codecov))
        .extracting(Finding::line).containsExactly(4, 5);
    String sonar = "sonar.projectKey=acme\nsonar.coverage.exclusions=**/dto/**\n";
    assertThat(open("sonar-project.properties", "sonar.projectKey=acme\n", sonar))
        .extracting(Finding::line).containsExactly(2);
  }
}
