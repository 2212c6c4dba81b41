package dev.assay.java.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.testkit.GateHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a break is placed and which uses elsewhere in the repository are listed: callers of a
 * method, constructions, field reads, subclasses of a class made final, implementations of an
 * interface that gained a method; never the declaring module itself, comments or other names.
 */
class UseSitesTest {
  @TempDir Path root;

  static final String LIB_V1 = """
      package com.acme;

      public class Api {
        public static int LIMIT = 3;

        public Api(int size) {}

        public void run(String s) {}

        public interface Listener {
          void done();
        }
      }
      """;

  static final String LIB_V2 = """
      package com.acme;

      public final class Api {
        public Api(long size) {}

        public interface Listener {
          void done();

          void failed();
        }
      }
      """;

  static final String CLIENT = """
      package client;

      import com.acme.Api;

      class Client extends Api implements Api.Listener {
        // run( in a comment is not a use
        void go() {
          Api a = new Api(3);
          a.run("x");
          int n = Api.LIMIT;
          runner();
        }

        public void done() {}
      }
      """;

  private GateHarness<ApiConfig> harness() throws Exception {
    write("lib/src/main/java/com/acme/Api.java", LIB_V2);
    write("lib/src/test/java/com/acme/ApiTest.java", "class ApiTest { void t() { run(null); } }");
    write("client/src/main/java/client/Client.java", CLIENT);
    write("docs/Other.java", "class Other { void run(int x) {} }");
    TestJars.jar(root, "old.jar", Map.of("com/acme/Api.java", LIB_V1));
    TestJars.jar(root, "new.jar", Map.of("com/acme/Api.java", LIB_V2));
    return GateHarness.forGate(new ApiGate()).root(root)
        .config(ApiConfig.defaults().withJars(List.of("old.jar"), List.of("new.jar")))
        .headFile("lib/src/main/java/com/acme/Api.java", LIB_V2)
        .headFile("lib/src/test/java/com/acme/ApiTest.java", read("lib/src/test/java/com/acme/ApiTest.java"))
        .headFile("client/src/main/java/client/Client.java", CLIENT)
        .headFile("docs/Other.java", read("docs/Other.java"));
  }

  private void write(String path, String text) throws Exception {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private String read(String path) throws Exception {
    return Files.readString(root.resolve(path));
  }

  private static Finding one(GateResult r, String element, String change) {
    return r.findings().stream().filter(f -> f.properties().get("element").equals(element)
        && f.properties().get("change").equals(change)).findFirst().orElseThrow(
            () -> new AssertionError(element + " " + change + " not in " + r.findings()));
  }

  @Test
  void listsUsesOutsideTheDeclaringModuleOnly() throws Exception {
    GateResult r = harness().run();
    String lib = "lib/src/main/java/com/acme/Api.java";
    Finding run = one(r, "com.acme.Api#run(String)", "METHOD_REMOVED");
    assertThat(run.path()).isEqualTo(lib);
    assertThat(run.line()).isEqualTo(3);
    assertThat(run.properties().get("use-sites")).isEqualTo("client/src/main/java/client/Client.java:9");
    Finding ctor = one(r, "com.acme.Api#Api(int)", "CONSTRUCTOR_REMOVED");
    assertThat(ctor.properties().get("use-sites")).isEqualTo("client/src/main/java/client/Client.java:8");
    Finding field = one(r, "com.acme.Api#LIMIT", "FIELD_REMOVED");
    assertThat(field.properties().get("use-sites")).isEqualTo("client/src/main/java/client/Client.java:10");
    Finding fin = one(r, "com.acme.Api", "CLASS_NOW_NOT_EXTENDABLE");
    assertThat(fin.line()).isEqualTo(3);
    assertThat(fin.properties().get("use-sites")).isEqualTo("client/src/main/java/client/Client.java:5");
    Finding added = one(r, "com.acme.Api.Listener#failed()", "METHOD_ADDED_TO_INTERFACE");
    assertThat(added.line()).isEqualTo(9);
    assertThat(added.properties().get("use-sites")).isEqualTo("client/src/main/java/client/Client.java:5");
    assertThat(added.message()).contains("Uses elsewhere in this repository (by name):"
        + " client/src/main/java/client/Client.java:5.")
        .endsWith("Give the new method a default implementation so existing implementations keep"
            + " working.");
    assertThat(fin.message()).contains("Keep it open for extension");
  }
}
