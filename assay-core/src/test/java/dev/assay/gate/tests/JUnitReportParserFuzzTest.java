package dev.assay.gate.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

class JUnitReportParserFuzzTest {

  /** Any bytes yield an outcome, never an exception, and counts stay consistent. */
  @FuzzTest(maxDuration = "30s")
  void parseNeverThrows(byte[] input) {
    ReportOutcome o = new JUnitReportParser().parse(new ByteArrayInputStream(input), "fuzz.xml");
    assertThat(o).isNotNull();
    if (o instanceof ReportOutcome.Parsed p) {
      assertThat(p.failures() + p.errors()).isEqualTo(p.failed().size());
      assertThat(p.failures() + p.errors()).isLessThanOrEqualTo(p.tests());
      p.failed().forEach(f -> assertThat(f.trace().length())
          .isLessThanOrEqualTo(JUnitReportParser.MAX_TRACE));
    }
  }
}
