package dev.assay.gate.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.gate.secrets.SecretExamples.Positive;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No output of the gate ever contains a secret, or any 8 characters of one. */
class MaskingTest {

  @Test
  void noOutputContainsAnyEightCharactersOfASecret() throws Exception {
    int checked = 0;
    for (Positive p : SecretExamples.positives()) {
      GateResult r = SecretExamples.harness(p.path(), p.text(), SecretsConfig.defaults()).run();
      assertThat(r.findings()).as(p.toString()).isNotEmpty();
      String output = everyString(r);
      for (int i = 0; i + 8 <= p.secret().length(); i++) {
        String piece = p.secret().substring(i, i + 8);
        assertThat(output).as("%s leaks %s", p, piece).doesNotContain(piece);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(500);
  }

  @Test
  void theMessageShowsAShortPrefixTheLengthAndATruncatedHash() throws Exception {
    String token = new FakeSecrets(3).githubToken();
    Finding f = SecretExamples.run("a.py", "TOKEN = '" + token + "'\n").get(0);
    SecretMask expected = SecretMask.of(token);
    assertThat(f.message()).contains("`ghp_…` (40 chars, " + expected.fingerprint() + ")");
    assertThat(f.properties())
        .containsEntry("masked", "ghp_…")
        .containsEntry("length", "40")
        .containsEntry("fingerprint", expected.fingerprint());
    assertThat(expected.fingerprint()).matches("sha256:[0-9a-f]{12}");
  }

  @Test
  void shortSecretsShowFewerCharacters() {
    assertThat(SecretMask.of("s3cr3t-pw").masked()).isEqualTo("s3…");
    assertThat(SecretMask.of("abc").masked()).isEqualTo("…");
  }

  @Test
  void theSameSecretHasTheSameFingerprintAndAnotherOneDoesNot() {
    FakeSecrets f = new FakeSecrets(9);
    String a = f.githubToken();
    String b = f.githubToken();
    assertThat(SecretMask.of(a).fingerprint())
        .isEqualTo(SecretMask.of(a).fingerprint())
        .isNotEqualTo(SecretMask.of(b).fingerprint());
  }

  private static String everyString(GateResult r) {
    List<String> all = new ArrayList<>();
    all.add(r.summary());
    all.addAll(r.notes());
    all.addAll(r.metrics().values());
    r.criteria().forEach(c -> all.add(c.toString()));
    for (Finding f : r.findings()) {
      all.add(f.toString());
      all.addAll(f.properties().values());
    }
    return String.join("\n", all);
  }
}
