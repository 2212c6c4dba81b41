package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assay check} on the demo's real reports: each verdict and its exit code. */
class CheckVerdictTest {
  /**
   * Real Surefire output with a failing assertion, an error and a skipped test (see README there).
   */
  static final Path FAILING_SUREFIRE =
      Path.of(
          "../assay-core/src/test/resources/dev/assay/gate/tests/"
              + "surefire-TEST-com.example.calc.CalculatorTest.xml");

  @TempDir Path tmp;
  Path repo;

  @BeforeEach
  void copyDemo() {
    repo = DemoFixture.copy(tmp.resolve("shop"));
  }

  @Test
  void changeToCoveredLinesOnlyPasses() {
    // The head must stay the commit the reports measured: change a covered line, then restore it.
    String covered =
        "sum = sum.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));";
    String variant = "sum = sum.add(line.unitPrice().multiply(new BigDecimal(line.quantity())));";
    DemoFixture.edit(repo, DemoFixture.CALCULATOR, covered, variant);
    DemoFixture.commitAll(repo, "older spelling");
    DemoFixture.edit(repo, DemoFixture.CALCULATOR, variant, covered);
    DemoFixture.commitAll(repo, "use valueOf");

    CliRun run = CliRun.of("check", "--repo", repo.toString(), "--base", "HEAD~1");

    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.firstLine()).startsWith("PASS").contains("1 changed file");
    assertThat(run.out()).contains("100.0% of 1 changed executable lines covered");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void changeToANonSourceFilePasses() throws IOException {
    Files.writeString(
        repo.resolve("README.md"), "More words.\n", StandardOpenOption.APPEND);
    DemoFixture.commitAll(repo, "docs");

    CliRun run = CliRun.of("check", "--repo", repo.toString(), "--base", "HEAD~1");

    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.firstLine()).startsWith("PASS");
    assertThat(run.out()).contains("no changed source files");
  }

  @Test
  void uncoveredChangedLinesBlockWithFindingsAtFileAndLine() {
    CliRun run = CliRun.of("check", "--repo", repo.toString());

    assertThat(run.code()).as("%s", run).isEqualTo(1);
    assertThat(run.firstLine()).startsWith("BLOCKED").contains("main..feature/discounts");
    assertThat(run.out())
        .contains("coverage/changed-lines")
        .contains(
            "src/main/java/com/example/shop/PriceCalculator.java:35-37  coverage/uncovered-lines")
        .contains(
            "src/main/java/com/example/shop/DiscountPolicy.java:16-18  coverage/uncovered-lines");
  }

  @Test
  void failingTestInTheJunitXmlBlocks() throws IOException {
    Files.copy(
        FAILING_SUREFIRE,
        repo.resolve("target/surefire-reports/TEST-com.example.calc.CalculatorTest.xml"));

    CliRun run = CliRun.of("check", "--repo", repo.toString(), "--format", "console");

    assertThat(run.code()).as("%s", run).isEqualTo(1);
    assertThat(run.firstLine()).startsWith("BLOCKED");
    assertThat(run.out())
        .contains("FAIL     tests     2 of 15 tests failed, 1 skipped (2 reports)")
        .contains("tests/failed")
        .contains("addsNegativeNumbers")
        .contains("dividesByZero");
  }

  @Test
  void noCoverageReportWhileSourcesChangedIsAnError() throws IOException {
    Files.delete(repo.resolve("target/site/jacoco/jacoco.xml"));

    CliRun run = CliRun.of("check", "--repo", repo.toString(), "--format", "console");

    assertThat(run.code()).as("%s", run).isEqualTo(3);
    assertThat(run.firstLine()).startsWith("ERROR");
    assertThat(run.out())
        .contains("PASS     tests")
        .contains("ERROR    coverage  no coverage report found")
        .contains("jacoco-maven-plugin");
    assertThat(run.err()).doesNotContain("internal error");
  }

  @Test
  void quietPrintsOnlyTheVerdictAndTheFailingCriteria() {
    CliRun run = CliRun.of("check", "--repo", repo.toString(), "--quiet");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out().lines().toList()).first().asString().startsWith("BLOCKED");
    assertThat(run.out())
        .contains("Failing criteria:")
        .contains("coverage/changed-lines")
        .contains("actual 69.8% (37 of 53 lines), expected >= 80%")
        .contains("coverage/changed-lines/ai")
        .contains("actual 69.2% (36 of 52 lines), expected >= 90%")
        .doesNotContain("Open findings")
        .doesNotContain("Notes:")
        .doesNotContain("PASS     tests")
        .doesNotContain("Reports:");
    // The verdict, the heading, and two lines per failing criterion (the demo's AI lines fail both).
    assertThat(run.out().lines().filter(l -> !l.isBlank()).count()).isLessThanOrEqualTo(6);
  }

  @Test
  void consoleOutputThatIsNotATerminalHasNoAnsiEscapes() {
    CliRun run = CliRun.of("check", "--repo", repo.toString());

    assertThat(run.out()).contains("BLOCKED").doesNotContain("\u001b");
    assertThat(run.err()).doesNotContain("\u001b");
  }
}
