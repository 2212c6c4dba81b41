package dev.assay.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.ChangeSet;
import dev.assay.api.Revision;
import dev.assay.engine.RunResult;
import dev.assay.report.RunFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceLinksTest {
  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

  @Test
  void githubActionsLinksToTheBlobAtTheHeadCommit() {
    SourceLinks links =
        SourceLinks.fromEnvironment(
            Map.of("GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "o/r"));

    assertThat(links.link("src/A b.java", 8, 10, SHA))
        .isEqualTo("https://github.com/o/r/blob/" + SHA + "/src/A%20b.java#L8");
    assertThat(links.link("pom.xml", 0, 0, SHA))
        .isEqualTo("https://github.com/o/r/blob/" + SHA + "/pom.xml");
  }

  @Test
  void gitlabAndAnExplicitTemplate() {
    assertThat(
            SourceLinks.fromEnvironment(Map.of("CI_PROJECT_URL", "https://gitlab.example/g/p/"))
                .link("a.py", 3, 3, SHA))
        .isEqualTo("https://gitlab.example/g/p/-/blob/" + SHA + "/a.py#L3");
    SourceLinks explicit =
        SourceLinks.fromEnvironment(
            Map.of(
                "ASSAY_SOURCE_URL", "https://git.example/r/{commit}/{path}#L{line}-{end}",
                "GITHUB_SERVER_URL", "https://github.com",
                "GITHUB_REPOSITORY", "o/r"));
    assertThat(explicit.link("a.py", 3, 5, SHA))
        .isEqualTo("https://git.example/r/" + SHA + "/a.py#L3-5");
  }

  @Test
  void withoutAHostOrACommitLinksStayRelative() {
    assertThat(SourceLinks.fromEnvironment(Map.of()).link("src/A.java", 4, 6, SHA))
        .isEqualTo("src/A.java#L4-L6");
    SourceLinks github =
        SourceLinks.fromEnvironment(
            Map.of("GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "o/r"));
    assertThat(github.link("src/A.java", 4, 4, "")).isEqualTo("src/A.java#L4");
  }

  @Test
  void theReportLinksFindingsToTheHostButNotForTheWorkingTree() {
    SourceLinks github =
        SourceLinks.fromEnvironment(
            Map.of("GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "o/r"));
    RunResult run = RunFixtures.blocked(false);
    String md = new MarkdownReporter(github).render(run);
    assertThat(md).contains("](https://github.com/o/r/blob/" + run.change().head().commit() + "/");

    ChangeSet c = run.change();
    RunResult onDisk =
        new RunResult(
            run.toolVersion(), run.verdict(),
            new ChangeSet(c.base(), new Revision(Revision.WORKING_TREE, c.head().commit()), c.files(), c.skipped()),
            run.criteria(), run.gates(), run.findings(), run.notes(), run.docsUrl());
    assertThat(new MarkdownReporter(github).render(onDisk)).doesNotContain("https://github.com/o/r");
  }
}
