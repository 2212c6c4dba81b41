package dev.assay.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleCompilerTest {
  @TempDir Path dir;

  @Test
  void compilesAgainstTheJunitApiItFindsOnItsOwnClassPath() throws Exception {
    Path sources =
        write(
            "src/p/SomeTest.java",
            """
            package p;

            class SomeTest {
              @org.junit.jupiter.api.Test
              void works() {
                org.junit.jupiter.api.Assertions.assertEquals(2, 1 + 1);
              }
            }
            """);

    ExampleCompiler.ofSystem()
        .compile(sources, ExampleCompiler.junitApiClasspath(), dir.resolve("classes"));

    assertThat(dir.resolve("classes/p/SomeTest.class")).isRegularFile();
  }

  @Test
  void junitApiClasspathHoldsTheTestAnnotation() throws Exception {
    List<Path> classpath = ExampleCompiler.junitApiClasspath();

    Path first = classpath.get(0);
    if (Files.isDirectory(first)) {
      assertThat(first.resolve("org/junit/jupiter/api/Test.class")).isRegularFile();
    } else {
      try (ZipFile jar = new ZipFile(first.toFile())) {
        assertThat(jar.getEntry("org/junit/jupiter/api/Test.class")).isNotNull();
      }
    }
  }

  @Test
  void compileErrorsNameTheFileAndLine() throws Exception {
    Path sources =
        write(
            "src/p/Broken.java",
            """
            package p;

            class Broken { int x = "text"; }
            """);

    assertThatThrownBy(
            () -> ExampleCompiler.ofSystem().compile(sources, List.of(), dir.resolve("classes")))
        .isInstanceOf(DemoException.class)
        .hasMessageContaining("did not compile")
        .hasMessageContaining("Broken.java:3: ");
  }

  private Path write(String path, String content) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return dir.resolve("src");
  }
}
