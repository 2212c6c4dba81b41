package dev.assay.gate.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.CriterionResult;
import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.api.Status;
import dev.assay.testkit.GateHarness;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestsGateTest {
  @TempDir Path root;

  private GateResult run(TestsConfig cfg) throws Exception {
    return GateHarness.forGate(new TestsGate()).root(root).config(cfg).run();
  }

  private void copy(String fixture, String to) throws Exception {
    Path target = root.resolve(to);
    Files.createDirectories(target.getParent());
    try (InputStream in = getClass().getResourceAsStream(fixture)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void write(String path, String text) throws Exception {
    Path target = root.resolve(path);
    Files.createDirectories(target.getParent());
    Files.writeString(target, text);
  }

  private static CriterionResult criterion(GateResult r, String id) {
    return r.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<Finding> failed(GateResult r) {
    return r.findings().stream().filter(f -> f.rule().equals("tests/failed")).toList();
  }

  @Test
  void surefireFailuresFailTheGateAtTheTestSourceLine() throws Exception {
    copy("surefire-TEST-com.example.calc.CalculatorTest.xml",
        "calc/target/surefire-reports/TEST-com.example.calc.CalculatorTest.xml");
    write("calc/src/test/java/com/example/calc/CalculatorTest.java", "class CalculatorTest {}\n");

    GateResult r = run(TestsConfig.defaults());

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(criterion(r, "tests/failed").actual()).isEqualTo("2 of 4 tests failed, 1 skipped (1 report)");
    assertThat(failed(r)).extracting(Finding::path, Finding::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple("calc/src/test/java/com/example/calc/CalculatorTest.java", 18),
        org.assertj.core.groups.Tuple.tuple("calc/src/test/java/com/example/calc/CalculatorTest.java", 23));
    assertThat(failed(r).get(1).message()).contains("dividesByZero").contains("raised an error")
        .contains("/ by zero");
    assertThat(r.metrics()).containsEntry("tests", "4").containsEntry("failures", "1")
        .containsEntry("errors", "1").containsEntry("skipped", "1").containsEntry("reports", "1");
    assertThat(r.summary()).startsWith("2 of 4 tests failed, 1 skipped (1 report); 0 deleted");
  }

  @Test
  void gradleLayoutIsFoundByDefault() throws Exception {
    copy("surefire-TEST-com.example.calc.CalculatorTest.xml",
        "lib/build/test-results/test/TEST-com.example.calc.CalculatorTest.xml");
    GateResult r = run(TestsConfig.defaults());
    assertThat(r.metrics()).containsEntry("reports", "1");
    // no source in the tree: the failure points at the report itself
    assertThat(failed(r).get(0).path())
        .isEqualTo("lib/build/test-results/test/TEST-com.example.calc.CalculatorTest.xml");
  }

  @Test
  void pytestFailureLocatedFromTraceback() throws Exception {
    copy("pytest-xunit2.xml", "junit.xml");
    write("test_inventory.py", "def test_x():\n    pass\n");
    GateResult r = run(TestsConfig.defaults());
    assertThat(failed(r)).extracting(Finding::path, Finding::line).contains(
        org.assertj.core.groups.Tuple.tuple("test_inventory.py", 15),
        org.assertj.core.groups.Tuple.tuple("test_inventory.py", 20));
    assertThat(criterion(r, "tests/failed").actual()).isEqualTo("3 of 6 tests failed, 1 skipped (1 report)");
  }

  @Test
  void pytestXunit1FileAttributeWithoutFrameUsesOneBasedLine() throws Exception {
    copy("pytest-xunit1.xml", "reports/junit-py.xml");
    write("test_inventory.py", "x = 1\n");
    GateResult r = run(TestsConfig.defaults());
    // test_restock errors in a fixture; its text has no frame in this file name form
    assertThat(failed(r)).allMatch(f -> f.path().equals("test_inventory.py") && f.line() > 0);
  }

  @Test
  void jestFailureLocatedByFileAttributeAndFrame() throws Exception {
    copy("jest-junit.xml", "web/junit.xml");
    write("src/cart.test.js", "test('x', () => {});\n");
    GateResult r = run(TestsConfig.defaults().withReports(List.of("web/junit.xml")));
    assertThat(failed(r)).extracting(Finding::path, Finding::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple("src/cart.test.js", 9),
        org.assertj.core.groups.Tuple.tuple("src/cart.test.js", 13));
  }

  @Test
  void goFailureLocatedInPackageDirectory() throws Exception {
    copy("go-junit-report.xml", "junit-go.xml");
    write("pkg/fail/fail_test.go", "package fail\n");
    write("other/fail_test.go", "package other\n");
    GateResult r = run(TestsConfig.defaults());
    assertThat(failed(r)).extracting(Finding::path, Finding::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("pkg/fail/fail_test.go", 6));
    assertThat(r.metrics()).containsEntry("tests", "5").containsEntry("skipped", "2");
  }

  @Test
  void passingReportPasses() throws Exception {
    write("target/surefire-reports/TEST-a.xml",
        "<testsuite><testcase classname=\"a.B\" name=\"c\"/></testsuite>");
    GateResult r = run(TestsConfig.defaults());
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(criterion(r, "tests/failed").actual()).isEqualTo("0 of 1 tests failed (1 report)");
  }

  @Test
  void noReportIsAnActionableErrorUnlessNotRequired() throws Exception {
    GateResult r = run(TestsConfig.defaults());
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(criterion(r, "tests/failed").actual())
        .startsWith("no JUnit XML report found under **/target/surefire-reports/*.xml")
        .contains("set gates.tests.reports").contains("set gates.tests.command");

    GateResult lenient = run(TestsConfig.defaults().withRequireReports(false));
    assertThat(criterion(lenient, "tests/failed").status()).isEqualTo(Status.SKIPPED);
    assertThat(lenient.status()).isEqualTo(Status.PASS);
  }

  @Test
  void unreadableReportIsErrorNamingPosition() throws Exception {
    write("target/surefire-reports/TEST-ok.xml",
        "<testsuite><testcase classname=\"a.B\" name=\"c\"/></testsuite>");
    write("target/surefire-reports/TEST-broken.xml", "<testsuite>\n<testcase name=\"x\">\n<oops");
    GateResult r = run(TestsConfig.defaults());
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.notes()).anyMatch(n -> n.startsWith(
        "unreadable test report target/surefire-reports/TEST-broken.xml:3:"));
    assertThat(criterion(r, "tests/failed").actual()).endsWith("; 1 unreadable");
  }

  @Test
  void failuresOutrankUnreadableReports() throws Exception {
    copy("surefire-TEST-com.example.calc.CalculatorTest.xml", "target/surefire-reports/TEST-c.xml");
    write("target/surefire-reports/TEST-bin.xml", "\u0000\u0001binary");
    assertThat(run(TestsConfig.defaults()).status()).isEqualTo(Status.FAIL);
  }

  @Test
  void nonJUnitReportIsNotedNotCounted() throws Exception {
    write("target/surefire-reports/testng-results.xml", "<testng-results skipped=\"0\"/>");
    GateResult r = run(TestsConfig.defaults());
    assertThat(r.notes()).contains("ignored target/surefire-reports/testng-results.xml: root "
        + "element <testng-results> is not a JUnit XML report");
    assertThat(r.status()).isEqualTo(Status.ERROR);
  }

  @Test
  void failingCommandIsItsOwnCriterionWithOutputTail() throws Exception {
    GateResult r = run(TestsConfig.defaults().withRequireReports(false)
        .withCommand("echo building; echo boom >&2; exit 3", Duration.ofMinutes(1)));
    CriterionResult c = criterion(r, "tests/command");
    assertThat(c.status()).isEqualTo(Status.FAIL);
    assertThat(c.actual()).isEqualTo("exit code 3");
    Finding f = r.findings().stream().filter(x -> x.rule().equals("tests/command")).findFirst()
        .orElseThrow();
    assertThat(f.message()).contains("exited with code 3").contains("building\nboom");
  }

  @Test
  void commandRunsBeforeReportsAreRead() throws Exception {
    String cmd = "mkdir -p target/surefire-reports && printf '<testsuite><testcase classname=\"a.B\""
        + " name=\"c\"/></testsuite>' > target/surefire-reports/TEST-gen.xml";
    GateResult r = run(TestsConfig.defaults().withCommand(cmd, Duration.ofMinutes(1)));
    assertThat(criterion(r, "tests/command").status()).isEqualTo(Status.PASS);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.metrics()).containsEntry("tests", "1");
  }

  @Test
  void commandIsNotRunInsideTheBuildThatProducedTheReports() throws Exception {
    write("target/surefire-reports/TEST-a.xml",
        "<testsuite><testcase classname=\"a.B\" name=\"c\"/></testsuite>");
    Path marker = root.resolve("ran");
    GateResult r = GateHarness.forGate(new TestsGate()).root(root)
        .config(TestsConfig.defaults().withCommand("touch ran", Duration.ofMinutes(1)))
        .buildModules(List.of(new dev.assay.api.BuildModule("g:a", root,
            root.resolve("target/classes"), root.resolve("target/test-classes"), List.of())))
        .run();
    assertThat(marker).doesNotExist();
    assertThat(r.criteria()).extracting(CriterionResult::id).doesNotContain("tests/command");
    assertThat(r.notes()).contains(
        "`command` not run: Assay runs inside the build that produced the test reports.");
    assertThat(r.status()).isEqualTo(Status.PASS);
  }

  @Test
  void rulesHaveDocsPages() {
    assertThat(new TestsGate().rules()).extracting(d -> d.docsPath()).containsExactly(
        "rules/tests/failed.md", "rules/tests/command.md", "rules/tests/deleted.md",
        "rules/tests/skipped.md", "rules/tests/emptied.md");
  }
}
