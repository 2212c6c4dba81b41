package dev.assay.policy;

import static dev.assay.policy.TestCriteria.GATES;
import static dev.assay.policy.TestCriteria.failsAt;
import static dev.assay.policy.TestCriteria.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Location;
import dev.assay.api.Settings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CriteriaLoaderTest {
  static final String FULL =
      """
      version: 1
      exclude: ["**/generated/**", "vendor/"]
      baseline: build/../.assay/baseline.json
      docs-url: https://docs.example.com/assay
      gates:
        tests:
          blocking: false
          reports: ["**/surefire-reports/*.xml"]
        coverage:
          changed-lines: 85%
          reports: build/jacoco.xml
        mutation: on
      overrides:
        - paths: ["legacy/**"]
          gates:
            coverage: { changed-lines: 50% }
        - paths: src/critical/**
          gates:
            coverage:
              changed-lines: 100%
            tests:
      """;

  @Test
  void fullExampleRoundTrips() throws Exception {
    Criteria c = parse(FULL);

    assertThat(c.version()).isEqualTo(1);
    assertThat(c.exclude()).containsExactly("**/generated/**", "vendor/");
    assertThat(c.baseline()).isEqualTo(".assay/baseline.json");
    assertThat(c.docsUrl()).isEqualTo("https://docs.example.com/assay/");
    assertThat(c.gates().keySet()).containsExactly("tests", "coverage", "mutation");

    GateSection tests = c.gate("tests").orElseThrow();
    assertThat(tests.enabled()).isTrue();
    assertThat(tests.blocking()).isFalse();
    assertThat(tests.explicit()).isTrue();
    assertThat(tests.settings().keys()).containsExactly("reports");
    assertThat(tests.settings().paths("reports", List.of()))
        .containsExactly("**/surefire-reports/*.xml");

    GateSection coverage = c.gate("coverage").orElseThrow();
    assertThat(coverage.settings().keys()).containsExactly("changed-lines", "reports");
    assertThat(coverage.settings().ratio("changed-lines", 0.8)).isEqualTo(0.85);
    assertThat(coverage.settings().strings("reports", List.of()))
        .containsExactly("build/jacoco.xml");
    assertThat(coverage.settings().location("changed-lines"))
        .isEqualTo(new Location(".assay.yml", 10, 5, "gates.coverage.changed-lines"));

    GateSection mutation = c.gate("mutation").orElseThrow();
    assertThat(mutation.enabled()).isTrue();
    assertThat(mutation.explicit()).isTrue();
    assertThat(mutation.settings().keys()).isEmpty();

    assertThat(c.overrides()).hasSize(2);
    PathOverride legacy = c.overrides().get(0);
    assertThat(legacy.paths()).containsExactly("legacy/**");
    assertThat(legacy.location()).isEqualTo(new Location(".assay.yml", 14, 5, "overrides[0]"));
    assertThat(legacy.gates().get("coverage").ratio("changed-lines", 0)).isEqualTo(0.5);
    PathOverride critical = c.overrides().get(1);
    assertThat(critical.paths()).containsExactly("src/critical/**");
    assertThat(critical.gates().keySet()).containsExactly("coverage", "tests");
    assertThat(critical.gates().get("tests").keys()).isEmpty();

    byte[] bytes = FULL.getBytes(StandardCharsets.UTF_8);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertThat(c.source().path()).isEqualTo(".assay.yml");
    assertThat(c.source().sha256()).isEqualTo(sha).hasSize(64);
    assertThat(c.source().defaultsUsed()).isEmpty();
    assertThat(c.source().isDefault()).isFalse();
  }

  @Test
  void absentSectionsGetDefaultsAndSayWhich() {
    Criteria c = parse("gates:\n  coverage: { changed-lines: 90% }\n");

    GateSection tests = c.gate("tests").orElseThrow();
    assertThat(tests.enabled()).isTrue();
    assertThat(tests.blocking()).isTrue();
    assertThat(tests.explicit()).isFalse();
    assertThat(tests.settings().keys()).isEmpty();
    assertThat(tests.settings().location("reports"))
        .isEqualTo(new Location(".assay.yml", 0, 0, "gates.tests.reports"));
    assertThat(c.gate("mutation").orElseThrow().enabled()).isFalse();
    assertThat(c.source().defaultsUsed())
        .containsExactly(
            "baseline: .assay-baseline.json (default)",
            "docs-url: https://github.com/assay-dev/assay/blob/main/docs/ (default)",
            "tests: JUnit XML reports must all pass (default)",
            "mutation: off (default)");
    assertThat(c.baseline()).isEqualTo(".assay-baseline.json");
    assertThat(c.exclude()).isEmpty();
    assertThat(c.overrides()).isEmpty();
  }

  @Test
  void defaultsWithoutFile() {
    Criteria c = CriteriaLoader.defaults(GATES);

    assertThat(c.source().isDefault()).isTrue();
    assertThat(c.source().sha256()).isEmpty();
    assertThat(c.gates().keySet()).containsExactly("tests", "coverage", "mutation");
    assertThat(c.gates().values()).allSatisfy(g -> assertThat(g.explicit()).isFalse());
    assertThat(c.gate("coverage").orElseThrow().enabled()).isTrue();
    assertThat(c.gate("mutation").orElseThrow().enabled()).isFalse();
    assertThat(c.source().defaultsUsed())
        .startsWith(
            "tests: JUnit XML reports must all pass (default)",
            "coverage: changed lines >= 80% covered (default)",
            "mutation: off (default)")
        .contains("baseline: .assay-baseline.json (default)");
    assertThat(c.docsUrl()).isEqualTo("https://github.com/assay-dev/assay/blob/main/docs/");
  }

  @Test
  void emptyFileAndCommentOnlyFileAreDefaultsWithTheirSource() {
    for (String text : List.of("", "# nothing yet\n  # indented comment\n", "---\n", "\n\n")) {
      Criteria c = parse(text);
      assertThat(c.source().path()).isEqualTo(".assay.yml");
      assertThat(c.source().sha256()).hasSize(64);
      assertThat(c.gates()).hasSize(3);
      assertThat(c.gate("tests").orElseThrow().explicit()).isFalse();
      assertThat(c.source().defaultsUsed()).hasSize(5);
    }
  }

  @Test
  void gateShorthandSwitches() {
    Criteria c = parse("gates:\n  tests: off\n  coverage: false\n  mutation: true\n");
    assertThat(c.gate("tests").orElseThrow().enabled()).isFalse();
    assertThat(c.gate("coverage").orElseThrow().enabled()).isFalse();
    assertThat(c.gate("mutation").orElseThrow().enabled()).isTrue();
    assertThat(c.gate("mutation").orElseThrow().explicit()).isTrue();
  }

  @Test
  void aWrittenSectionTurnsAnOffByDefaultGateOn() {
    for (String text :
        List.of(
            "gates:\n  mutation: {}\n",
            "gates:\n  mutation:\n",
            "gates:\n  mutation: { x: 1 }\n")) {
      assertThat(parse(text).gate("mutation").orElseThrow().enabled()).as(text).isTrue();
    }
    assertThat(parse("gates:\n  mutation: { enabled: false, x: 1 }\n").gate("mutation")
            .orElseThrow().enabled())
        .isFalse();
  }

  @Test
  void engineOwnedKeysAreHiddenFromTheGate() {
    Criteria c = parse("gates:\n  mutation:\n    enabled: yes\n    blocking: no\n    x: 1\n");
    GateSection m = c.gate("mutation").orElseThrow();
    assertThat(m.enabled()).isTrue();
    assertThat(m.blocking()).isFalse();
    assertThat(m.settings().keys()).containsExactly("x");
    assertThat(m.settings().has("enabled")).isFalse();
  }

  @Test
  void emptyGateSectionIsExplicitAndOnWithDefaults() {
    Criteria c = parse("gates:\n  mutation:\n");
    GateSection m = c.gate("mutation").orElseThrow();
    assertThat(m.explicit()).isTrue();
    assertThat(m.enabled()).isTrue();
    assertThat(m.settings().location("x"))
        .isEqualTo(new Location(".assay.yml", 2, 3, "gates.mutation.x"));
  }

  @Test
  void unknownTopLevelKeySuggestsTheClosest() {
    failsAt("version: 1\nexlcude: [a]\n", 2, 1, "exlcude")
        .hasMessageContaining("unknown key `exlcude`")
        .hasMessageContaining("did you mean `exclude`?");
  }

  @Test
  void unknownGateIdSuggestsTheClosestOrListsAll() {
    failsAt("gates:\n  coverge: {}\n", 2, 3, "gates.coverge")
        .hasMessageEndingWith("unknown gate `coverge` (did you mean `coverage`?)");
    failsAt("gates:\n  speed: {}\n", 2, 3, "gates.speed")
        .hasMessageContaining("valid: `tests`, `coverage`, `mutation`");
  }

  @Test
  void wrongTypesAtTheTopLevel() {
    failsAt("version: 2\n", 1, 10, "version").hasMessageContaining("unsupported version 2");
    failsAt("version: one\n", 1, 10, "version")
        .hasMessageContaining("expected a whole number, got `one`");
    failsAt("exclude: {a: 1}\n", 1, 10, "exclude")
        .hasMessageContaining("expected a list of texts, got a mapping");
    failsAt("exclude:\n  - a\n  - [b]\n", 3, 5, "exclude[1]")
        .hasMessageContaining("expected a text entry, got a list");
    failsAt("gates: [tests]\n", 1, 8, "gates")
        .hasMessageContaining("expected a mapping, got a list");
    failsAt("gates:\n  tests: maybe\n", 2, 10, "gates.tests")
        .hasMessageContaining("or `true`/`false` (`on`/`off`), got `maybe`");
    failsAt("gates:\n  tests: [a]\n", 2, 10, "gates.tests").hasMessageContaining("got a list");
    failsAt("gates:\n  tests:\n    blocking: 3\n", 3, 15, "gates.tests.blocking")
        .hasMessageContaining("expected true or false, got `3`");
    failsAt("docs-url: [x]\n", 1, 11, "docs-url")
        .hasMessageContaining("expected a text value, got a list");
  }

  @Test
  void baselineMustStayInsideTheRepository() {
    failsAt("baseline: ../../etc/passwd\n", 1, 11, "baseline")
        .hasMessageContaining("`../../etc/passwd` points outside the repository");
    failsAt("baseline: /etc/passwd\n", 1, 11, "baseline").hasMessageContaining("absolute path");
    failsAt("baseline: 'C:\\x\\b.json'\n", 1, 11, "baseline").hasMessageContaining("absolute path");
    failsAt("baseline: a/..\n", 1, 11, "baseline").hasMessageContaining("repository root");
    assertThat(parse("baseline: ./ci/b.json\n").baseline()).isEqualTo("ci/b.json");
  }

  @Test
  void docsUrlMustBeHttpAndGetsATrailingSlash() {
    assertThat(parse("docs-url: http://x.test/d/\n").docsUrl()).isEqualTo("http://x.test/d/");
    failsAt("docs-url: ftp://x.test/\n", 1, 11, "docs-url")
        .hasMessageContaining("`ftp://x.test/` is not an http(s) URL");
    failsAt("docs-url: docs/\n", 1, 11, "docs-url").hasMessageContaining("not an http(s) URL");
  }

  @Test
  void overrideMistakes() {
    failsAt("overrides:\n  - gates: {coverage: {}}\n", 2, 5, "overrides[0]")
        .hasMessageContaining("missing `paths`");
    failsAt("overrides:\n  - paths: []\n    gates: {}\n", 2, 12, "overrides[0].paths")
        .hasMessageContaining("`paths` is empty");
    failsAt("overrides:\n  - paths: [a]\n", 2, 5, "overrides[0]")
        .hasMessageContaining("missing `gates`");
    failsAt("overrides:\n  - paths: [../x]\n    gates: {}\n", 2, 13, "overrides[0].paths[0]")
        .hasMessageContaining("points outside the repository");
    failsAt("overrides:\n  - path: [a]\n", 2, 5, "overrides[0].path")
        .hasMessageContaining("did you mean `paths`?");
    failsAt(
            "overrides:\n  - paths: a\n    gates:\n      coverage: off\n",
            4,
            17,
            "overrides[0].gates.coverage")
        .hasMessageContaining("cannot switch a gate on or off");
    failsAt(
            "overrides:\n  - paths: a\n    gates:\n      coverage:\n        enabled: false\n",
            5,
            9,
            "overrides[0].gates.coverage.enabled")
        .hasMessageContaining("`enabled` cannot be overridden per path");
    failsAt(
            "overrides:\n  - paths: a\n    gates:\n      covrage: {}\n",
            4,
            7,
            "overrides[0].gates.covrage")
        .hasMessageContaining("did you mean `coverage`?");
    failsAt("overrides: {paths: a}\n", 1, 12, "overrides")
        .hasMessageContaining("expected a list of entries");
    failsAt("overrides:\n  - legacy/**\n", 2, 5, "overrides[0]")
        .hasMessageContaining("got `legacy/**`");
  }

  @Test
  void overlayMergesKeyByKeyKeepingLocations() {
    Criteria c = parse(FULL);
    Settings base = c.gate("coverage").orElseThrow().settings();
    Settings over = c.overrides().get(0).gates().get("coverage");

    Settings merged = CriteriaLoader.overlay(base, over);

    assertThat(merged.keys()).containsExactly("changed-lines", "reports");
    assertThat(merged.ratio("changed-lines", 0)).isEqualTo(0.5);
    assertThat(merged.strings("reports", List.of())).containsExactly("build/jacoco.xml");
    assertThat(merged.location("changed-lines"))
        .isEqualTo(new Location(".assay.yml", 16, 19, "overrides[0].gates.coverage.changed-lines"));
    assertThat(merged.location("reports"))
        .isEqualTo(new Location(".assay.yml", 11, 5, "gates.coverage.reports"));
    assertThat(merged.location("absent").keyPath()).isEqualTo("gates.coverage.absent");
    assertThat(merged.has("reports")).isTrue();
    assertThat(CriteriaLoader.overlay(base, YamlSettings.empty(base.location("")))).isSameAs(base);
  }

  @Test
  void overlayChecksKeysOnBothSides() {
    Criteria c =
        parse(
            "gates:\n  coverage: {a: 1}\noverrides:\n  - paths: x\n    gates:\n"
                + "      coverage: {b: 2}\n");
    Settings merged =
        CriteriaLoader.overlay(
            c.gate("coverage").orElseThrow().settings(),
            c.overrides().get(0).gates().get("coverage"));
    merged.requireKnownKeys(Set.of("a", "b"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> merged.requireKnownKeys(Set.of("a")))
        .hasMessageStartingWith(
            ".assay.yml:6:18: `overrides[0].gates.coverage.b`: unknown key `b`");
  }

  @Test
  void parseIsDeterministic() {
    Criteria a = parse(FULL);
    Criteria b = parse(FULL);
    assertThat(a.gates().keySet()).containsExactlyElementsOf(b.gates().keySet());
    assertThat(a.overrides().get(1).gates().keySet()).containsExactly("coverage", "tests");
    assertThat(a.source()).isEqualTo(b.source());
  }
}
