package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.testkit.TestRepo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FindSecBugs inside the security gate, end to end through {@code assay check}: a real git change,
 * classes compiled by javac, and FindSecBugs's findings in every report format.
 */
class FindSecBugsCliTest {
  @TempDir Path tmp;

  static final String BASE = """
      package shop;

      import java.sql.Connection;
      import java.sql.ResultSet;
      import java.sql.SQLException;

      public class Orders {
        public ResultSet all(Connection c) throws SQLException {
          return c.createStatement().executeQuery("SELECT * FROM orders");
        }
      }
      """;

  static final String HEAD = """
      package shop;

      import java.sql.Connection;
      import java.sql.ResultSet;
      import java.sql.SQLException;

      public class Orders {
        public ResultSet all(Connection c) throws SQLException {
          return c.createStatement().executeQuery("SELECT * FROM orders");
        }

        public ResultSet byCustomer(Connection c, String customer) throws SQLException {
          return c.createStatement().executeQuery(
              "SELECT * FROM orders WHERE customer = '" + Names.clean(customer) + "'");
        }
      }
      """;

  static final String NAMES = """
      package shop;

      final class Names {
        static String clean(String s) {
          return s.trim();
        }
      }
      """;

  @Test
  void findSecBugsFindingsReachEveryReportFormat() throws Exception {
    try (TestRepo repo = TestRepo.init(tmp.resolve("repo"))) {
      repo.write(".gitignore", "target/\n")
          .write(".assay.yml", "gates:\n  tests: off\n  coverage: off\n"
              + "  security:\n    findsecbugs: true\n")
          .write("src/main/java/shop/Orders.java", BASE)
          .write("src/main/java/shop/Names.java", NAMES)
          .commit("base");
      repo.branch("feature").checkout("feature");
      repo.write("src/main/java/shop/Orders.java", HEAD).commit("orders by customer");
      Path src = repo.dir().resolve("src/main/java/shop");
      int rc = ToolProvider.getSystemJavaCompiler().run(null, null,
          new PrintStream(new ByteArrayOutputStream()), "-g", "-d",
          repo.dir().resolve("target/classes").toString(),
          src.resolve("Orders.java").toString(), src.resolve("Names.java").toString());
      assertThat(rc).isZero();

      Path out = tmp.resolve("reports");
      CliRun run = CliRun.of("check", "--repo", repo.dir().toString(), "--base", "main",
          "--output-dir", out.toString());

      assertThat(run.code()).as("%s", run).isEqualTo(1);
      assertThat(run.out()).contains("security").contains("Orders.java");
      for (String name :
          new String[] {"assay.md", "assay.sarif", "assay.json", "assay-junit.xml", "assay.html"}) {
        assertThat(Files.readString(out.resolve(name)))
            .as(name)
            .contains("security/sql-injection")
            .contains("Orders.java")
            .contains("INJECTION")
            .contains("JDBC");
      }
      String sarif = Files.readString(out.resolve("assay.sarif"));
      assertThat(sarif).contains("CWE-89").contains("findsecbugs-type")
          .contains("security/findsecbugs-injection");
      assertThat(Files.readString(out.resolve("assay.json"))).contains("\"sources\"")
          .contains("findsecbugs-classes");
    }
  }
}
