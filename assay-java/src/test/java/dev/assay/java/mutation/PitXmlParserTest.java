package dev.assay.java.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** PIT's XML, from a real pitest-maven run (see src/test/resources/pit/pricing/README.md). */
class PitXmlParserTest {
  static List<ReportedMutant> fixture() throws Exception {
    try (InputStream in =
        PitXmlParserTest.class.getResourceAsStream("/pit/pricing/mutations.xml")) {
      return new PitXmlParser().parse(in, "mutations.xml");
    }
  }

  @Test
  void readsEveryMutantOfARealReport() throws Exception {
    List<ReportedMutant> all = fixture();
    Map<MutantStatus, Long> byStatus =
        all.stream().collect(Collectors.groupingBy(ReportedMutant::status, Collectors.counting()));
    assertThat(byStatus)
        .containsEntry(MutantStatus.KILLED, 13L)
        .containsEntry(MutantStatus.SURVIVED, 5L)
        .containsEntry(MutantStatus.NO_COVERAGE, 2L)
        .containsEntry(MutantStatus.TIMED_OUT, 1L);
    ReportedMutant timedOut =
        all.stream().filter(m -> m.status() == MutantStatus.TIMED_OUT).findFirst().orElseThrow();
    assertThat(timedOut.method()).isEqualTo("stepsToZero");
    assertThat(timedOut.mutatorName()).isEqualTo("Math");
    assertThat(timedOut.packagePath()).isEqualTo("demo/Pricing.java");
    ReportedMutant killed =
        all.stream().filter(m -> m.status() == MutantStatus.KILLED).findFirst().orElseThrow();
    assertThat(killed.killingTest()).contains("demo.PricingTest");
    assertThat(all.stream().map(ReportedMutant::key).distinct()).hasSize(all.size());
  }

  @Test
  void externalEntitiesAreRefused() {
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<mutations><mutation status='KILLED' numberOfTestsRun='1'><sourceFile>&x;"
            + "</sourceFile><mutatedClass>a.B</mutatedClass><lineNumber>1</lineNumber>"
            + "</mutation></mutations>";
    assertThatThrownBy(() -> parse(xxe))
        .isInstanceOf(MutationReportException.class)
        .hasMessageStartingWith("mutations.xml:");
  }

  @Test
  void truncatedReportNamesFileAndLine() {
    String cut = "<mutations>\n<mutation status='KILLED' numberOfTestsRun='1'><sourceFile>A.java";
    assertThatThrownBy(() -> parse(cut))
        .isInstanceOf(MutationReportException.class)
        .hasMessageContaining("mutations.xml:2:")
        .hasMessageContaining("Regenerate");
  }

  @Test
  void wrongRootUnknownStatusAndBadLineAreErrors() {
    assertThatThrownBy(() -> parse("<report/>"))
        .hasMessageContaining("<report> is not PIT's <mutations>");
    assertThatThrownBy(
            () ->
                parse(
                    "<mutations><mutation status='EATEN'><sourceFile>A.java</sourceFile>"
                        + "<mutatedClass>A</mutatedClass><lineNumber>3</lineNumber></mutation>"
                        + "</mutations>"))
        .hasMessageContaining("unknown mutation status `EATEN`");
    assertThatThrownBy(
            () ->
                parse(
                    "<mutations><mutation status='KILLED'><sourceFile>A.java</sourceFile>"
                        + "<mutatedClass>A</mutatedClass><lineNumber>x</lineNumber></mutation>"
                        + "</mutations>"))
        .hasMessageContaining("no valid lineNumber");
    assertThatThrownBy(() -> parse("")).isInstanceOf(MutationReportException.class);
  }

  @Test
  void binaryGarbageIsAnErrorNotACrash() {
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    assertThatThrownBy(() -> new PitXmlParser().parse(new ByteArrayInputStream(junk), "x.xml"))
        .isInstanceOf(MutationReportException.class);
  }

  private static List<ReportedMutant> parse(String xml) throws Exception {
    return new PitXmlParser()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "mutations.xml");
  }

  static Map<String, ReportedMutant> byKey(List<ReportedMutant> all) {
    return all.stream().collect(Collectors.toMap(ReportedMutant::key, Function.identity()));
  }
}
