package dev.assay.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.Goldens;
import dev.assay.report.RunFixtures;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReporterTest {
  private final String html = Goldens.render(new HtmlReporter(), RunFixtures.blocked(false));

  @Test
  void aScriptInAMessageRendersAsText() {
    assertThat(html)
        .contains("expected &lt;script&gt;alert(1)&lt;/script&gt; | `rm -rf` *bold* "
            + "[x](javascript:x) &amp; \\u0007bell")
        .doesNotContain("<script>alert")
        .doesNotContain("\u0007");
    // the only script element is the report's own filter
    assertThat(html.split("<script>", -1)).hasSize(2);
  }

  @Test
  void isSelfContained() {
    Matcher refs = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
    while (refs.find()) {
      assertThat(refs.group(1)).startsWith(RunFixtures.DOCS);
    }
    assertThat(html).doesNotContain("<link", "@import", "url(");
  }

  @Test
  void contentSecurityPolicyAllowsExactlyTheInlineScript() throws Exception {
    var digest = java.security.MessageDigest.getInstance("SHA-256")
        .digest(HtmlPage.SCRIPT.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String hash = java.util.Base64.getEncoder().encodeToString(digest);
    assertThat(html.replace("&#39;", "'"))
        .contains("script-src 'sha256-" + hash + "'", "default-src 'none'")
        .contains("<script>\n" + HtmlPage.SCRIPT + "</script>");
  }

  @Test
  void showsVerdictGatesCriteriaFindingsAndChange() {
    assertThat(html).contains("<title>Assay: BLOCKED</title>", "class=\"banner v-BLOCKED\"",
        "2 of 5 criteria not met", "coverage/changed-lines", "62.5% (10 of 16 lines)",
        "href=\"https://assay.dev/docs/rules/security/x-custom.md\"",
        "test fixture key, not a real credential", RunFixtures.UNICODE_PATH,
        "RENAMED (from src/main/java/dev/demo/Rechner.java, 87% similar)", "docs/diagram.png: binary");
  }

  @Test
  void escapesEveryHtmlSpecialCharacter() {
    assertThat(HtmlText.escape("<a href='x' title=\"y\">&</a>\u001b"))
        .isEqualTo("&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&lt;/a&gt;\\u001B");
  }
}
