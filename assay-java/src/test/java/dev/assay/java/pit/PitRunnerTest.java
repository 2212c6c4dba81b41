package dev.assay.java.pit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.ChangedLines;
import dev.assay.java.mutation.JavaProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PitRunnerTest {
  @TempDir Path dir;

  static final String CALC =
      """
      package demo;

      public class Calc {
        public static int max(int a, int b) {
          return a > b ? a : b;
        }

        public static int clamp(int v, int lo, int hi) {
          if (v < lo) {
            return lo;
          }
          if (v > hi) {
            return hi;
          }
          return v;
        }
      }
      """;

  static final String CALC_TEST =
      """
      package demo;

      import static org.junit.jupiter.api.Assertions.assertEquals;

      import org.junit.jupiter.api.Test;

      class CalcTest {
        @Test
        void max() {
          assertEquals(3, Calc.max(3, 1));
          assertEquals(3, Calc.max(1, 3));
        }

        @Test
        void clamp() {
          Calc.clamp(5, 0, 10);
          assertEquals(0, Calc.clamp(-1, 0, 10));
        }
      }
      """;

  private PitRequest request(JavaProject p, boolean skipFailing) {
    return new PitRequest(
        p.root(),
        Map.of(p.root().resolve("src/main/java/demo/Calc.java"), ChangedLines.ofLines(12, 13)),
        List.of(p.classes()),
        List.of(p.testClasses()),
        JavaProject.junitJars(),
        dir.resolve("target/pit"),
        List.of("DEFAULTS"),
        1,
        Duration.ofSeconds(4),
        List.of(),
        skipFailing,
        false);
  }

  @Test
  void mutatesOnlyChangedLines() throws Exception {
    JavaProject p =
        new JavaProject(dir)
            .main("demo/Calc.java", CALC)
            .test("demo/CalcTest.java", CALC_TEST)
            .compile();
    PitOutcome out = new PitRunner().run(request(p, false));
    assertThat(out.error()).isEmpty();
    String xml = Files.readString(out.report().orElseThrow());
    List<String> lines = grep(xml, "<lineNumber>(\\d+)</lineNumber>");
    assertThat(lines).isNotEmpty().allMatch(l -> l.equals("12") || l.equals("13"));
    assertThat(xml).contains("status='SURVIVED'").contains("status='NO_COVERAGE'");
    assertThat(out.testClasses()).isEqualTo(1);
  }

  @Test
  void aTestThatFailsWithoutMutationIsSkippedOnlyWhenAsked() throws Exception {
    JavaProject p =
        new JavaProject(dir)
            .main("demo/Calc.java", CALC)
            .test("demo/CalcTest.java", CALC_TEST)
            .test(
                "demo/BrokenTest.java",
                "package demo;\n"
                    + "class BrokenTest {\n"
                    + "  @org.junit.jupiter.api.Test void t() {\n"
                    + "    org.junit.jupiter.api.Assertions.assertEquals(1, Calc.max(0, 0));\n"
                    + "  }\n"
                    + "}\n")
            .compile();
    PitOutcome strict = new PitRunner().run(request(p, false));
    assertThat(strict.error()).hasValueSatisfying(e -> assertThat(e).startsWith("PIT failed"));
    PitOutcome lenient = new PitRunner().run(request(p, true));
    assertThat(lenient.error()).isEmpty();
    assertThat(lenient.report()).isPresent();
  }

  @Test
  void withNoTestReachingTheChangeEveryMutantIsUncovered() throws Exception {
    JavaProject p =
        new JavaProject(dir)
            .main("demo/Calc.java", CALC)
            .test(
                "demo/OtherTest.java",
                "package demo;\nclass OtherTest {\n  @org.junit.jupiter.api.Test void t() {}\n}\n")
            .compile();
    PitOutcome out = new PitRunner().run(request(p, false));
    assertThat(out.testClasses()).isZero();
    assertThat(out.error()).isEmpty();
    String xml = Files.readString(out.report().orElseThrow());
    assertThat(xml).contains("status='NO_COVERAGE'").doesNotContain("status='KILLED'");
  }

  private static List<String> grep(String text, String regex) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
