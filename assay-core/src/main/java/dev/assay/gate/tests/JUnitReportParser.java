package dev.assay.gate.tests;

import dev.assay.xml.SecureXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a JUnit XML report of any common dialect (Surefire, Failsafe, Gradle, pytest, jest-junit,
 * go-junit-report) and counts its test cases. Counts come from the {@code testcase} elements, not
 * from the suite attributes, which some runners omit or aggregate differently. Memory stays bounded:
 * only the first {@value #MAX_TRACE} characters of each failure text are kept. Stateless.
 */
final class JUnitReportParser {
  static final int MAX_TRACE = 16_384;
  static final int MAX_MESSAGE = 300;

  /** Reads the file; never throws for bad content, only reports it as unreadable. */
  ReportOutcome parse(Path file, String displayPath) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, displayPath);
    } catch (IOException e) {
      return new ReportOutcome.Unreadable(displayPath, 0, 0, "cannot read: " + e.getMessage());
    }
  }

  /** Reads the stream (the caller closes it); never throws for bad content. */
  ReportOutcome parse(InputStream in, String displayPath) {
    XMLStreamReader r = null;
    try {
      r = SecureXml.open(in);
      return read(r, displayPath);
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      int line = at == null ? 0 : Math.max(at.getLineNumber(), 0);
      int col = at == null ? 0 : Math.max(at.getColumnNumber(), 0);
      return new ReportOutcome.Unreadable(displayPath, line, col, problem(e));
    } catch (RuntimeException e) {
      // StAX implementations signal some encoding errors with unchecked exceptions.
      return new ReportOutcome.Unreadable(displayPath, 0, 0, "not readable as XML: " + e);
    } finally {
      close(r);
    }
  }

  private static ReportOutcome read(XMLStreamReader r, String path) throws XMLStreamException {
    while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
      // skip prolog, comments and a tolerated DOCTYPE
    }
    if (!r.isStartElement()) {
      throw new XMLStreamException("no root element: the file is empty or not XML", r.getLocation());
    }
    String root = r.getLocalName();
    if (!root.equals("testsuites") && !root.equals("testsuite")) {
      return new ReportOutcome.NotJUnit(path, root);
    }
    Counter c = new Counter(path);
    c.element(r);
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        c.element(r);
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        c.end(r.getLocalName());
      } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
        c.text(r);
      } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
        // DTD support is off: an entity is never expanded, only named.
        c.text("&" + r.getLocalName() + ";");
      }
    }
    return new ReportOutcome.Parsed(path, c.tests, c.failures, c.errors, c.skipped, c.failed);
  }

  private static String problem(XMLStreamException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    // JDK messages start with "ParseError at [row,col]:[l,c]\nMessage: ..."; keep the message.
    int i = m.indexOf("Message: ");
    String text = i >= 0 ? m.substring(i + 9) : m;
    return "not well-formed XML: " + firstLine(text, MAX_MESSAGE);
  }

  static String firstLine(String text, int max) {
    String t = text.strip();
    int nl = t.indexOf('\n');
    String line = (nl >= 0 ? t.substring(0, nl) : t).strip();
    return line.length() > max ? line.substring(0, max - 3) + "..." : line;
  }

  /**
   * A message attribute on one line. Its later lines are often the point (pytest's "At index 2
   * diff", AssertJ's "but was", a list of missing names), so they are joined, not dropped.
   */
  static String oneLine(String text, int max) {
    String head = text.length() > 4 * max ? text.substring(0, 4 * max) : text;
    String line = head.strip().replaceAll("\\s*\\R\\s*", " ");
    return line.length() > max ? line.substring(0, max - 3) + "..." : line;
  }

  private static void close(XMLStreamReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (XMLStreamException e) {
        // nothing left to release; the caller closes the stream
      }
    }
  }

  /** Counts test cases and collects failures while the document streams past. */
  private static final class Counter {
    private final String path;
    private final List<FailedTest> failed = new ArrayList<>();
    private int tests;
    private int failures;
    private int errors;
    private int skipped;
    private String classname = "";
    private String name = "";
    private String file = "";
    private int line = -1;
    private boolean inCase;
    private boolean caseFailed;
    private boolean caseError;
    private String message;
    private StringBuilder trace;
    private boolean collecting;

    Counter(String path) {
      this.path = path;
    }

    void element(XMLStreamReader r) {
      String el = r.getLocalName();
      if (el.equals("testcase")) {
        startCase(r);
      } else if (inCase && trace == null && (el.equals("failure") || el.equals("error"))) {
        caseError = el.equals("error");
        caseFailed = true;
        message = attr(r, "message");
        trace = new StringBuilder();
        collecting = true;
      } else if (inCase && el.equals("skipped")) {
        skipped++;
      }
    }

    private void startCase(XMLStreamReader r) {
      inCase = true;
      tests++;
      classname = attr(r, "classname");
      name = attr(r, "name");
      file = attr(r, "file");
      line = parseInt(attr(r, "line"));
      caseFailed = false;
      caseError = false;
      message = "";
      trace = null;
      collecting = false;
    }

    void text(XMLStreamReader r) {
      if (collecting && trace.length() < MAX_TRACE) {
        int n = Math.min(r.getTextLength(), MAX_TRACE - trace.length());
        trace.append(r.getTextCharacters(), r.getTextStart(), n);
      }
    }

    void text(String s) {
      if (collecting && trace.length() < MAX_TRACE) {
        trace.append(s, 0, Math.min(s.length(), MAX_TRACE - trace.length()));
      }
    }

    void end(String el) {
      if (el.equals("failure") || el.equals("error")) {
        // Only the first failure element's text is kept; system-out and later ones are not.
        collecting = false;
      } else if (el.equals("testcase") && inCase) {
        inCase = false;
        if (caseFailed) {
          record();
        }
      }
    }

    private void record() {
      if (caseError) {
        errors++;
      } else {
        failures++;
      }
      String text = trace == null ? "" : trace.toString();
      String msg = message.isBlank() ? firstLine(text, MAX_MESSAGE) : oneLine(message, MAX_MESSAGE);
      failed.add(new FailedTest(path, classname, name, caseError, msg, file, line, text));
    }

    private static String attr(XMLStreamReader r, String name) {
      String v = r.getAttributeValue(null, name);
      return v == null ? "" : v;
    }

    private static int parseInt(String s) {
      try {
        return s.isEmpty() ? -1 : Integer.parseInt(s.strip());
      } catch (NumberFormatException e) {
        return -1;
      }
    }
  }
}
