package dev.assay.gate.coverage;

import static dev.assay.gate.coverage.TestReports.branches;
import static dev.assay.gate.coverage.TestReports.covered;
import static dev.assay.gate.coverage.TestReports.missed;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each parser on real tool output; the expected line sets follow from the fixture sources (which
 * branches their tests take), not from the parser.
 */
class ReportParsersTest {
  private static final String BILLING = "maven/billing/src/main/java/com/acme/util/Strings.java";
  private static final String CATALOG = "maven/catalog/src/main/java/com/acme/util/Strings.java";
  private static final String UNITS = "maven/catalog/src/main/java/com/acme/util/Units.java";
  private static final String PRICING = "js/src/pricing.js";
  private static final String GRADES = "python/calc/grades.py";

  @TempDir Path dir;

  @Test
  void jacocoBillingModule() throws Exception {
    TestReports.copy("maven", dir);
    CoverageData d =
        TestReports.read(
            dir, "maven/billing/target/site/jacoco/jacoco.xml", List.of(BILLING, CATALOG));
    // pad() runs with 42: the negative guard's throw (10) and initials() (20-26) never run
    assertThat(covered(d, BILLING)).containsExactly(9, 12, 13, 14, 16);
    assertThat(missed(d, BILLING)).containsExactly(10, 20, 21, 22, 23, 26);
    assertThat(branches(d, BILLING)).isEqualTo(Map.of(9, "1/2", 13, "2/2", 21, "0/2", 22, "0/2"));
    assertThat(d.retainedFiles()).containsExactly(BILLING);
    assertThat(d.extensions()).contains("java", "kt", "groovy", "scala");
  }

  @Test
  void jacocoCatalogModuleWithUntestedClass() throws Exception {
    TestReports.copy("maven", dir);
    CoverageData d =
        TestReports.read(
            dir, "maven/catalog/target/site/jacoco/jacoco.xml", List.of(BILLING, CATALOG, UNITS));
    assertThat(covered(d, CATALOG)).containsExactly(8, 9, 13, 16);
    assertThat(missed(d, CATALOG)).containsExactly(14);
    assertThat(branches(d, CATALOG)).isEqualTo(Map.of(13, "1/2"));
    assertThat(covered(d, UNITS)).isEmpty();
    assertThat(missed(d, UNITS)).containsExactly(8);
    assertThat(d.retainedFiles()).containsExactly(CATALOG, UNITS);
  }

  @Test
  void coberturaFromCoveragePy() throws Exception {
    TestReports.copy("python", dir);
    CoverageData d = TestReports.read(dir, "python/coverage.xml", List.of(GRADES));
    // letter(95), letter(80) and average([1, 3]) run; the C/F grades and the empty guard do not
    assertThat(covered(d, GRADES)).containsExactly(3, 6, 8, 9, 10, 11, 17, 18, 20);
    assertThat(missed(d, GRADES)).containsExactly(12, 13, 14, 19);
    assertThat(branches(d, GRADES)).isEqualTo(Map.of(8, "2/2", 10, "1/2", 12, "0/2", 18, "1/2"));
    assertThat(d.extensions()).containsExactly("py");
  }

  @Test
  void coberturaFromNyc() throws Exception {
    TestReports.copy("js", dir);
    CoverageData d = TestReports.read(dir, "js/nyc-out/cobertura-coverage.xml", List.of(PRICING));
    assertThat(covered(d, PRICING)).containsExactly(5, 6, 7, 9, 12, 16, 17, 25);
    assertThat(missed(d, PRICING)).containsExactly(10, 19, 20, 22);
    assertThat(branches(d, PRICING)).isEqualTo(Map.of(9, "2/4", 16, "1/2", 19, "0/2"));
  }

  @Test
  void lcovFromNyc() throws Exception {
    TestReports.copy("js", dir);
    CoverageData d = TestReports.read(dir, "js/nyc-out/lcov.info", List.of(PRICING));
    assertThat(covered(d, PRICING)).containsExactly(5, 6, 7, 9, 12, 16, 17, 25);
    assertThat(missed(d, PRICING)).containsExactly(10, 19, 20, 22);
    assertThat(branches(d, PRICING)).isEqualTo(Map.of(9, "2/4", 16, "1/2", 19, "0/2"));
  }

  @Test
  void lcovFromC8ListsEveryLine() throws Exception {
    TestReports.copy("js", dir);
    CoverageData d = TestReports.read(dir, "js/c8-out/lcov.info", List.of(PRICING));
    assertThat(missed(d, PRICING)).containsExactly(10, 11, 19, 20, 21, 22);
    assertThat(covered(d, PRICING)).hasSize(25 - 6);
    assertThat(branches(d, PRICING)).containsEntry(9, "0/2").containsEntry(19, "0/1");
  }

  @Test
  void severalReportsMergeCoveredIfAnyCoversAndBranchesByMaximum() throws Exception {
    TestReports.copy("js", dir);
    CoverageData d = new CoverageData();
    PathMapper mapper = new PathMapper(dir, List.of(PRICING), List.of());
    for (String r : List.of("js/c8-out/lcov.info", "js/nyc-out/cobertura-coverage.xml")) {
      try (var in = java.nio.file.Files.newInputStream(dir.resolve(r))) {
        new ReportReader(mapper, d).read(in, ReportSource.of(r));
      }
    }
    // c8 says line 11 (a closing brace) is missed, nyc does not list it; both miss 10, 19-22
    assertThat(missed(d, PRICING)).containsExactly(10, 11, 19, 20, 21, 22);
    assertThat(branches(d, PRICING)).containsEntry(9, "2/4").containsEntry(19, "0/2");
  }

  @Test
  void formatIsDetectedByContentNotName() throws Exception {
    TestReports.copy("js", dir);
    java.nio.file.Files.copy(dir.resolve("js/nyc-out/lcov.info"), dir.resolve("js/report.xml"));
    CoverageData d = TestReports.read(dir, "js/report.xml", List.of(PRICING));
    assertThat(missed(d, PRICING)).containsExactly(10, 19, 20, 22);
  }
}
