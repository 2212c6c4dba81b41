package dev.assay.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jacoco.core.data.ExecutionData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class CoverageRunTest {
  @TempDir Path dir;

  @Test
  void countsFailingTestsAndRecordsWhichProbesRan() throws Exception {
    write(
        "main/p/Sign.java",
        """
        package p;

        public class Sign {
          public static String of(int n) {
            if (n < 0) {
              return "negative";
            }
            return "positive";
          }
        }
        """);
    write(
        "test/p/SignTest.java",
        """
        package p;

        import static org.junit.jupiter.api.Assertions.assertEquals;

        class SignTest {
          @org.junit.jupiter.api.Test
          void positive() {
            assertEquals("positive", Sign.of(1));
          }

          @org.junit.jupiter.api.Test
          void zeroIsNotPositive() {
            assertEquals("zero", Sign.of(0));
          }
        }
        """);
    ExampleCompiler javac = ExampleCompiler.ofSystem();
    List<Path> classpath = new ArrayList<>(ExampleCompiler.junitApiClasspath());
    javac.compile(dir.resolve("main"), classpath, dir.resolve("classes"));
    classpath.add(dir.resolve("classes"));
    javac.compile(dir.resolve("test"), classpath, dir.resolve("test-classes"));

    CoverageRun.Outcome outcome =
        CoverageRun.run(
            dir.resolve("classes"), dir.resolve("test-classes"), dir.resolve("reports"));

    assertThat(outcome.tests().run()).isEqualTo(2);
    assertThat(outcome.tests().failed()).isEqualTo(1);
    assertThat(outcome.tests().failures())
        .singleElement()
        .asString()
        .startsWith("zeroIsNotPositive()")
        .contains("expected: <zero>");
    Element suite =
        XmlReports.parse(dir.resolve("reports/TEST-junit-jupiter.xml")).getDocumentElement();
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    // only main classes are instrumented: p/Sign, not the test
    assertThat(outcome.executionData().getContents())
        .extracting(ExecutionData::getName)
        .containsExactly("p/Sign");
    ExecutionData sign = outcome.executionData().getContents().iterator().next();
    // the negative branch never ran, the rest did
    assertThat(sign.getProbes()).contains(true, false);
  }

  private void write(String path, String content) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
