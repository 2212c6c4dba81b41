package bench;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestParam;

/** OS command injection (CWE-78): vulnerable methods and safe look-alikes. */
public class CommandCases {
  public Process vulnServletParam(HttpServletRequest req) throws IOException {
    String host = req.getParameter("host");
    return Runtime.getRuntime().exec("ping -c 1 " + host);
  }

  public Process vulnShell(String file) throws IOException {
    return new ProcessBuilder("sh", "-c", "gzip " + file).start();
  }

  public Process vulnSpring(@RequestParam("cmd") String cmd) throws IOException {
    return Runtime.getRuntime().exec(cmd);
  }

  public Process safeConstant() throws IOException {
    return Runtime.getRuntime().exec("uptime");
  }

  public Process safeNoShell(HttpServletRequest req) throws IOException {
    String file = req.getParameter("file");
    return new ProcessBuilder("gzip", "--", file).start();
  }

  public Process safeOverwritten(HttpServletRequest req) throws IOException {
    String cmd = "ls " + req.getParameter("dir");
    cmd = "ls /var/log";
    return Runtime.getRuntime().exec(cmd);
  }

  public Process safeDeadBranch(HttpServletRequest req) throws IOException {
    boolean debug = false;
    if (debug) {
      return Runtime.getRuntime().exec("sh -c " + req.getParameter("cmd"));
    }
    return Runtime.getRuntime().exec("uptime");
  }
}
