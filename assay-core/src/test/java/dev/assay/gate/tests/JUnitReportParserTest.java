package dev.assay.gate.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JUnitReportParserTest {
  private final JUnitReportParser parser = new JUnitReportParser();

  static ReportOutcome fixture(String name) throws Exception {
    try (InputStream in = JUnitReportParserTest.class.getResourceAsStream(name)) {
      return new JUnitReportParser().parse(in, name);
    }
  }

  @Test
  void surefireCountsEachOutcome() throws Exception {
    var p = (ReportOutcome.Parsed) fixture("surefire-TEST-com.example.calc.CalculatorTest.xml");
    assertThat(p.tests()).isEqualTo(4);
    assertThat(p.failures()).isEqualTo(1);
    assertThat(p.errors()).isEqualTo(1);
    assertThat(p.skipped()).isEqualTo(1);
    assertThat(p.failed()).extracting(FailedTest::name)
        .containsExactly("addsNegativeNumbers", "dividesByZero");
    FailedTest f = p.failed().get(0);
    assertThat(f.classname()).isEqualTo("com.example.calc.CalculatorTest");
    assertThat(f.message()).isEqualTo("sum of negatives ==> expected: <-4> but was: <-5>");
    assertThat(f.trace()).contains("(CalculatorTest.java:18)");
    assertThat(p.failed().get(1).error()).isTrue();
  }

  @Test
  void pytestXunit2CountsFailuresErrorsAndSkips() throws Exception {
    var p = (ReportOutcome.Parsed) fixture("pytest-xunit2.xml");
    assertThat(p.tests()).isEqualTo(6);
    assertThat(p.failures()).isEqualTo(2);
    assertThat(p.errors()).isEqualTo(1);
    assertThat(p.skipped()).isEqualTo(1);
    assertThat(p.failed()).extracting(FailedTest::displayName)
        .containsExactly("test_inventory.test_add_item_twice",
            "test_inventory.test_missing_key_raises", "test_inventory.test_restock");
    assertThat(p.failed().get(1).message()).isEqualTo("KeyError: 'banana'");
  }

  @Test
  void multiLineMessagesKeepTheirLaterLinesOnOneLine() throws Exception {
    var p = (ReportOutcome.Parsed) fixture("pytest-multiline.xml");
    assertThat(p.failed())
        .extracting(FailedTest::message)
        .containsExactly(
            "AssertionError: There are missing functions in the namespace: chunked split_every",
            "assert [1, 2, 3] == [1, 2, 4] At index 2 diff: 3 != 4 Use -v to get more diff");
  }

  @Test
  void pytestXunit1CarriesFileAndLine() throws Exception {
    var p = (ReportOutcome.Parsed) fixture("pytest-xunit1.xml");
    assertThat(p.tests()).isEqualTo(6);
    FailedTest f = p.failed().get(0);
    assertThat(f.file()).isEqualTo("test_inventory.py");
    assertThat(f.line()).isEqualTo(12);
  }

  @Test
  void jestJunitCountsAndKeepsFileAttribute() throws Exception {
    var p = (ReportOutcome.Parsed) fixture("jest-junit.xml");
    // jest-junit lists it.todo as a <testcase> with no <skipped/>, though its totals omit it.
    assertThat(p.tests()).isEqualTo(5);
    assertThat(p.failures()).isEqualTo(2);
    assertThat(p.errors()).isZero();
    assertThat(p.skipped()).isEqualTo(1);
    FailedTest f = p.failed().get(0);
    assertThat(f.name()).isEqualTo("cart applies the HALF code");
    assertThat(f.displayName()).isEqualTo("cart applies the HALF code");
    assertThat(f.file()).isEqualTo("src/cart.test.js");
    assertThat(f.message()).startsWith("Error: expect(received).toBe(expected)");
  }

  @Test
  void goJunitReportCountsAcrossSuites() throws Exception {
    var p = (ReportOutcome.Parsed) fixture("go-junit-report.xml");
    assertThat(p.tests()).isEqualTo(5);
    assertThat(p.failures()).isEqualTo(1);
    assertThat(p.skipped()).isEqualTo(2);
    assertThat(p.failed().get(0).classname()).isEqualTo("package/fail");
    assertThat(p.failed().get(0).trace()).contains("fail_test.go:6: Error message")
        .doesNotContain("pass_test.go");
  }

  @Test
  void otherRootIsNotJUnit() {
    ReportOutcome o = parse("<?xml version=\"1.0\"?><testng-results skipped=\"0\"/>");
    assertThat(o).isEqualTo(new ReportOutcome.NotJUnit("r.xml", "testng-results"));
  }

  @Test
  void truncatedFileIsUnreadableWithPosition() {
    ReportOutcome o = parse("<testsuite tests=\"1\">\n  <testcase name=\"a\">\n    <fail");
    assertThat(o).isInstanceOf(ReportOutcome.Unreadable.class);
    var u = (ReportOutcome.Unreadable) o;
    assertThat(u.line()).isEqualTo(3);
    assertThat(u.describe()).startsWith("r.xml:3:").contains("not well-formed XML");
  }

  @Test
  void binaryAndEmptyFilesAreUnreadable() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 1, 2};
    assertThat(parser.parse(new ByteArrayInputStream(png), "x.xml"))
        .isInstanceOf(ReportOutcome.Unreadable.class);
    assertThat(parse("")).isInstanceOf(ReportOutcome.Unreadable.class);
    assertThat(parse("just some text")).isInstanceOf(ReportOutcome.Unreadable.class);
  }

  @Test
  void externalEntityIsNeverRead(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-42");
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite [<!ENTITY xxe SYSTEM \""
        + secret.toUri() + "\">]>\n<testsuite><testcase classname=\"A\" name=\"b\">"
        + "<failure message=\"m\">&xxe;</failure></testcase></testsuite>";
    ReportOutcome o = parse(xml);
    assertThat(o.toString()).doesNotContain("TOP-SECRET-42");
  }

  @Test
  void billionLaughsIsNotExpanded() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE testsuite [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    String xml = dtd + "]><testsuite><testcase classname=\"A\" name=\"b\">"
        + "<failure>&lol9;</failure></testcase></testsuite>";
    ReportOutcome o = parse(xml);
    assertThat(o.toString().length()).isLessThan(10_000);
    assertThat(o.toString()).doesNotContain("lollollol");
  }

  @Test
  void failureTextIsBounded() {
    String big = "x".repeat(200_000);
    var p = (ReportOutcome.Parsed) parse("<testsuite><testcase classname=\"A\" name=\"b\">"
        + "<failure>" + big + "</failure><system-out>" + big + "</system-out>"
        + "</testcase></testsuite>");
    assertThat(p.failed().get(0).trace()).hasSize(JUnitReportParser.MAX_TRACE);
    assertThat(p.failed().get(0).message()).hasSize(JUnitReportParser.MAX_MESSAGE);
  }

  @Test
  void flakyRerunsCountAsPassedAndNestedSuitesAreCounted() {
    var p = (ReportOutcome.Parsed) parse("<testsuites><testsuite><testsuite>"
        + "<testcase classname=\"A\" name=\"flaky\"><flakyFailure message=\"once\"/></testcase>"
        + "<testcase classname=\"A\" name=\"ok\"/></testsuite></testsuite></testsuites>");
    assertThat(p.tests()).isEqualTo(2);
    assertThat(p.failures()).isZero();
  }

  private ReportOutcome parse(String xml) {
    return parser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "r.xml");
  }
}
