package dev.assay.policy;

import static dev.assay.policy.TestCriteria.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.CriteriaException;
import dev.assay.api.Location;
import dev.assay.api.Settings;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlSettingsTest {

  /** The coverage section of a file whose line 3 is {@code <key>: <value>}. */
  private static Settings section(String body) {
    return parse("gates:\n  coverage:\n" + body.indent(4))
        .gate("coverage")
        .orElseThrow()
        .settings();
  }

  private static String errorOf(Runnable r) {
    try {
      r.run();
    } catch (CriteriaException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a CriteriaException");
  }

  @ParameterizedTest
  @CsvSource({
    "80%, 0.8",
    "80.5%, 0.805",
    "0.8, 0.8",
    "1, 1.0",
    "0, 0.0",
    "100%, 1.0",
    "0%, 0.0",
    "'\"75 %\"', 0.75",
    ".5, 0.5"
  })
  void ratioForms(String written, double expected) {
    assertThat(section("r: " + written).ratio("r", -1)).isEqualTo(expected);
  }

  @Test
  void ratioMistakes() {
    assertThat(errorOf(() -> section("r: 80").ratio("r", 0)))
        .isEqualTo(
            ".assay.yml:3:8: `gates.coverage.r`: `80` is above 1; a bare number is a fraction,"
                + " so it is ambiguous (write `80%` for a percentage)");
    assertThat(errorOf(() -> section("r: 80.50").ratio("r", 0))).contains("write `80.5%`");
    assertThat(errorOf(() -> section("r: 101%").ratio("r", 0)))
        .startsWith(".assay.yml:3:8: `gates.coverage.r`: `101%` is not between 0% and 100%");
    assertThat(errorOf(() -> section("r: -5%").ratio("r", 0))).contains("not between 0% and 100%");
    assertThat(errorOf(() -> section("r: -0.1").ratio("r", 0))).contains("`-0.1` is negative");
    assertThat(errorOf(() -> section("r: high").ratio("r", 0)))
        .contains("expected a ratio such as `80%` or `0.8`, got `high`");
    assertThat(errorOf(() -> section("r: .nan").ratio("r", 0))).contains("got `.nan`");
    assertThat(errorOf(() -> section("r: [1]").ratio("r", 0)))
        .isEqualTo(
            ".assay.yml:3:8: `gates.coverage.r`: expected a ratio such as `80%` or `0.8`, got a"
                + " list");
  }

  @Test
  void typedGettersAndTheirErrors() {
    Settings s =
        section(
            "n: 42\nb: on\nt: hello\nl: [a, b]\none: x\nnull-value:\nbig: 99999999999\nm: {a: 1}");
    assertThat(s.integer("n", 0)).isEqualTo(42);
    assertThat(s.integer("absent", 7)).isEqualTo(7);
    assertThat(s.bool("b", false)).isTrue();
    assertThat(s.string("t")).contains("hello");
    assertThat(s.string("absent", "d")).isEqualTo("d");
    assertThat(s.strings("l", List.of())).containsExactly("a", "b");
    assertThat(s.strings("one", List.of())).containsExactly("x");
    assertThat(s.strings("absent", List.of("d"))).containsExactly("d");
    assertThat(s.string("n")).contains("42");

    assertThat(errorOf(() -> s.integer("l", 0)))
        .isEqualTo(".assay.yml:6:8: `gates.coverage.l`: expected a whole number, got a list");
    assertThat(errorOf(() -> s.integer("t", 0))).contains("expected a whole number, got `hello`");
    assertThat(errorOf(() -> s.integer("big", 0))).contains("got `99999999999`");
    assertThat(errorOf(() -> s.bool("t", false)))
        .contains("`gates.coverage.t`: expected true or false, got `hello`");
    assertThat(errorOf(() -> s.string("m"))).contains("expected a text value, got a mapping");
    assertThat(errorOf(() -> s.string("null-value")))
        .startsWith(
            ".assay.yml:8:16: `gates.coverage.null-value`: expected a text value, got nothing");
    assertThat(errorOf(() -> s.strings("m", List.of())))
        .contains("expected a list of texts, got a mapping");
  }

  @Test
  void pathsRejectEscapesAndAbsolutePaths() {
    Settings s =
        section(
            "ok: [src/**, ./a/../b, '**/x.xml']\nup: [a, 'x/../../y']\nabs: /etc\n"
                + "win: 'C:\\x'\nback: 'a\\b'\nempty: ['']");
    assertThat(s.paths("ok", List.of())).containsExactly("src/**", "./a/../b", "**/x.xml");
    assertThat(errorOf(() -> s.paths("up", List.of())))
        .isEqualTo(
            ".assay.yml:4:13: `gates.coverage.up[1]`: `x/../../y` points outside the repository"
                + " (paths are relative to the repository root and may not climb above it"
                + " with `..`)");
    assertThat(errorOf(() -> s.paths("abs", List.of())))
        .startsWith(".assay.yml:5:10: `gates.coverage.abs`: `/etc` is an absolute path");
    assertThat(errorOf(() -> s.paths("win", List.of()))).contains("`C:\\x` is an absolute path");
    assertThat(errorOf(() -> s.paths("back", List.of()))).contains("separate directories with `/`");
    assertThat(errorOf(() -> s.paths("empty", List.of())))
        .contains("`gates.coverage.empty[0]`: empty path");
  }

  @Test
  void choiceIsCaseInsensitiveAndListsTheAllowedValues() {
    Settings s = section("mode: STRICT\nother: lenent\nfar: zzz");
    List<String> allowed = List.of("strict", "lenient");
    assertThat(s.choice("mode", "lenient", allowed)).isEqualTo("strict");
    assertThat(s.choice("absent", "lenient", allowed)).isEqualTo("lenient");
    assertThat(errorOf(() -> s.choice("other", "strict", allowed)))
        .isEqualTo(
            ".assay.yml:4:12: `gates.coverage.other`: expected one of `strict`, `lenient`,"
                + " got `lenent` (did you mean `lenient`?)");
    assertThat(errorOf(() -> s.choice("far", "strict", allowed)))
        .endsWith("expected one of `strict`, `lenient`, got `zzz`");
  }

  @Test
  void requireKnownKeysSuggestsOrLists() {
    Settings s = section("changed_lines: 80%");
    assertThatThrownBy(() -> s.requireKnownKeys(Set.of("changed-lines", "reports")))
        .hasMessage(
            ".assay.yml:3:5: `gates.coverage.changed_lines`: unknown key `changed_lines`"
                + " (did you mean `changed-lines`?)");
    Settings t = section("coverge: 1");
    assertThatThrownBy(() -> t.requireKnownKeys(Set.of("coverage")))
        .hasMessageEndingWith("unknown key `coverge` (did you mean `coverage`?)");
    Settings far = section("zzz: 1");
    assertThatThrownBy(() -> far.requireKnownKeys(Set.of("reports", "changed-lines")))
        .hasMessageEndingWith("unknown key `zzz` (valid: `changed-lines`, `reports`)");
    s.requireKnownKeys(Set.of("changed_lines"));
  }

  @Test
  void keysInFileOrderAndLocations() {
    Settings s = section("z: 1\na: 2\nm: 3");
    assertThat(s.keys()).containsExactly("z", "a", "m");
    assertThat(s.has("a")).isTrue();
    assertThat(s.has("b")).isFalse();
    assertThat(s.location("a")).isEqualTo(new Location(".assay.yml", 4, 5, "gates.coverage.a"));
    assertThat(s.location("b")).isEqualTo(new Location(".assay.yml", 2, 3, "gates.coverage.b"));
    assertThat(s.error("m", "too high", "lower it").getMessage())
        .isEqualTo(".assay.yml:5:5: `gates.coverage.m`: too high (lower it)");
    assertThatThrownBy(() -> s.keys().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }
}
