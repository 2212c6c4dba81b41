package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.report.sarif.SarifReporter;
import org.junit.jupiter.api.Test;

class ReportersTest {

  @Test
  void builtInListsSixFormatsWithDistinctFiles() {
    assertThat(Reporters.builtIn()).extracting(Reporter::format)
        .containsExactly("console", "markdown", "sarif", "json", "junit", "html");
    assertThat(Reporters.builtIn()).extracting(Reporter::fileName)
        .containsExactly("", "assay.md", "assay.sarif", "assay.json", "assay-junit.xml", "assay.html");
  }

  @Test
  void looksUpByFormatIgnoringCase() {
    assertThat(Reporters.byFormat("SARIF")).isInstanceOf(SarifReporter.class);
  }

  @Test
  void unknownFormatNamesTheValidOnes() {
    assertThatThrownBy(() -> Reporters.byFormat("pdf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown report format 'pdf'; valid formats are: "
            + "console, csv-test, html, json, junit, markdown, sarif");
  }

  @Test
  void findsThirdPartyReportersThroughTheServiceLoader() {
    // registered in src/test/resources/META-INF/services/dev.assay.report.Reporter
    Reporter csv = Reporters.byFormat("csv-test");
    assertThat(csv).isInstanceOf(CsvTestReporter.class);
    assertThat(Reporters.available()).last().isInstanceOf(CsvTestReporter.class);
    assertThat(Goldens.render(csv, RunFixtures.blocked(false))).startsWith("path,line,rule\n");
  }
}
