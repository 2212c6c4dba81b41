package dev.assay.gate.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a JaCoCo XML report ({@code report/[group/]package/sourcefile/line}) in one streaming pass,
 * keeping line data only for the files the {@link PathMapper} resolves. A line is covered when
 * {@code ci > 0}; its branches are {@code cb} of {@code mb + cb}.
 */
final class JacocoReportParser {
  /** JaCoCo measures JVM bytecode, so it speaks for every JVM language's sources. */
  private static final List<String> JVM_SOURCES = List.of("x.java", "x.kt", "x.groovy", "x.scala");

  private final PathMapper mapper;
  private final CoverageData sink;

  JacocoReportParser(PathMapper mapper, CoverageData sink) {
    this.mapper = mapper;
    this.sink = sink;
  }

  /** Parses from the root element on; the cursor's reader is positioned on {@code <report>}. */
  void parse(XmlCursor cursor) throws XMLStreamException, ReportException {
    XMLStreamReader r = cursor.reader();
    for (String jvm : JVM_SOURCES) {
      sink.measured(jvm);
    }
    List<String> groups = new ArrayList<>();
    String pkg = "";
    Optional<String> file = Optional.empty();
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "group" -> groups.add(cursor.attribute("name"));
          case "package" -> pkg = cursor.attribute("name");
          case "sourcefile" -> {
            file = sourceFile(cursor, pkg, groups);
            if (file.isEmpty()) {
              skip(r); // most of a big report is files outside the change
            }
          }
          case "class" -> skip(r); // per-method counters: not needed for line coverage
          case "line" -> {
            if (file.isPresent()) {
              line(cursor, file.get());
            }
          }
          default -> {
            // sessioninfo, class, method, counter: not needed for line coverage
          }
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        switch (r.getLocalName()) {
          case "group" -> groups.remove(groups.size() - 1);
          case "package" -> pkg = "";
          case "sourcefile" -> file = Optional.empty();
          default -> {
            // nothing to close
          }
        }
      }
    }
  }

  /**
   * Skips the current element's content: Woodstox's native skip avoids building attributes for the
   * thousands of elements inside; other StAX implementations get an equivalent loop.
   */
  private static void skip(XMLStreamReader r) throws XMLStreamException {
    if (r instanceof org.codehaus.stax2.XMLStreamReader2 r2) {
      r2.skipElement();
      return;
    }
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private Optional<String> sourceFile(XmlCursor cursor, String pkg, List<String> groups) {
    String name = cursor.attribute("name");
    sink.measured(name);
    String reportPath = pkg.isEmpty() ? name : pkg + "/" + name;
    Optional<String> file = mapper.resolve(reportPath, cursor.source().dir(), groups);
    file.ifPresent(sink::touch);
    return file;
  }

  private void line(XmlCursor cursor, String file) throws ReportException {
    int nr = cursor.lineNumber("nr");
    long ci = cursor.number("ci");
    long mb = cursor.number("mb");
    long cb = cursor.number("cb");
    sink.add(file, nr, new LineHit(ci > 0, clamp(cb), clamp(mb + cb)));
  }

  private static int clamp(long n) {
    return (int) Math.min(n, Integer.MAX_VALUE);
  }
}
