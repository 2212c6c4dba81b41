package dev.assay.report.junit;

import dev.assay.report.junit.JunitModel.Case;
import dev.assay.report.junit.JunitModel.Outcome;
import dev.assay.report.junit.JunitModel.Suite;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Serialises the JUnit model with the JDK's own StAX writer, indenting with {@code \n}. */
final class JunitXml {
  // the JDK's implementation, not whichever StAX provider the class path brings, so bytes are stable
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final Writer out;

  JunitXml(Writer out) {
    this.out = out;
  }

  void write(List<Suite> suites) throws IOException {
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "assay");
      counts(xml, suites.stream().flatMap(s -> s.cases().stream()).toList());
      for (Suite suite : suites) {
        suite(xml, suite);
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("could not write JUnit XML: " + e.getMessage(), e);
    }
  }

  private static void counts(XMLStreamWriter xml, List<Case> cases) throws XMLStreamException {
    Suite all = new Suite("", cases, "");
    xml.writeAttribute("tests", Integer.toString(cases.size()));
    xml.writeAttribute("failures", Long.toString(all.count(Outcome.FAILED)));
    xml.writeAttribute("errors", Long.toString(all.count(Outcome.ERROR)));
    xml.writeAttribute("skipped", Long.toString(all.count(Outcome.SKIPPED)));
    xml.writeAttribute("time", "0");
  }

  private static void suite(XMLStreamWriter xml, Suite suite) throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", suite.name());
    counts(xml, suite.cases());
    for (Case c : suite.cases()) {
      testCase(xml, c);
    }
    if (!suite.systemOut().isEmpty()) {
      xml.writeCharacters("\n    ");
      textElement(xml, "system-out", suite.systemOut());
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void testCase(XMLStreamWriter xml, Case c) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    boolean empty = c.outcome() == Outcome.PASSED && c.detail().isEmpty();
    if (empty) {
      xml.writeEmptyElement("testcase");
    } else {
      xml.writeStartElement("testcase");
    }
    xml.writeAttribute("classname", XmlText.clean(c.classname()));
    xml.writeAttribute("name", XmlText.clean(c.name()));
    xml.writeAttribute("time", "0");
    if (empty) {
      return;
    }
    switch (c.outcome()) {
      case FAILED -> child(xml, "failure", c);
      case ERROR -> child(xml, "error", c);
      case SKIPPED -> {
        xml.writeCharacters("\n      ");
        xml.writeEmptyElement("skipped");
        xml.writeAttribute("message", XmlText.clean(c.message()));
      }
      case PASSED -> {
        xml.writeCharacters("\n      ");
        textElement(xml, "system-out", c.detail());
      }
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private static void child(XMLStreamWriter xml, String element, Case c) throws XMLStreamException {
    xml.writeCharacters("\n      ");
    xml.writeStartElement(element);
    xml.writeAttribute("message", XmlText.clean(c.message()));
    xml.writeAttribute("type", XmlText.clean(c.type()));
    xml.writeCharacters(XmlText.clean(c.detail()));
    xml.writeEndElement();
  }

  private static void textElement(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(XmlText.clean(text));
    xml.writeEndElement();
  }
}
