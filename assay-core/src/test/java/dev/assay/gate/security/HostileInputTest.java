package dev.assay.gate.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a scanner meets in real trees: binary, minified, non-UTF-8, huge, unterminated. */
class HostileInputTest {
  private final SecurityScanner scanner = new SecurityScanner(SecurityConfig.defaults());

  @Test
  void binaryAndMinifiedFilesAreSkippedWithAReason() {
    SecurityScanner.FileScan binary = scanner.scan("lib/a.js", "eval(x)\u0000\u0001", l -> true);
    assertThat(binary.findings()).isEmpty();
    assertThat(binary.problem()).hasValueSatisfying(p -> assertThat(p).contains("binary"));
    String minified = "eval(code);" + "var a=1;".repeat(500);
    assertThat(scanner.scan("dist/app.min.js", minified, l -> true).problem())
        .hasValueSatisfying(p -> assertThat(p).contains("minified"));
  }

  @Test
  void unterminatedLiteralsAreNotedAndDoNotHang() {
    SecurityScanner.FileScan s =
        scanner.scan("a.py", "eval(x)\ns = '''never closed\n" + "x\n".repeat(10_000), l -> true);
    assertThat(s.findings()).extracting(Finding::line).containsExactly(1);
    assertThat(s.problem()).hasValueSatisfying(p -> assertThat(p).contains("unterminated"));
  }

  @Test
  void deeplyNestedScriptCodeDoesNotOverflow() {
    String deep = "eval(" + "[\n".repeat(100_000) + "x" + "]\n".repeat(100_000) + ");\n";
    assertThat(scanner.scan("a.js", deep, l -> true).findings()).hasSize(1);
  }

  @Test
  void aFileOnDiskIsDecodedLeniently(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("views.py");
    byte[] head = "# caf\u00e9 \n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] body = "def f(cur, n):\n    cur.execute(f\"SELECT * FROM t WHERE n = '{n}'\")\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    Files.write(f, all);
    List<Finding> found = SecurityScanner.scan(f, "app/views.py");
    assertThat(found).extracting(Finding::rule).containsExactly("security/sql-injection");
    assertThat(found.get(0).properties()).containsEntry("cwe", "CWE-89").containsEntry("confidence", "low");
  }

  @Test
  void filesWithoutSinkWordsAreNotParsed() {
    SecurityScanner.FileScan s =
        scanner.scan("src/main/java/A.java", "class A { int add(int a, int b) { return a + b; } }", l -> true);
    assertThat(s.candidate()).isFalse();
    assertThat(scanner.scan("README.md", "eval(x)", l -> true).candidate()).isFalse();
  }
}
