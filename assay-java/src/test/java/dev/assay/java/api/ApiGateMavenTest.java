package dev.assay.java.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.assay.api.Finding;
import dev.assay.api.Status;
import dev.assay.check.Check;
import dev.assay.check.CheckRequest;
import dev.assay.engine.GateReport;
import dev.assay.engine.ReportedFinding;
import dev.assay.testkit.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end with a real Maven build: a one-module Maven library in a git repository, the base
 * built by {@code ./mvnw package} in an export of its commit, the head (uncommitted work tree) built
 * in place, the versions read from the jars' pom.properties. Uses this project's Maven wrapper and
 * runs offline, so the plugins Assay's own build uses must be in the local repository.
 */
class ApiGateMavenTest {
  @TempDir Path dir;

  static final String POM = """
      <?xml version="1.0" encoding="UTF-8"?>
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>com.acme</groupId>
        <artifactId>shapes</artifactId>
        <version>%s</version>
        <properties>
          <maven.compiler.release>17</maven.compiler.release>
          <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
        </properties>
        <build>
          <plugins>
            <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
            <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
            <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.2</version></plugin>
            <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
          </plugins>
        </build>
      </project>
      """;

  static final String SHAPE = """
      package com.acme.shapes;

      public interface Shape {
        double area();
      }
      """;

  static final String CIRCLE = """
      package com.acme.shapes;

      public class Circle implements Shape {
        private final double r;

        public Circle(double r) {
          this.r = r;
        }

        @Override
        public double area() {
          return Math.PI * r * r;
        }
      }
      """;

  /** This project's Maven wrapper (the same Maven that builds Assay, so its plugins are local). */
  private static Path wrapperRoot() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("mvnw"))
          && Files.isRegularFile(d.resolve(".mvn/wrapper/maven-wrapper.properties"))) {
        return d;
      }
    }
    return null;
  }

  @Test
  void interfaceMethodAddedInAMinorVersionOfAMavenLibrary() throws Exception {
    Path wrapper = wrapperRoot();
    assumeTrue(wrapper != null, "no Maven wrapper above " + Path.of("").toAbsolutePath());
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.writeBytes("mvnw", Files.readAllBytes(wrapper.resolve("mvnw")))
          .writeBytes(".mvn/wrapper/maven-wrapper.properties",
              Files.readAllBytes(wrapper.resolve(".mvn/wrapper/maven-wrapper.properties")));
      repo.dir().resolve("mvnw").toFile().setExecutable(true);
      repo.write(".assay.yml", """
              version: 1
              gates:
                tests: off
                coverage: off
                api:
                  enabled: true
                  build: ./mvnw -B -q -o -DskipTests package
              """)
          .write(".gitignore", "target/\n")
          .write("pom.xml", POM.formatted("1.0.0"))
          .write("src/main/java/com/acme/shapes/Shape.java", SHAPE)
          .write("src/main/java/com/acme/shapes/Circle.java", CIRCLE);
      repo.commit("shapes 1.0.0");
      repo.write("pom.xml", POM.formatted("1.1.0"))
          .write("src/main/java/com/acme/shapes/Shape.java",
              SHAPE.replace("double area();", "double area();\n\n  double perimeter();"))
          .write("src/main/java/com/acme/shapes/Circle.java", CIRCLE.replace("  @Override\n"
              + "  public double area()", "  @Override\n  public double perimeter() {\n"
              + "    return 2 * Math.PI * r;\n  }\n\n  @Override\n  public double area()"));
      CheckRequest request = new CheckRequest(repo.dir(), Optional.of("HEAD"), Optional.empty(),
          true, Optional.empty(), Optional.empty(), CheckRequest.DEFAULT_MAX_FILE_BYTES);
      GateReport api = Check.run(request).result().gates().stream()
          .filter(g -> g.id().equals("api")).findFirst().orElseThrow();
      List<Finding> f = api.findings().stream().map(ReportedFinding::finding).toList();
      assertThat(api.status()).as(api.summary() + " " + api.notes()).isEqualTo(Status.FAIL);
      assertThat(api.summary()).startsWith("shapes 1.0.0 -> 1.1.0:");
      assertThat(f).extracting(Finding::rule)
          .containsExactlyInAnyOrder(ApiGate.SOURCE, ApiGate.SEMVER);
      Finding brk = f.stream().filter(x -> x.rule().equals(ApiGate.SOURCE)).findFirst().orElseThrow();
      assertThat(brk.path()).isEqualTo("src/main/java/com/acme/shapes/Shape.java");
      assertThat(brk.line()).isEqualTo(6);
      assertThat(brk.message()).startsWith("Interface `Shape` gained abstract method"
          + " `Shape.perimeter()`").endsWith("Give the new method a default implementation so"
          + " existing implementations keep working, or release this as 2.0.0 or later.");
      Finding sv = f.stream().filter(x -> x.rule().equals(ApiGate.SEMVER)).findFirst().orElseThrow();
      assertThat(sv.path()).isEqualTo("pom.xml");
      assertThat(sv.line()).isEqualTo(6);
      assertThat(Files.exists(repo.dir().resolve("target/shapes-1.1.0.jar"))).isTrue();
      assertThat(api.notes()).anyMatch(n -> n.startsWith("Head built in the work tree with `./mvnw"));
    }
  }
}
