package dev.assay.gate.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes each parser: whatever the bytes, reading ends in data or a located {@link
 * ReportException}, never another exception, and the retained data is consistent. Runs its seeds
 * (ReportParserFuzzTestInputs/) in regression mode during {@code mvn test}; set JAZZER_FUZZ=1 to
 * fuzz.
 */
class ReportParserFuzzTest {
  /** Files the seeds mention, so that mapping and retention are exercised too. */
  private static final List<String> INTEREST =
      List.of(
          "billing/src/main/java/com/acme/util/Strings.java",
          "catalog/src/main/java/com/acme/util/Units.java",
          "calc/grades.py",
          "src/pricing.js");

  private static final ReportSource SOURCE =
      ReportSource.of("billing/target/site/jacoco/jacoco.xml");

  @FuzzTest
  void jacoco(byte[] input) throws Exception {
    readXml(input);
  }

  @FuzzTest
  void cobertura(byte[] input) throws Exception {
    readXml(input);
  }

  @FuzzTest
  void lcov(byte[] input) throws Exception {
    CoverageData data = new CoverageData();
    PathMapper mapper = new PathMapper(Path.of("/repo"), INTEREST, List.of());
    try {
      new LcovReportParser(mapper, data)
          .parse(
              new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8),
              ReportSource.of("coverage/lcov.info"));
    } catch (ReportException e) {
      assertThat(e.getMessage()).startsWith("coverage/lcov.info");
      return;
    }
    consistent(data);
  }

  private static void readXml(byte[] input) throws Exception {
    CoverageData data = new CoverageData();
    PathMapper mapper = new PathMapper(Path.of("/repo"), INTEREST, List.of());
    try {
      new ReportReader(mapper, data).read(new ByteArrayInputStream(input), SOURCE);
    } catch (ReportException e) {
      assertThat(e.getMessage()).startsWith(SOURCE.path());
      return;
    }
    consistent(data);
  }

  private static void consistent(CoverageData data) {
    assertThat(INTEREST).containsAll(data.retainedFiles());
    for (String f : data.retainedFiles()) {
      for (Map.Entry<Integer, LineHit> e : data.lines(f).orElseThrow().entrySet()) {
        assertThat(e.getKey()).isPositive();
        assertThat(e.getValue().branchesCovered())
            .isBetween(0, Math.max(0, e.getValue().branchesTotal()));
      }
    }
  }
}
