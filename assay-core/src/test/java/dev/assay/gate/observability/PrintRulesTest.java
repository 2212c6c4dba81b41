package dev.assay.gate.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Finding;
import org.junit.jupiter.api.Test;

/** The print-stack-trace and debug-print rules. */
class PrintRulesTest {

  @Test
  void javaPrintsAndStackTraces() throws Exception {
    String src = """
        class A {
          void f() {
            System.out.println("debug " + x);
            System.err.printf("%s%n", x);
            try { g(); } catch (Exception e) { e.printStackTrace(); }
            String s = "System.out.println(x)";
            // System.out.println(x);
            try { g(); } catch (Exception e) { e.printStackTrace(new PrintWriter(sw)); log(sw); }
            out.println("to a writer the caller gave");
          }
        }
        """;
    assertThat(Scan.of("src/main/java/A.java", src))
        .containsExactly("debug-print@3", "debug-print@4", "print-stack-trace@5");
  }

  @Test
  void messagesNameTheCallAndTheFix() throws Exception {
    Finding f = Scan.defaults().file("src/main/java/A.java",
        "class A { void f() { System.out.println(1); } }\n").run().findings().get(0);
    assertThat(f.message()).contains("`System.out.println`", "logger");
    assertThat(f.properties()).containsEntry("cwe", "CWE-489").containsEntry("call",
        "System.out.println");
  }

  @Test
  void testCodeMayPrint() throws Exception {
    String src = "class ATest { void f() { System.out.println(1); e.printStackTrace(); } }\n";
    assertThat(Scan.of("src/test/java/ATest.java", src)).isEmpty();
    assertThat(Scan.of("tests/test_a.py", "def test_a():\n    print(1)\n")).isEmpty();
    assertThat(Scan.of("lib/a.test.js", "test('a', () => { console.log(1) })\n")).isEmpty();
  }

  @Test
  void programsWithAMainPrintByDesign() throws Exception {
    assertThat(Scan.of("src/main/java/Tool.java",
        "class Tool {\n  public static void main(String[] args) {\n    System.out.println(1);\n  }\n}\n"))
        .isEmpty();
    assertThat(Scan.of("cmd/tool/main.go",
        "package main\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n")).isEmpty();
    assertThat(Scan.of("tool.py", "def run():\n    print(1)\n\nif __name__ == \"__main__\":\n    run()\n"))
        .isEmpty();
    assertThat(Scan.of("lib/cli-runner.js", "#!/usr/bin/env node\nconsole.log('usage')\n"))
        .isEmpty();
  }

  @Test
  void scriptsExamplesAndLoggingCodeAreExempt() throws Exception {
    assertThat(Scan.of("scripts/release.js", "console.log('done')\n")).isEmpty();
    assertThat(Scan.of("examples/server.py", "print('listening')\n")).isEmpty();
    assertThat(Scan.of("lib/utils/logger.js", "exports.info = (m) => console.log(m)\n")).isEmpty();
  }

  @Test
  void javascriptConsole() throws Exception {
    String js = """
        function f(x) {
          console.log('x is', x);
          console.debug(x);
          console.error('failed', x);
          console.warn('deprecated');
          console.trace();
          console.log(x); // eslint-disable-line no-console
          const msg = `console.log(${x})`;
        }
        """;
    assertThat(Scan.of("lib/f.js", js))
        .containsExactly("debug-print@2", "debug-print@3", "print-stack-trace@6");
  }

  @Test
  void pythonPrint() throws Exception {
    String py = """
        import traceback

        def handle(x):
            print("got", x)
            self.print(x)
            printer.print(x)
            try:
                run(x)
            except Exception:
                traceback.print_exc()
                raise
            print(x)  # noqa: T201
        """;
    assertThat(Scan.of("app/handle.py", py))
        .containsExactly("debug-print@4", "print-stack-trace@10");
  }

  @Test
  void goKotlinCsharpPhp() throws Exception {
    assertThat(Scan.of("store/s.go",
        "package store\n\nfunc f() {\n\tfmt.Println(\"x\")\n\tfmt.Fprintln(os.Stderr, \"y\")\n"
            + "\tfmt.Fprintf(w, \"z\")\n\tlog.Println(\"ok\")\n}\n"))
        .containsExactly("debug-print@4", "debug-print@5");
    assertThat(Scan.of("src/main/kotlin/A.kt", "fun f() {\n  println(\"x\")\n  logger.info(\"y\")\n}\n"))
        .containsExactly("debug-print@2");
    assertThat(Scan.of("src/A.cs", "class A { void F() {\n Console.WriteLine(x);\n} }\n"))
        .containsExactly("debug-print@2");
    assertThat(Scan.of("src/a.php",
        "<?php\nvar_dump($x);\n$s = print_r($x, true);\nprint_r($x);\n"))
        .containsExactly("debug-print@2", "debug-print@4");
  }

  @Test
  void onlyAddedLinesAreReported() throws Exception {
    String src = "class A {\n  void f() {\n    System.out.println(1);\n"
        + "    System.out.println(2); // +\n  }\n}\n";
    assertThat(Scan.defaults().changed("src/main/java/A.java", src).findings())
        .containsExactly("debug-print@4");
  }

  @Test
  void bundledCodeIsExcluded() throws Exception {
    assertThat(Scan.of("dist/app.js", "console.log(1)\n")).isEmpty();
  }
}
