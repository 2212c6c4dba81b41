package dev.assay.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Creates streaming XML readers that never resolve a DTD or an external entity (no XXE, no
 * billion-laughs), so hostile reports can be read safely. A DOCTYPE line, as JaCoCo and Cobertura
 * write one, is tolerated and ignored.
 */
public final class SecureXml {
  private static final XMLInputFactory FACTORY = newFactory();

  private SecureXml() {}

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = new com.ctc.wstx.stax.WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    // Tool reports (JUnit XML, JaCoCo, Cobertura) use no namespaces; namespace processing was a
    // fifth of the parse time of a 50 MB JaCoCo report.
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    f.setXMLResolver(
        (publicId, systemId, baseUri, ns) -> {
          throw new XMLStreamException("external entity refused: " + systemId);
        });
    return f;
  }

  /**
   * Opens a streaming reader over the stream; the caller closes both. Thread-safe (the factory is
   * configured once and only read).
   */
  public static XMLStreamReader open(InputStream in) throws XMLStreamException {
    return FACTORY.createXMLStreamReader(in);
  }

  /** Opens a reader over a file; closing the returned handle closes the file. */
  public static Handle open(Path file) throws IOException, XMLStreamException {
    InputStream in = Files.newInputStream(file);
    try {
      return new Handle(in, FACTORY.createXMLStreamReader(in));
    } catch (XMLStreamException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * The parser's problem in plain words, one line, without the location (which callers report
   * as {@code file:line:column} themselves).
   */
  public static String problem(XMLStreamException e) {
    String msg = String.valueOf(e.getMessage());
    int i = msg.indexOf("Message: ");
    if (i >= 0) {
      msg = msg.substring(i + "Message: ".length());
    }
    int at = msg.indexOf("\n at [row,col");
    if (at >= 0) {
      msg = msg.substring(0, at);
    }
    return msg.replaceAll("\\s+", " ").strip();
  }

  /** A reader and the file stream under it. */
  public record Handle(InputStream stream, XMLStreamReader reader) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // the stream is closed below either way
      } finally {
        stream.close();
      }
    }
  }
}
