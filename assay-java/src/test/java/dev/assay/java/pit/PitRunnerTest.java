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

  @Test
  void mutatesOnlyChangedLines() throws Exception {
    JavaProject p = new JavaProject(dir).main("demo/Calc.java", CALC).test("demo/CalcTest.java", CALC_TEST).compile();
    PitRequest req =
        new PitRequest(
            Map.of(p.root().resolve("src/main/java/demo/Calc.java"), ChangedLines.ofLines(12, 13)),
            List.of(p.classes()),
            List.of(p.testClasses()),
            JavaProject.junitJars(),
            dir.resolve("target/pit"),
            List.of("DEFAULTS"),
            1,
            Duration.ofSeconds(4),
            List.of());
    PitOutcome out = new PitRunner().run(req);
    System.out.println(out);
    assertThat(out.error()).isEmpty();
    System.out.println(Files.readString(out.report().orElseThrow()));
  }
}
