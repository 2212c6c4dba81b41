package dev.assay.java.findsecbugs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.ChangeType;
import dev.assay.api.ChangedLines;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.api.Status;
import dev.assay.gate.security.SecurityConfig;
import dev.assay.gate.security.SecurityGate;
import dev.assay.testkit.GateHarness;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FindSecBugs inside the security gate on real compiled classes: the merge with the built-in
 * rules, and bad input (missing and corrupt classes, no classes, split packages, multi-release
 * jars on the classpath).
 */
class FindSecBugsInputTest {
  @TempDir Path dir;

  static final String DAO = """
      package p;

      import java.sql.Connection;
      import java.sql.ResultSet;
      import java.sql.SQLException;

      public class Dao {
        public ResultSet byId(Connection c, String id) throws SQLException {
          return c.createStatement().executeQuery("SELECT * FROM t WHERE id = " + id.strip());
        }

        public Runnable later(Connection c, String name) {
          return new Runnable() {
            @Override
            public void run() {
              try {
                c.createStatement().executeUpdate("DELETE FROM t WHERE name = '" + Helper.trim(name) + "'");
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            }
          };
        }
      }
      """;

  static final String HELPER = """
      package p;

      public class Helper {
        public static String trim(String s) {
          return s.strip();
        }
      }
      """;

  private Path write(String rel, String text) throws Exception {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private GateResult run(SecurityConfig cfg, Map<String, String> changed) throws Exception {
    GateHarness<SecurityConfig> h = GateHarness.forGate(new SecurityGate()).config(cfg).root(dir);
    new TreeMap<>(changed).forEach((path, text) -> {
      h.headFile(path, text);
      h.change(new FileChange(path, path, ChangeType.ADDED, 100,
          ChangedLines.ofLines(IntStream.rangeClosed(1, (int) text.lines().count()).toArray())));
    });
    return h.run();
  }

  private static SecurityConfig on() {
    return SecurityConfig.defaults().withFindSecBugs(true);
  }

  /** Compiles Helper into a jar (the split package's other half) and Dao against it. */
  private void buildSplitPackage(boolean multiRelease) throws Exception {
    write("lib/src/p/Helper.java", HELPER);
    JavaBuild.compile(dir.resolve("lib/src"), dir.resolve("lib/classes"), List.of());
    Path jar = dir.resolve("lib/helper.jar");
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (multiRelease) {
      mf.getMainAttributes().put(new Attributes.Name("Multi-Release"), "true");
    }
    byte[] helper = Files.readAllBytes(dir.resolve("lib/classes/p/Helper.class"));
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out, mf)) {
      j.putNextEntry(new JarEntry("p/Helper.class"));
      j.write(helper);
      if (multiRelease) {
        j.putNextEntry(new JarEntry("META-INF/versions/17/p/Helper.class"));
        j.write(helper);
      }
    }
    write("src/main/java/p/Dao.java", DAO);
    JavaBuild.compile(dir.resolve("src/main/java"), dir.resolve("target/classes"), List.of(jar));
    write("target/classpath.txt", "lib/helper.jar\n");
  }

  @Test
  void findingsOnTheSameLineAndRuleMergeAndAnonymousClassesAreAnalysed() throws Exception {
    buildSplitPackage(false);
    GateResult r = run(on(), Map.of("src/main/java/p/Dao.java", DAO));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    Finding byId = r.findings().stream().filter(f -> f.line() == 9).findFirst().orElseThrow();
    assertThat(byId.rule()).isEqualTo("security/sql-injection");
    assertThat(byId.properties()).containsEntry("sources", "assay,findsecbugs");
    assertThat(byId.properties().get("findsecbugs-type")).contains("SQL_INJECTION_JDBC");
    assertThat(byId.message()).contains("Also found by FindSecBugs 1.14.0");
    assertThat(r.findings().stream().filter(f -> f.line() == 9)).hasSize(1);
    // The statement in the anonymous class Dao$1 is analysed too (it is a class of Dao.java); the
    // built-in flow does not follow Helper.trim, so FindSecBugs alone reports it, and since the
    // built-in flow cannot prove the value safe, it is kept.
    assertThat(r.findings()).anyMatch(f -> f.line() == 17
        && f.properties().getOrDefault("findsecbugs-type", "").contains("SQL")
        && f.properties().get("sources").equals("findsecbugs"));
    assertThat(r.metrics()).containsEntry("findsecbugs-classes", "2");
  }

  @Test
  void aMultiReleaseJarOnTheClasspathIsRead() throws Exception {
    buildSplitPackage(true);
    GateResult r = run(on(), Map.of("src/main/java/p/Dao.java", DAO));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.findings()).anyMatch(f -> f.line() == 9
        && f.properties().getOrDefault("findsecbugs-type", "").contains("SQL_INJECTION"));
    assertThat(r.notes()).noneMatch(n -> n.contains("analysis error"));
  }

  @Test
  void aChangedSourceWithoutClassesIsNamedInANoteAndTheOthersAreAnalysed() throws Exception {
    buildSplitPackage(false);
    String fresh = "package p;\n\npublic class NotBuilt {\n  int x() {\n    return 1;\n  }\n}\n";
    GateResult r = run(on(), Map.of("src/main/java/p/Dao.java", DAO,
        "src/main/java/p/NotBuilt.java", fresh));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.notes()).anyMatch(n -> n.contains("src/main/java/p/NotBuilt.java")
        && n.contains("no compiled class"));
    assertThat(r.findings()).anyMatch(f -> f.path().equals("src/main/java/p/Dao.java")
        && f.properties().containsKey("findsecbugs-type"));
  }

  @Test
  void aCorruptClassFileIsNamedAndSkipped() throws Exception {
    buildSplitPackage(false);
    String broken = "package p;\n\npublic class Broken {\n}\n";
    Files.write(dir.resolve("target/classes/p/Broken.class"),
        new byte[] {(byte) 0xCA, (byte) 0xFE, 1, 2, 3});
    GateResult r = run(on(), Map.of("src/main/java/p/Dao.java", DAO,
        "src/main/java/p/Broken.java", broken));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.notes()).anyMatch(n -> n.contains("p/Broken.class")
        && n.contains("not a valid class file"));
    assertThat(r.findings()).anyMatch(f -> f.properties().containsKey("findsecbugs-type"));
  }

  @Test
  void noCompiledClassesAtAllIsAnErrorSayingWhatToBuild() throws Exception {
    write("src/main/java/p/Dao.java", DAO);
    GateResult r = run(on(), Map.of("src/main/java/p/Dao.java", DAO));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.summary()).contains("target/classes").contains("mvn compile");
  }

  @Test
  void aMissingClasspathFileIsANoteAndTheAnalysisStillRuns() throws Exception {
    buildSplitPackage(false);
    Files.delete(dir.resolve("target/classpath.txt"));
    GateResult r = run(on(), Map.of("src/main/java/p/Dao.java", DAO));
    assertThat(r.notes()).anyMatch(n -> n.contains("target/classpath.txt not found"));
    assertThat(r.findings()).anyMatch(f -> f.properties().containsKey("findsecbugs-type"));
  }

  @Test
  void withFindSecBugsOffNothingChanges() throws Exception {
    buildSplitPackage(false);
    GateResult r = run(SecurityConfig.defaults(), Map.of("src/main/java/p/Dao.java", DAO));
    assertThat(r.findings()).noneMatch(f -> f.properties().containsKey("findsecbugs-type"));
    assertThat(r.criteria()).noneMatch(c -> c.id().startsWith("security/findsecbugs-"));
  }
}
