package dev.assay.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {
  @Test
  void backtickPairsStayCodeSpansWithTheirContentVerbatim() {
    assertThat(MarkdownText.escape("set `exclude` or `require-reports: false`"))
        .isEqualTo("set `exclude` or `require-reports: false`");
    // Inside a span GitHub shows <, * and _ as they are, so escaping them would print backslashes.
    assertThat(MarkdownText.escape("call `a<b> *x* _y_`")).isEqualTo("call `a<b> *x* _y_`");
  }

  @Test
  void textOutsideSpansIsStillEscaped() {
    assertThat(MarkdownText.escape("<img src=x> `ok` *bold*"))
        .isEqualTo("&lt;img src=x&gt; `ok` \\*bold\\*");
  }

  @Test
  void unsafeOrUnbalancedBackticksAreEscaped() {
    assertThat(MarkdownText.escape("a ` b")).isEqualTo("a \\` b");
    assertThat(MarkdownText.escape("`a|b`")).isEqualTo("\\`a\\|b\\`");
    assertThat(MarkdownText.escape("` `")).isEqualTo("\\` \\`");
    assertThat(MarkdownText.escape("`a\nb`")).isEqualTo("\\`a b\\`");
  }
}
