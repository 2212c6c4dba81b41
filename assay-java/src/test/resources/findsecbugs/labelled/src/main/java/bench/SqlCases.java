package bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestParam;

/** SQL injection (CWE-89): vulnerable methods and safe look-alikes. */
public class SqlCases {
  private Connection conn;
  private JdbcTemplate jdbc;

  public ResultSet vulnServletParam(HttpServletRequest req) throws SQLException {
    String name = req.getParameter("name");
    Statement st = conn.createStatement();
    return st.executeQuery("SELECT * FROM users WHERE name = '" + name + "'");
  }

  public ResultSet vulnMethodParam(String id) throws SQLException {
    String sql = "SELECT * FROM orders WHERE id = " + id;
    return conn.createStatement().executeQuery(sql);
  }

  public List<Map<String, Object>> vulnSpring(@RequestParam("sort") String sort) {
    return jdbc.queryForList("SELECT * FROM items ORDER BY " + sort);
  }

  public ResultSet safeConstant() throws SQLException {
    return conn.createStatement().executeQuery("SELECT count(*) FROM users");
  }

  public ResultSet safePrepared(HttpServletRequest req) throws SQLException {
    PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");
    ps.setString(1, req.getParameter("name"));
    return ps.executeQuery();
  }

  public ResultSet safeParsedNumber(HttpServletRequest req) throws SQLException {
    int id = Integer.parseInt(req.getParameter("id"));
    return conn.createStatement().executeQuery("SELECT * FROM orders WHERE id = " + id);
  }

  public ResultSet safeOverwritten(HttpServletRequest req) throws SQLException {
    String sql = "SELECT * FROM users WHERE name = '" + req.getParameter("name") + "'";
    sql = "SELECT * FROM users WHERE active = 1";
    return conn.createStatement().executeQuery(sql);
  }

  public ResultSet safeDeadBranch(HttpServletRequest req) throws SQLException {
    boolean legacy = false;
    String name = req.getParameter("name");
    if (legacy) {
      return conn.createStatement().executeQuery("SELECT * FROM users WHERE name = '" + name + "'");
    }
    PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");
    ps.setString(1, name);
    return ps.executeQuery();
  }
}
