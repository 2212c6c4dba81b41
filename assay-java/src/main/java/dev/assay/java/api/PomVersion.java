package dev.assay.java.api;

import dev.assay.xml.SecureXml;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads {@code project/version} from a pom.xml (not the parent's), without resolving entities. */
final class PomVersion {
  private PomVersion() {}

  /** The project's own version, or empty when it has none of its own or the XML is broken. */
  static Optional<String> of(String pomText) {
    try {
      XMLStreamReader r = SecureXml.open(
          new ByteArrayInputStream(pomText.getBytes(StandardCharsets.UTF_8)));
      try {
        int depth = 0;
        while (r.hasNext()) {
          int ev = r.next();
          if (ev == XMLStreamConstants.START_ELEMENT) {
            depth++;
            if (depth == 2 && r.getLocalName().equals("version")) {
              String v = r.getElementText().strip();
              return v.isEmpty() || v.contains("${") ? Optional.empty() : Optional.of(v);
            }
          } else if (ev == XMLStreamConstants.END_ELEMENT) {
            depth--;
          }
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
