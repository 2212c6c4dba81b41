package javax.servlet.http;

/** The servlet API's request, reduced to what the labelled set calls. */
public interface HttpServletRequest {
  String getParameter(String name);

  String getHeader(String name);
}
