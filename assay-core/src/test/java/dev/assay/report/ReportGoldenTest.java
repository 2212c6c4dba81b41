package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.engine.RunResult;
import dev.assay.report.console.ConsoleReporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format on every fixture: golden file, same bytes twice, same bytes for reordered input. */
class ReportGoldenTest {
  private static final Map<String, Supplier<RunResult>> FIXTURES = Map.of(
      "pass", RunFixtures::pass,
      "blocked", () -> RunFixtures.blocked(false),
      "error", RunFixtures::error,
      "tables", RunFixtures::tables);

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String fixture : List.of("pass", "blocked", "error", "tables")) {
      for (Reporter r : Reporters.builtIn()) {
        String name = r.fileName().isEmpty() ? "console.txt" : r.fileName();
        cases.add(Arguments.of(fixture, r, r.format() + "/" + fixture + extension(name)));
      }
      cases.add(Arguments.of(fixture, new ConsoleReporter(true, false),
          "console/" + fixture + "-color.txt"));
      cases.add(Arguments.of(fixture, new ConsoleReporter(false, true),
          "console/" + fixture + "-quiet.txt"));
    }
    return cases.stream();
  }

  private static String extension(String fileName) {
    return fileName.substring(fileName.indexOf('.'));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("cases")
  void matchesGoldenFile(String fixture, Reporter reporter, String golden) {
    Goldens.assertMatches(golden, Goldens.render(reporter, FIXTURES.get(fixture).get()));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("cases")
  void sameInputGivesSameCharacters(String fixture, Reporter reporter, String golden) {
    String first = Goldens.render(reporter, FIXTURES.get(fixture).get());
    String second = Goldens.render(reporter, FIXTURES.get(fixture).get());
    assertThat(second).isEqualTo(first);
    assertThat(first).doesNotContain("\r").endsWith("\n");
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("cases")
  void insertionOrderDoesNotChangeTheOutput(String fixture, Reporter reporter, String golden) {
    String normal = Goldens.render(reporter, RunFixtures.blocked(false));
    String reversed = Goldens.render(reporter, RunFixtures.blocked(true));
    assertThat(RunFixtures.blocked(true)).isNotEqualTo(RunFixtures.blocked(false));
    assertThat(reversed).isEqualTo(normal);
  }
}
