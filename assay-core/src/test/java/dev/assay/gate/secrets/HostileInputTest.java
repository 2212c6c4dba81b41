package dev.assay.gate.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.assay.api.Finding;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Inputs a scan of a real repository meets: minified bundles, binary files with a text extension,
 * very long lines. Each must finish without an exception. The generous timeouts only guard against
 * a hang (a quadratic scan of 50 MB takes hours), they are not a benchmark.
 */
class HostileInputTest {
  private static final Duration HANG = Duration.ofSeconds(60);

  @Test
  void fiftyMegabyteMinifiedLine() {
    String token = new FakeSecrets(5).githubToken();
    StringBuilder b = new StringBuilder(50 * 1024 * 1024 + 1024);
    String chunk =
        "var a=\"https://cdn.example.org/x.js\",b='eyJ0eXAiOi',c=`--x--`,d={k:\"://\","
            + "e:'-----BEGIN '};function f(t){return t.token==\"AKIA\"?sk-1:xoxb-2}";
    while (b.length() < 50 * 1024 * 1024) {
      b.append(chunk);
    }
    b.append(";const GH=\"").append(token).append("\";");
    String text = b.toString();
    List<Finding> found =
        assertTimeoutPreemptively(
            HANG, () -> SecretScanner.scan("dist/app.min.js", text, LineFilter.all()));
    assertThat(found).extracting(Finding::rule).containsExactly("secrets/github-token");
  }

  @Test
  void binaryLookingText() {
    Random r = new Random(1);
    char[] c = new char[5_000_000];
    for (int i = 0; i < c.length; i++) {
      c[i] = (char) r.nextInt(256);
    }
    String text = new String(c);
    assertTimeoutPreemptively(
        HANG, () -> SecretScanner.scan("lib/blob.java", text, LineFilter.all()));
    assertTimeoutPreemptively(
        HANG, () -> SecretScanner.scan("conf/blob.yml", text, LineFilter.all()));
  }

  @Test
  void longLinesOfQuotesAndAnchors() {
    String quotes =
        "\"\\\"".repeat(40_000)
            + "\n"
            + "'a".repeat(50_000)
            + "\n"
            + "password=\""
            + "a\\\"".repeat(50_000)
            + "\n"
            + "-eyJ".repeat(25_000)
            + "\n"
            + "x://y:z@".repeat(12_000)
            + "\n"
            + "\"service_account\"".repeat(6000);
    List<Finding> found =
        assertTimeoutPreemptively(HANG, () -> SecretScanner.scan("a.js", quotes, LineFilter.all()));
    assertThat(found).isEmpty();
    assertTimeoutPreemptively(HANG, () -> SecretScanner.scan(".env", quotes, LineFilter.all()));
  }

  @Test
  void manyFindingsInOneFileAreCapped() {
    FakeSecrets f = new FakeSecrets(8);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      b.append("t").append(i).append(" = '").append(f.githubToken()).append("'\n");
    }
    assertThat(SecretScanner.scan("a.py", b.toString(), LineFilter.all()))
        .hasSize(SecretScanner.MAX_FINDINGS_PER_FILE);
  }

  @Test
  void emptyAndTinyTexts() {
    for (String t : List.of("", "\n", "\"", "-", "://", "eyJ", "AKIA", "\r\n\r\n")) {
      assertThat(SecretScanner.scan("a.txt", t, LineFilter.all())).isEmpty();
      assertThat(SecretScanner.scan("a.env", t, LineFilter.all())).isEmpty();
    }
  }
}
