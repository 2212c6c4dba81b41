package dev.assay.report.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.engine.RunResult;
import dev.assay.report.Goldens;
import dev.assay.report.RunFixtures;
import dev.assay.xml.SecureXml;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class JunitReporterTest {

  /** Parses the report with the project's secure parser: element name plus attributes. */
  private static List<Map<String, String>> parse(RunResult run) throws Exception {
    byte[] xml = Goldens.render(new JunitReporter(), run).getBytes(StandardCharsets.UTF_8);
    List<Map<String, String>> elements = new ArrayList<>();
    XMLStreamReader r = SecureXml.open(new ByteArrayInputStream(xml));
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("element", r.getLocalName());
        for (int i = 0; i < r.getAttributeCount(); i++) {
          e.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        if (r.getLocalName().equals("failure") || r.getLocalName().equals("system-out")) {
          e.put("text", r.getElementText());
        }
        elements.add(e);
      }
    }
    return elements;
  }

  private static List<Map<String, String>> named(List<Map<String, String>> all, String element) {
    return all.stream().filter(e -> e.get("element").equals(element)).toList();
  }

  @Test
  void blockedRunParsesBackWithMatchingCounts() throws Exception {
    List<Map<String, String>> xml = parse(RunFixtures.blocked(false));
    Map<String, String> root = xml.get(0);
    assertThat(root).containsEntry("tests", "6").containsEntry("failures", "2")
        .containsEntry("errors", "0").containsEntry("skipped", "1");
    assertThat(named(xml, "testcase")).hasSize(6);
    assertThat(named(xml, "failure")).hasSize(2);
    assertThat(named(xml, "skipped")).hasSize(1);
    assertThat(named(xml, "testsuite")).extracting(e -> e.get("name"))
        .containsExactly("assay.tests", "assay.coverage", "assay.security");
    assertThat(named(xml, "failure").get(0)).containsEntry("type", "tests/all-pass");
    assertThat(named(xml, "failure").get(1).get("text"))
        .contains("62.5% (10 of 16 lines)", "Größe Rechner.java:7-9");
  }

  @Test
  void forbiddenControlCharactersAreEscapedAndMarkupSurvivesAsText() throws Exception {
    String advisory = named(parse(RunFixtures.blocked(false)), "system-out").stream()
        .map(e -> e.get("text")).filter(t -> t.contains("Advisory")).findFirst().orElseThrow();
    assertThat(advisory).contains("<script>alert(1)</script>", "\\u0007bell")
        .doesNotContain("\u0007");
  }

  @Test
  void errorGateIsOneErrorTestCase() throws Exception {
    List<Map<String, String>> xml = parse(RunFixtures.error());
    assertThat(xml.get(0)).containsEntry("tests", "2").containsEntry("errors", "1")
        .containsEntry("failures", "0");
    assertThat(named(xml, "error")).singleElement()
        .satisfies(e -> assertThat(e.get("message")).startsWith("No coverage report found"));
  }

  @Test
  void xmlTextLeavesLegalTextAloneAndKeepsSurrogatePairs() {
    String legal = "tab\tnew\nline 😀 é";
    assertThat(XmlText.clean(legal)).isSameAs(legal);
    assertThat(XmlText.clean("a\u0000b\uFFFEc\uD800d")).isEqualTo("a\\u0000b\\uFFFEc\\uD800d");
  }
}
