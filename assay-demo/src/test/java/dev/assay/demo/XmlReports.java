package dev.assay.demo;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the JUnit and JaCoCo XML reports in tests, with DTDs and external entities off. */
final class XmlReports {
  /** One {@code <line>} of a JaCoCo source file: missed and covered instructions and branches. */
  record Line(int nr, int mi, int ci, int mb, int cb) {}

  private XmlReports() {}

  static Document parse(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in);
    }
  }

  static Document parse(InputStream in) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // jacoco.xml names report.dtd, which is nowhere on disk: never load it.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    DocumentBuilder builder = factory.newDocumentBuilder();
    return builder.parse(in);
  }

  /** Source file name to its lines, in report order. */
  static Map<String, List<Line>> jacocoLines(Document report) {
    Map<String, List<Line>> files = new LinkedHashMap<>();
    NodeList sources = report.getElementsByTagName("sourcefile");
    for (int i = 0; i < sources.getLength(); i++) {
      Element source = (Element) sources.item(i);
      List<Line> lines = new ArrayList<>();
      NodeList lineNodes = source.getElementsByTagName("line");
      for (int j = 0; j < lineNodes.getLength(); j++) {
        Element line = (Element) lineNodes.item(j);
        lines.add(
            new Line(
                number(line, "nr"),
                number(line, "mi"),
                number(line, "ci"),
                number(line, "mb"),
                number(line, "cb")));
      }
      files.put(source.getAttribute("name"), lines);
    }
    return files;
  }

  /** {@code classname#name} of every test case, with a trailing {@code ()} dropped. */
  static List<String> testCases(Document report) {
    List<String> cases = new ArrayList<>();
    NodeList nodes = report.getElementsByTagName("testcase");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element testCase = (Element) nodes.item(i);
      String name = testCase.getAttribute("name").replaceFirst("\\(\\)$", "");
      cases.add(testCase.getAttribute("classname") + "#" + name);
    }
    return cases;
  }

  private static int number(Element element, String attribute) {
    return Integer.parseInt(element.getAttribute(attribute));
  }
}
