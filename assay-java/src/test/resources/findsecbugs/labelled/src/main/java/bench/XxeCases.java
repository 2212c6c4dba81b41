package bench;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.xml.sax.helpers.DefaultHandler;

/** XML external entities (CWE-611): vulnerable methods and safe look-alikes. */
public class XxeCases {
  public Document vulnDocumentBuilder(InputStream xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    DocumentBuilder b = f.newDocumentBuilder();
    return b.parse(xml);
  }

  public void vulnSax(InputStream xml) throws Exception {
    SAXParserFactory.newInstance().newSAXParser().parse(xml, new DefaultHandler());
  }

  public Document safeHardened(InputStream xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return f.newDocumentBuilder().parse(xml);
  }
}
