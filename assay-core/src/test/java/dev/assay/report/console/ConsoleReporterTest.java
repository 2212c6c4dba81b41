package dev.assay.report.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.RunFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReporterTest {

  @Test
  void firstLineNamesTheVerdict() {
    assertThat(new ConsoleReporter(false, false).render(RunFixtures.blocked(false)).lines()
        .findFirst()).hasValue(
            "BLOCKED  2 of 5 criteria not met on 4 changed files (main..HEAD); 1 warning");
    assertThat(new ConsoleReporter(false, false).render(RunFixtures.pass())).startsWith("PASS  ");
    assertThat(new ConsoleReporter(false, false).render(RunFixtures.error())).startsWith("ERROR  ");
  }

  @Test
  void colourOnlyWhenAsked() {
    assertThat(new ConsoleReporter(false, false).render(RunFixtures.blocked(false)))
        .doesNotContain("\u001b");
    assertThat(new ConsoleReporter(true, false).render(RunFixtures.blocked(false)))
        .startsWith("\u001b[1;31mBLOCKED\u001b[0m");
  }

  @Test
  void quietShowsVerdictAndFailingCriteriaOnly() {
    String quiet = new ConsoleReporter(false, true).render(RunFixtures.blocked(false));
    assertThat(quiet).contains("coverage/changed-lines", "actual 62.5% (10 of 16 lines)")
        .doesNotContain("Open findings", "Notes:", "  PASS ");
    assertThat(new ConsoleReporter(false, true).render(RunFixtures.error()))
        .contains("coverage  could not run: No coverage report found");
  }

  @Test
  void findingsAreCappedWithAPointerToTheFullReport() {
    String out = new ConsoleReporter(false, false, "out/assay.md").render(RunFixtures.many(120));
    assertThat(out.lines().filter(l -> l.contains("Method `run` is 31"))).hasSize(50);
    assertThat(out).contains("  ... and 70 more, see out/assay.md\n");
  }

  @Test
  void terminalControlCharactersInMessagesAreDefused() {
    assertThat(Ansi.safe("a\u001b[2Jb\nc")).isEqualTo("a\\u001B[2Jb c");
  }

  @Test
  void reportsLineListsWhatTheCliWrote() {
    assertThat(new ConsoleReporter(false, false)
        .reportsLine(List.of("assay-reports/assay.md", "assay-reports/assay.sarif")))
        .isEqualTo("Reports: assay-reports/assay.md, assay-reports/assay.sarif\n");
    assertThat(new ConsoleReporter(false, false).reportsLine(List.of())).isEmpty();
  }
}
