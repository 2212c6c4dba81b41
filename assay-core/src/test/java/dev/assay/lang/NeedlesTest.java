package dev.assay.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NeedlesTest {

  @Test
  void findsEveryNeedleIgnoringAsciiCaseIncludingOverlapsAndSuffixes() {
    Needles n = Needles.of(List.of("nosonar", "sonar", "pyright:", "he", "she", "hers"));
    assertThat(n.find("// NOSONAR here")).isEqualTo(0b000011L | 1L << 3);
    assertThat(n.find("ushers")).isEqualTo(1L << 3 | 1L << 4 | 1L << 5);
    assertThat(n.find("Copyright 2024")).isZero();
    assertThat(n.find("# PyRight: ignore")).isEqualTo(1L << 2);
    assertThat(n.any("nothing to see")).isFalse();
    assertThat(n.any("x = 'sonar'")).isTrue();
  }

  @Test
  void nonAsciiCharactersBreakAMatchAndNeverThrow() {
    Needles n = Needles.of(List.of("noqa"));
    assertThat(n.find("no\u00e9qa")).isZero();
    assertThat(n.find("\u00e9noqa\ud83d\ude00")).isEqualTo(1L);
    assertThat(n.find("")).isZero();
  }

  @Test
  void agreesWithIndexOfOnRandomTexts() {
    List<String> needles = List.of("ab", "abc", "bca", "cab", "aaa", "c", "bb", "acb");
    Needles n = Needles.of(needles);
    Random r = new Random(42);
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(30);
      for (int i = 0; i < len; i++) {
        char c = "abcABC\u00e9 ".charAt(r.nextInt(8));
        sb.append(c);
      }
      String text = sb.toString();
      String lower = text.toLowerCase(Locale.ROOT);
      long expected = 0;
      for (int i = 0; i < needles.size(); i++) {
        if (lower.contains(needles.get(i))) {
          expected |= 1L << i;
        }
      }
      assertThat(n.find(text)).as(text).isEqualTo(expected);
      assertThat(n.any(text)).as(text).isEqualTo(expected != 0);
    }
  }

  @Test
  void sixtyFourNeedlesFitAndSixtyFiveDoNot() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      many.add("n" + i + ";");
    }
    assertThat(Needles.of(many).find("n63; n0;")).isEqualTo(1L << 63 | 1L);
    many.add("x");
    assertThatThrownBy(() -> Needles.of(many)).hasMessageContaining("at most 64");
    assertThatThrownBy(() -> Needles.of(List.of(""))).hasMessageContaining("non-empty ASCII");
    assertThatThrownBy(() -> Needles.of(List.of("\u00e9"))).hasMessageContaining("ASCII");
  }
}
