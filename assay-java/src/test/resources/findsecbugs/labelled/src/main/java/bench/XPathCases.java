package bench;

import javax.servlet.http.HttpServletRequest;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

/** XPath injection (CWE-643): vulnerable methods and safe look-alikes. */
public class XPathCases {
  private Document doc;

  public String vulnServletParam(HttpServletRequest req) throws XPathExpressionException {
    String user = req.getParameter("user");
    XPath xpath = XPathFactory.newInstance().newXPath();
    return xpath.evaluate("//user[@name='" + user + "']/role", doc);
  }

  public String vulnMethodParam(String id) throws XPathExpressionException {
    XPath xpath = XPathFactory.newInstance().newXPath();
    return xpath.compile("/orders/order[@id='" + id + "']").evaluate(doc);
  }

  public String safeConstant() throws XPathExpressionException {
    XPath xpath = XPathFactory.newInstance().newXPath();
    return xpath.evaluate("count(//user)", doc);
  }

  public String safeOverwritten(HttpServletRequest req) throws XPathExpressionException {
    XPath xpath = XPathFactory.newInstance().newXPath();
    String expr = "//user[@name='" + req.getParameter("user") + "']";
    expr = "//user[1]/role";
    return xpath.evaluate(expr, doc);
  }

  public String safeNumeric(HttpServletRequest req) throws XPathExpressionException {
    XPath xpath = XPathFactory.newInstance().newXPath();
    int n = Integer.parseInt(req.getParameter("n"));
    return xpath.evaluate("//user[" + n + "]/role", doc);
  }
}
