package dev.assay.java.mutation;

import dev.assay.xml.SecureXml;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads PIT's {@code mutations.xml} (the XML output format of pitest-maven, the Gradle plugin and
 * the command line) by streaming, with DTDs and external entities refused. Mutants whose status or
 * line cannot be read make the whole report an error, never a silent gap.
 */
final class PitXmlParser {
  private static final int MAX_TEXT = 64 * 1024;

  /** Parses the stream; {@code label} names the file in errors. */
  List<ReportedMutant> parse(InputStream in, String label) throws MutationReportException {
    XMLStreamReader r = null;
    try {
      r = SecureXml.open(in);
      while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
        // prolog
      }
      if (!r.isStartElement() || !r.getLocalName().equals("mutations")) {
        throw error(
            r,
            label,
            r.isStartElement()
                ? "root element <" + r.getLocalName() + "> is not PIT's <mutations>"
                : "no root element");
      }
      List<ReportedMutant> out = new ArrayList<>();
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("mutation")) {
          out.add(mutation(r, label));
        }
      }
      return out;
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      throw new MutationReportException(
          label,
          at == null ? 0 : at.getLineNumber(),
          at == null ? 0 : at.getColumnNumber(),
          "malformed XML: " + SecureXml.problem(e),
          "Regenerate the report (a truncated file usually means PIT was interrupted)");
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // the caller closes the stream
        }
      }
    }
  }

  private static ReportedMutant mutation(XMLStreamReader r, String label)
      throws XMLStreamException, MutationReportException {
    Location start = r.getLocation();
    String statusText = Optional.ofNullable(r.getAttributeValue(null, "status")).orElse("");
    String testsText =
        Optional.ofNullable(r.getAttributeValue(null, "numberOfTestsRun")).orElse("0");
    Map<String, String> fields = new HashMap<>();
    int depth = 1;
    String current = null;
    StringBuilder text = new StringBuilder();
    while (depth > 0 && r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (depth == 2) {
          current = r.getLocalName();
          text.setLength(0);
        }
      } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
        if (current != null && text.length() < MAX_TEXT) {
          text.append(r.getText(), 0, Math.min(r.getTextLength(), MAX_TEXT - text.length()));
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        if (depth == 2 && current != null) {
          fields.putIfAbsent(current, text.toString().strip());
          current = null;
        }
        depth--;
      }
    }
    MutantStatus status =
        MutantStatus.parse(statusText)
            .orElseThrow(
                () -> located(start, label, "unknown mutation status `" + statusText + "`"));
    int line = number(fields.get("lineNumber"), start, label, "lineNumber");
    int tests = number(testsText, start, label, "numberOfTestsRun");
    String cls = fields.getOrDefault("mutatedClass", "");
    String file = fields.getOrDefault("sourceFile", "");
    if (cls.isEmpty() || file.isEmpty()) {
      throw located(start, label, "<mutation> without <mutatedClass> or <sourceFile>");
    }
    return new ReportedMutant(
        file,
        cls,
        fields.getOrDefault("mutatedMethod", ""),
        line,
        fields.getOrDefault("mutator", ""),
        fields.getOrDefault("description", ""),
        status,
        tests,
        fields.getOrDefault("killingTest", ""),
        fields.getOrDefault("indexes", ""));
  }

  private static int number(String s, Location at, String label, String what)
      throws MutationReportException {
    try {
      int n = Integer.parseInt(s == null ? "" : s.strip());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw located(at, label, "<mutation> has no valid " + what + " (`" + s + "`)");
    }
  }

  private static MutationReportException located(Location at, String label, String problem) {
    return new MutationReportException(
        label,
        at == null ? 0 : at.getLineNumber(),
        at == null ? 0 : at.getColumnNumber(),
        problem,
        "Regenerate the report with PIT's XML output format");
  }

  private static MutationReportException error(XMLStreamReader r, String label, String problem) {
    return located(r.getLocation(), label, problem);
  }
}
