package dev.assay.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.engine.RunResult;
import dev.assay.report.RunFixtures;
import org.junit.jupiter.api.Test;

class MarkdownReporterTest {

  @Test
  void twentyThousandFindingsStayUnderGithubsCommentLimit() {
    RunResult run = RunFixtures.many(20_000);
    String md = new MarkdownReporter().render(run);
    assertThat(md.length()).isLessThan(65_536);
    assertThat(md.codePointCount(0, md.length())).isLessThan(65_536);
    long shown = md.lines().filter(l -> l.startsWith("- [src/")).count();
    assertThat(shown).isPositive();
    assertThat(md).endsWith("… truncated: " + (20_000 - shown)
        + " findings not shown; full report in assay.json / the HTML report (assay.html)\n");
    assertThat(md).contains("- … " + (20_000 - shown) + " more not shown", "</details>");
    // the findings shown are the first ones, in the run's order
    String first = run.findings().get(0).finding().path();
    assertThat(md).contains("[" + MarkdownText.escape(first) + ":");
    assertThat(new MarkdownReporter().render(run)).isEqualTo(md);
  }

  @Test
  void aRunThatFitsIsNotTruncated() {
    String md = new MarkdownReporter().render(RunFixtures.many(100));
    assertThat(md).doesNotContain("truncated");
    assertThat(md.lines().filter(l -> l.startsWith("- [src/"))).hasSize(100);
  }

  @Test
  void truncationHonoursASmallLimitAndKeepsHeaderAndFooter() {
    String md = new MarkdownReporter(4_000).render(RunFixtures.many(500));
    assertThat(md.length()).isLessThanOrEqualTo(4_000);
    assertThat(md).startsWith("## ❌ Assay: BLOCKED").contains("<sub>Assay 0.1.0", "truncated:");
  }

  @Test
  void hostileTextCannotInjectMarkupOrBreakTables() {
    assertThat(MarkdownText.escape(RunFixtures.HOSTILE)).isEqualTo(
        // `rm -rf` stays a code span: shown as code, never run or rendered
        "expected &lt;script&gt;alert(1)&lt;/script&gt; \\| `rm -rf` \\*bold\\* "
            + "\\[x\\](javascript:x) &amp; \\\\u0007bell");
    assertThat(MarkdownText.escape("a\nb|c")).isEqualTo("a b\\|c");
    String md = new MarkdownReporter().render(RunFixtures.blocked(false));
    assertThat(md).doesNotContain("<script>").doesNotContain("\u0007");
    md.lines().filter(l -> l.startsWith("| ")).forEach(row ->
        assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(4));
  }

  @Test
  void linksPathsRelativeToTheRepositoryAndRulesToTheirDocs() {
    String md = new MarkdownReporter().render(RunFixtures.blocked(false));
    assertThat(md)
        .contains("](src/main/java/dev/demo/Gr%C3%B6%C3%9Fe%20Rechner.java#L7-L9)")
        .contains("[security/x-custom](https://assay.dev/docs/rules/security/x-custom.md)")
        .contains("1111111..2222222");
  }
}
