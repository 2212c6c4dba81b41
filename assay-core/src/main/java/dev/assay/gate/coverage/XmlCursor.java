package dev.assay.gate.coverage;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** A streaming XML reader over one report, with typed attribute access that fails located. */
record XmlCursor(XMLStreamReader reader, ReportSource source, String format) {
  /** Text content longer than this (a hostile {@code <source>}) is cut, not buffered. */
  private static final int MAX_TEXT = 4096;

  /** A required attribute holding a non-negative integer. */
  long number(String name) throws ReportException {
    String v = reader.getAttributeValue(null, name);
    if (v == null) {
      throw error("<" + reader.getLocalName() + "> has no `" + name + "` attribute");
    }
    try {
      long n = Long.parseLong(v.strip());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the offending value
    }
    throw error(
        "<"
            + reader.getLocalName()
            + "> attribute `"
            + name
            + "` is \""
            + shorten(v)
            + "\", expected a non-negative integer");
  }

  /** A line number attribute: an integer of at least 1 that fits an int. */
  int lineNumber(String name) throws ReportException {
    long n = number(name);
    if (n < 1 || n > Integer.MAX_VALUE) {
      throw error("<" + reader.getLocalName() + "> has line number " + n + ", out of range");
    }
    return (int) n;
  }

  String attribute(String name) {
    String v = reader.getAttributeValue(null, name);
    return v == null ? "" : v;
  }

  /** The text of the current element, cut at a bounded length; leaves the reader on its end. */
  String text() throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int ev = reader.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (ev == XMLStreamConstants.CHARACTERS && sb.length() < MAX_TEXT) {
        sb.append(reader.getText(), 0, Math.min(reader.getTextLength(), MAX_TEXT - sb.length()));
      }
    }
    return sb.toString().strip();
  }

  ReportException error(String problem) {
    Location at = reader.getLocation();
    return new ReportException(
        source.path(),
        at == null ? 0 : at.getLineNumber(),
        at == null ? 0 : at.getColumnNumber(),
        problem + " (reading it as " + format + ")",
        "Regenerate the report with the coverage tool, or remove it from `reports`");
  }

  private static String shorten(String v) {
    return v.length() > 40 ? v.substring(0, 40) + "..." : v;
  }
}
