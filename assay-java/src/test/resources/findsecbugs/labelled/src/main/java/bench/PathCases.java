package bench;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestParam;

/** Path traversal (CWE-22): vulnerable methods and safe look-alikes. */
public class PathCases {
  public byte[] vulnServletParam(HttpServletRequest req) throws IOException {
    String name = req.getParameter("file");
    return Files.readAllBytes(Paths.get("/srv/files/" + name));
  }

  public FileInputStream vulnSpring(@RequestParam("path") String path) throws IOException {
    return new FileInputStream(new File("/srv/uploads", path));
  }

  public File vulnHeader(HttpServletRequest req) {
    return new File(req.getHeader("X-File"));
  }

  public byte[] safeConstant() throws IOException {
    return Files.readAllBytes(Paths.get("/etc/app/config.properties"));
  }

  public byte[] safeFileNameOnly(HttpServletRequest req) throws IOException {
    String name = Paths.get(req.getParameter("file")).getFileName().toString();
    return Files.readAllBytes(Paths.get("/srv/files", name));
  }

  public File safeOverwritten(HttpServletRequest req) {
    String p = req.getParameter("file");
    p = "report.txt";
    return new File("/srv/reports", p);
  }

  public File safeDeadBranch(HttpServletRequest req) {
    boolean allowAny = false;
    if (allowAny) {
      return new File(req.getParameter("file"));
    }
    return new File("/srv/reports/default.txt");
  }
}
