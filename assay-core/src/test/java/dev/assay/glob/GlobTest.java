package dev.assay.glob;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {

  @Test
  void doubleStarMatchesZeroOrMoreDirectories() {
    Glob g = Glob.compile("**/target/surefire-reports/*.xml");
    assertThat(g.matches("target/surefire-reports/TEST-a.xml")).isTrue();
    assertThat(g.matches("mod/a/target/surefire-reports/TEST-a.xml")).isTrue();
    assertThat(g.matches("mod/target/surefire-reports/sub/TEST-a.xml")).isFalse();
    assertThat(g.matches("mod/target/surefire-reports/TEST-a.txt")).isFalse();
  }

  @Test
  void doubleStarSlashAlsoMatchesAtTheRoot() {
    assertThat(Glob.compile("**/test_inventory.py").matches("test_inventory.py")).isTrue();
    assertThat(Glob.compile("**/a/b.py").matches("a/b.py")).isTrue();
    assertThat(Glob.compile("**/a/b.py").matches("xa/b.py")).isFalse();
  }

  @Test
  void singleStarStaysInOneSegment() {
    Glob g = Glob.compile("src/*.java");
    assertThat(g.matches("src/A.java")).isTrue();
    assertThat(g.matches("src/x/A.java")).isFalse();
  }

  @Test
  void globWithoutSlashMatchesFileNameAnywhere() {
    Glob g = Glob.compile("lcov.info");
    assertThat(g.matches("lcov.info")).isTrue();
    assertThat(g.matches("web/coverage/lcov.info")).isTrue();
    assertThat(g.matches("web/coverage/lcov.info.bak")).isFalse();
  }

  @Test
  void trailingSlashMeansEverythingBelow() {
    Glob g = Glob.compile("legacy/");
    assertThat(g.matches("legacy/a/B.java")).isTrue();
    assertThat(g.matches("legacyx/B.java")).isFalse();
  }

  @Test
  void bracesAreAlternativesAndRegexCharactersAreLiteral() {
    Glob g = Glob.compile("**/*.{js,ts}");
    assertThat(g.matches("a/b.js")).isTrue();
    assertThat(g.matches("a/b.ts")).isTrue();
    assertThat(g.matches("a/b.tsx")).isFalse();
    assertThat(Glob.compile("a+b(1).txt").matches("a+b(1).txt")).isTrue();
    assertThat(Glob.compile("a+b(1).txt").matches("aab1.txt")).isFalse();
  }

  @Test
  void leadingDotSlashIsIgnoredAndPrefixIsLiteralPart() {
    assertThat(Glob.compile("./src/**").matches("src/a/b.c")).isTrue();
    assertThat(Glob.compile("src/main/**/*.java").literalPrefix()).isEqualTo("src/main/");
    assertThat(Glob.compile("**/x").literalPrefix()).isEmpty();
  }

  @Test
  void literalRunsArePrefiltersNotRules() {
    // Every literal run must occur, in order; the regex still decides.
    Glob tests = Glob.compile("**/src/test/**");
    assertThat(tests.matches("src/test/A.java")).isTrue();
    assertThat(tests.matches("m/src/test/a/A.java")).isTrue();
    assertThat(tests.matches("m/src/main/test/A.java")).isFalse();
    assertThat(tests.matches("m/xsrc/test/A.java")).isFalse();
    Glob alternatives = Glob.compile("**/*.test.{js,ts}");
    assertThat(alternatives.matches("web/cart.test.ts")).isTrue();
    assertThat(alternatives.matches("web/cart.test.py")).isFalse();
    assertThat(alternatives.matches("web/test.cart.ts")).isFalse();
    Glob unclosed = Glob.compile("a{b/*.java");
    assertThat(unclosed.matches("a{b/X.java")).isTrue();
    assertThat(unclosed.matches("ab/X.java")).isFalse();
    Glob bracket = Glob.compile("lib[1]/*.js");
    assertThat(bracket.matches("lib[1]/x.js")).isTrue();
    assertThat(bracket.matches("lib1/x.js")).isFalse();
    Glob repeated = Glob.compile("**/a/**/a/*.txt");
    assertThat(repeated.matches("a/a/x.txt")).isTrue();
    assertThat(repeated.matches("x/a/b/x.txt")).isFalse();
  }
}
