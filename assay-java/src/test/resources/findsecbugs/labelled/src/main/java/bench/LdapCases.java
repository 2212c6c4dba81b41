package bench;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestParam;

/** LDAP injection (CWE-90): vulnerable methods and safe look-alikes. */
public class LdapCases {
  private DirContext ctx;

  public NamingEnumeration<SearchResult> vulnServletParam(HttpServletRequest req)
      throws NamingException {
    String user = req.getParameter("user");
    return ctx.search("ou=people", "(uid=" + user + ")", new SearchControls());
  }

  public NamingEnumeration<SearchResult> vulnSpring(@RequestParam("mail") String mail)
      throws NamingException {
    String filter = "(mail=" + mail + ")";
    return ctx.search("ou=people", filter, new SearchControls());
  }

  public NamingEnumeration<SearchResult> safeConstant() throws NamingException {
    return ctx.search("ou=people", "(objectClass=person)", new SearchControls());
  }

  public NamingEnumeration<SearchResult> safeFilterArgs(HttpServletRequest req)
      throws NamingException {
    return ctx.search("ou=people", "(uid={0})", new Object[] {req.getParameter("user")},
        new SearchControls());
  }

  public NamingEnumeration<SearchResult> safeOverwritten(HttpServletRequest req)
      throws NamingException {
    String filter = "(uid=" + req.getParameter("user") + ")";
    filter = "(objectClass=person)";
    return ctx.search("ou=people", filter, new SearchControls());
  }
}
