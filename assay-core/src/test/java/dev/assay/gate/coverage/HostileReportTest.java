package dev.assay.gate.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports that are hostile or broken: never read a local file, never blow up, always located. */
class HostileReportTest {
  private static final String TARGET = "src/A.java";

  @TempDir Path dir;

  private CoverageData read(String name, byte[] content) throws Exception {
    Files.write(dir.resolve(name), content);
    return TestReports.read(dir, name, List.of(TARGET));
  }

  private CoverageData read(String name, String content) throws Exception {
    return read(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void externalEntityPointingAtALocalFileIsNotRead() throws Exception {
    // If the entity were expanded, the class's filename would become the changed file.
    Path secret = Files.writeString(dir.resolve("secret.txt"), TARGET);
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE coverage [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<coverage><packages><package><classes>"
            + "<class filename=\"&xxe;\"><lines><line number=\"1\" hits=\"1\"/></lines></class>"
            + "</classes></package></packages></coverage>";
    assertThatThrownBy(() -> read("coverage.xml", xml))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith("coverage.xml:")
        .hasMessageContaining("xxe")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("src/A.java"));
  }

  @Test
  void externalEntityInTextIsNotRead() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "/");
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE coverage [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<coverage><sources><source>&xxe;</source></sources>"
            + "<packages><package><classes><class filename=\"q/A.java\"><lines>"
            + "<line number=\"1\" hits=\"1\"/></lines></class></classes></package></packages>"
            + "</coverage>";
    try {
      CoverageData d = read("coverage.xml", xml);
      assertThat(d.retainedFiles()).isEmpty();
    } catch (ReportException e) {
      assertThat(e.getMessage()).startsWith("coverage.xml:");
    }
  }

  @Test
  void billionLaughsIsNotExpanded() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE report [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String xml =
        "<?xml version=\"1.0\"?>"
            + dtd
            + "<report name=\"&lol9;\"><package name=\"src\">"
            + "<sourcefile name=\"A.java\"><line nr=\"1\" mi=\"0\" ci=\"1\" mb=\"0\" cb=\"0\"/>"
            + "</sourcefile></package></report>";
    assertThatThrownBy(() -> read("jacoco.xml", xml))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith("jacoco.xml:1:")
        .hasMessageContaining("lol9");
  }

  @Test
  void externalDtdIsToleratedWithoutFetching() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE report PUBLIC \"-//JACOCO//DTD Report 1.1//EN\""
            + " \"http://127.0.0.1:9/report.dtd\"><report name=\"x\"><package name=\"src\">"
            + "<sourcefile name=\"A.java\"><line nr=\"3\" mi=\"0\" ci=\"1\" mb=\"0\" cb=\"0\"/>"
            + "</sourcefile></package></report>";
    CoverageData d = read("jacoco.xml", xml);
    assertThat(TestReports.covered(d, TARGET)).containsExactly(3);
  }

  @Test
  void truncatedReportNamesTheLineAndColumn() throws Exception {
    String full = Files.readString(TestReports.fixtures().resolve("python/coverage.xml"));
    String cut = full.substring(0, full.indexOf("<line number=\"12\"") + 10);
    assertThatThrownBy(() -> read("coverage.xml", cut))
        .isInstanceOf(ReportException.class)
        .hasMessageMatching("coverage\\.xml:\\d+:\\d+: malformed XML: .*Regenerate the report.*");
  }

  @Test
  void binaryIsNeitherXmlNorLcov() {
    byte[] junk = new byte[10_000];
    new Random(42).nextBytes(junk);
    junk[0] = 0x01;
    assertThatThrownBy(() -> read("lcov.info", junk))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("lcov.info:1:1: neither XML (JaCoCo, Cobertura) nor LCOV");
  }

  @Test
  void binaryAfterAnXmlStartIsMalformedXml() {
    byte[] junk = new byte[10_000];
    new Random(7).nextBytes(junk);
    junk[0] = '<';
    assertThatThrownBy(() -> read("coverage.xml", junk))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith("coverage.xml:")
        .hasMessageContaining("malformed XML");
  }

  @Test
  void endlessLineIsRefusedNotBuffered() {
    byte[] line = "A".repeat(LcovReportParser.MAX_LINE + 10).getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> read("lcov.info", line))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("lcov.info:1:")
        .hasMessageContaining("longer than");
  }

  @Test
  void lcovBadNumberIsLocated() {
    String lcov = "TN:\nSF:src/A.java\nDA:1,1\nDA:x,1\nend_of_record\n";
    assertThatThrownBy(() -> read("lcov.info", lcov))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith("lcov.info:4:1: line number \"x\" is not a positive integer");
  }

  @Test
  void lcovDataBeforeAnySourceFile() {
    assertThatThrownBy(() -> read("lcov.info", "DA:1,1\n"))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith("lcov.info:1:1: DA before any SF: record");
  }

  @Test
  void jacocoBadAttributeIsLocated() {
    String xml =
        "<report name=\"x\">\n"
            + "<package name=\"src\">\n"
            + "<sourcefile name=\"A.java\">\n"
            + "  <line nr=\"1\" mi=\"0\" ci=\"-4\" mb=\"0\" cb=\"0\"/>\n"
            + "</sourcefile></package></report>";
    assertThatThrownBy(() -> read("jacoco.xml", xml))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith("jacoco.xml:4:")
        .hasMessageContaining("`ci` is \"-4\", expected a non-negative integer");
  }

  @Test
  void unknownRootElement() {
    assertThatThrownBy(() -> read("coverage.xml", "<project><x/></project>"))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("root element <project> is neither JaCoCo <report> nor Cobertura");
  }

  @Test
  void emptyFile() {
    assertThatThrownBy(() -> read("lcov.info", ""))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("lcov.info: the file is empty");
  }
}
