package dev.assay.gate.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Cobertura XML report (coverage.py, istanbul/nyc, jest, gcovr, ...) in one streaming pass:
 * {@code sources/source} roots, then {@code class[@filename]/lines/line}. A line is covered when
 * {@code hits > 0}; branches come from {@code condition-coverage="50% (1/2)"}. Lines repeated under
 * {@code <methods>} are ignored, as they duplicate the class's own lines.
 */
final class CoberturaReportParser {
  private static final Pattern CONDITIONS = Pattern.compile("\\((\\d{1,9})/(\\d{1,9})\\)");

  /** Bounds what a hostile report can make us keep in memory. */
  private static final int MAX_SOURCES = 64;

  private final PathMapper mapper;
  private final CoverageData sink;

  CoberturaReportParser(PathMapper mapper, CoverageData sink) {
    this.mapper = mapper;
    this.sink = sink;
  }

  /** Parses from the root element on; the cursor's reader is positioned on {@code <coverage>}. */
  void parse(XmlCursor cursor) throws XMLStreamException, ReportException {
    XMLStreamReader r = cursor.reader();
    List<String> sources = new ArrayList<>();
    Optional<String> file = Optional.empty();
    int methodsDepth = 0;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "source" -> addSource(sources, cursor.text());
          case "class" -> file = classFile(cursor, sources);
          case "methods" -> methodsDepth++;
          case "line" -> {
            if (file.isPresent() && methodsDepth == 0) {
              line(cursor, file.get());
            }
          }
          default -> {
            // packages, package, classes, lines, method, conditions: structure only
          }
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        switch (r.getLocalName()) {
          case "class" -> file = Optional.empty();
          case "methods" -> methodsDepth--;
          default -> {
            // nothing to close
          }
        }
      }
    }
  }

  private static void addSource(List<String> sources, String source) {
    if (!source.isEmpty() && sources.size() < MAX_SOURCES) {
      sources.add(source.replace('\\', '/'));
    }
  }

  private Optional<String> classFile(XmlCursor cursor, List<String> sources)
      throws ReportException {
    String filename = cursor.attribute("filename").replace('\\', '/');
    if (filename.isEmpty()) {
      throw cursor.error("<class> has no `filename` attribute");
    }
    sink.measured(filename);
    String dir = cursor.source().dir();
    for (String source : sources) {
      String joined = source.endsWith("/") ? source + filename : source + "/" + filename;
      Optional<String> hit = mapper.resolve(joined, dir, List.of());
      if (hit.isPresent()) {
        sink.touch(hit.get());
        return hit;
      }
    }
    Optional<String> hit = mapper.resolve(filename, dir, List.of());
    hit.ifPresent(sink::touch);
    return hit;
  }

  private void line(XmlCursor cursor, String file) throws ReportException {
    int number = cursor.lineNumber("number");
    long hits = cursor.number("hits");
    int covered = 0;
    int total = 0;
    if ("true".equals(cursor.attribute("branch"))) {
      String cc = cursor.attribute("condition-coverage");
      Matcher m = CONDITIONS.matcher(cc);
      if (!cc.isEmpty() && !m.find()) {
        throw cursor.error(
            "<line> has condition-coverage=\"" + cc + "\", expected e.g. \"50% (1/2)\"");
      }
      if (!cc.isEmpty()) {
        covered = Integer.parseInt(m.group(1));
        total = Math.max(covered, Integer.parseInt(m.group(2)));
      }
    }
    sink.add(file, number, new LineHit(hits > 0, covered, total));
  }
}
