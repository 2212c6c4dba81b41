package dev.assay.gate.coverage;

import dev.assay.xml.SecureXml;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one coverage report of any supported format into the shared {@link CoverageData}: sniffs
 * the format from the first bytes (XML root element, or LCOV records), then streams it through the
 * matching parser. Every failure becomes a located {@link ReportException}.
 */
final class ReportReader {
  private static final int SNIFF = 4096;

  private final PathMapper mapper;
  private final CoverageData sink;

  ReportReader(PathMapper mapper, CoverageData sink) {
    this.mapper = mapper;
    this.sink = sink;
  }

  /** Reads the report and returns its format; the caller closes the stream. */
  ReportFormat read(InputStream raw, ReportSource source) throws IOException, ReportException {
    BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
    in.mark(SNIFF);
    byte[] head = in.readNBytes(SNIFF);
    in.reset();
    char first = firstSignificant(head);
    if (first == '<') {
      return readXml(in, source);
    }
    if (first >= 'A' && first <= 'Z' || first == 'e') {
      InputStreamReader text =
          new InputStreamReader(
              in,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPLACE)
                  .onUnmappableCharacter(CodingErrorAction.REPLACE));
      new LcovReportParser(mapper, sink).parse(text, source);
      return ReportFormat.LCOV;
    }
    throw new ReportException(
        source.path(),
        first == 0 ? 0 : 1,
        first == 0 ? 0 : 1,
        first == 0 ? "the file is empty" : "neither XML (JaCoCo, Cobertura) nor LCOV",
        "Point `reports` at a JaCoCo XML, Cobertura XML or LCOV file, or regenerate this one");
  }

  private ReportFormat readXml(InputStream in, ReportSource source) throws ReportException {
    XMLStreamReader r = null;
    try {
      r = SecureXml.open(in);
      while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
        // skip prolog, comments, DOCTYPE
      }
      if (!r.isStartElement()) {
        throw new ReportException(
            source.path(), 0, 0, "the XML has no root element", "Regenerate the report");
      }
      String root = r.getLocalName();
      if (root.equals("report")) {
        new JacocoReportParser(mapper, sink).parse(new XmlCursor(r, source, "JaCoCo XML"));
        return ReportFormat.JACOCO;
      }
      if (root.equals("coverage")) {
        new CoberturaReportParser(mapper, sink).parse(new XmlCursor(r, source, "Cobertura XML"));
        return ReportFormat.COBERTURA;
      }
      throw new XmlCursor(r, source, "XML")
          .error("root element <" + root + "> is neither JaCoCo <report> nor Cobertura <coverage>");
    } catch (XMLStreamException e) {
      throw malformed(source, e);
    } finally {
      close(r);
    }
  }

  private static ReportException malformed(ReportSource source, XMLStreamException e) {
    Location at = e.getLocation();
    String problem = SecureXml.problem(e);
    return new ReportException(
        source.path(),
        at == null ? 0 : at.getLineNumber(),
        at == null ? 0 : at.getColumnNumber(),
        "malformed XML: " + problem,
        "Regenerate the report (a truncated file usually means the build was interrupted), or"
            + " remove it from `reports`");
  }

  private static void close(XMLStreamReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (XMLStreamException e) {
        // the stream itself is closed by the caller
      }
    }
  }

  /** First character that is not whitespace or a UTF-8 byte order mark, or 0 for none. */
  private static char firstSignificant(byte[] head) {
    int i = 0;
    if (head.length >= 3
        && (head[0] & 0xff) == 0xef
        && (head[1] & 0xff) == 0xbb
        && (head[2] & 0xff) == 0xbf) {
      i = 3;
    }
    for (; i < head.length; i++) {
      char c = (char) (head[i] & 0xff);
      if (!Character.isWhitespace(c)) {
        return c;
      }
    }
    return 0;
  }
}
