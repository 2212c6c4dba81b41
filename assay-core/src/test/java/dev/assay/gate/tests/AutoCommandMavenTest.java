package dev.assay.gate.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Finding;
import dev.assay.api.Status;
import dev.assay.check.Check;
import dev.assay.check.CheckRequest;
import dev.assay.engine.GateReport;
import dev.assay.engine.ReportedFinding;
import dev.assay.engine.RunResult;
import dev.assay.testkit.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code command: auto} on a real Maven project with no coverage set up: Assay runs the project's
 * Maven wrapper with JaCoCo added by coordinates, then the tests and coverage gates read the
 * Surefire and JaCoCo reports that real run wrote. One test fails on purpose, which must not stop
 * the coverage report from being written.
 */
class AutoCommandMavenTest {
  @TempDir Path dir;

  static final String POM = """
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>example</groupId>
        <artifactId>calc</artifactId>
        <version>1</version>
        <properties>
          <maven.compiler.release>17</maven.compiler.release>
          <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
        </properties>
        <dependencies>
          <dependency>
            <groupId>org.junit.jupiter</groupId>
            <artifactId>junit-jupiter</artifactId>
            <version>5.11.3</version>
            <scope>test</scope>
          </dependency>
        </dependencies>
        <build>
          <plugins>
            <plugin>
              <artifactId>maven-compiler-plugin</artifactId>
              <version>3.13.0</version>
            </plugin>
            <plugin>
              <artifactId>maven-surefire-plugin</artifactId>
              <version>3.5.2</version>
            </plugin>
          </plugins>
        </build>
      </project>
      """;

  @Test
  void runsTheMavenBuildWithJacocoAndReadsWhatItWrote() throws Exception {
    Path root = Path.of("").toAbsolutePath().getParent();
    try (TestRepo repo = TestRepo.init(dir)) {
      Files.createDirectories(dir.resolve(".mvn/wrapper"));
      Files.copy(root.resolve(".mvn/wrapper/maven-wrapper.properties"),
          dir.resolve(".mvn/wrapper/maven-wrapper.properties"));
      Files.copy(root.resolve("mvnw"), dir.resolve("mvnw"), StandardCopyOption.COPY_ATTRIBUTES);
      repo.write(".gitignore", "target/\n");
      repo.write("pom.xml", POM);
      repo.write(".assay.yml", """
          gates:
            tests:
              command: auto
            coverage: { changed-lines: 10% }
          """);
      repo.write("src/main/java/calc/Calc.java", """
          package calc;

          public class Calc {
            public int add(int a, int b) {
              return a + b;
            }
          }
          """);
      repo.write("src/test/java/calc/CalcTest.java", """
          package calc;

          import static org.junit.jupiter.api.Assertions.assertEquals;

          import org.junit.jupiter.api.Test;

          class CalcTest {
            @Test
            void adds() {
              assertEquals(3, new Calc().add(1, 2));
            }
          }
          """);
      repo.stage(".").commit("base");
      repo.branch("change").checkout("change");
      repo.write("src/main/java/calc/Calc.java", """
          package calc;

          public class Calc {
            public int add(int a, int b) {
              return a + b;
            }

            public int half(int a) {
              if (a < 0) {
                throw new IllegalArgumentException("negative");
              }
              return a / 2;
            }
          }
          """);
      repo.write("src/test/java/calc/HalfTest.java", """
          package calc;

          import static org.junit.jupiter.api.Assertions.assertEquals;

          import org.junit.jupiter.api.Test;

          class HalfTest {
            @Test
            void halves() {
              assertEquals(3, new Calc().half(7));
            }

            @Test
            void wrongOnPurpose() {
              assertEquals(4, new Calc().half(7));
            }
          }
          """).commit("half");

      RunResult r = Check.run(new CheckRequest(dir, Optional.of("main"), Optional.empty(), false,
          Optional.empty(), Optional.empty(), CheckRequest.DEFAULT_MAX_FILE_BYTES)).result();

      GateReport tests = gate(r, "tests");
      assertThat(tests.notes()).anySatisfy(n -> assertThat(n)
          .startsWith("Detected a Maven build: ran `./mvnw -q -B").contains("jacoco"));
      assertThat(tests.summary()).as(tests.notes().toString()).startsWith("1 of 3 tests failed");
      assertThat(r.findings()).map(ReportedFinding::finding).filteredOn(f -> f.gate().equals("tests"))
          .extracting(Finding::rule).contains("tests/failed");
      GateReport coverage = gate(r, "coverage");
      assertThat(coverage.status()).as(coverage.summary() + " " + coverage.notes())
          .isEqualTo(Status.PASS);
      // half(): the if, the throw and the division are its executable lines; the throw never runs.
      assertThat(coverage.summary()).startsWith("66.6% of 3 changed executable lines covered");
      assertThat(dir.resolve("target/site/jacoco/jacoco.xml")).isRegularFile();
    }
  }

  private static GateReport gate(RunResult r, String id) {
    return r.gates().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
  }
}
