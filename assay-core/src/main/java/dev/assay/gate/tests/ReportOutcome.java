package dev.assay.gate.tests;

import java.util.List;

/** What reading one report file yielded: counts, a non-JUnit document, or an unreadable file. */
sealed interface ReportOutcome {

  /** Repository-relative path of the report. */
  String path();

  /** A JUnit report with its counts and failed tests in document order. */
  record Parsed(
      String path, int tests, int failures, int errors, int skipped, List<FailedTest> failed)
      implements ReportOutcome {
    public Parsed {
      failed = List.copyOf(failed);
    }
  }

  /** Well-formed XML whose root is not a JUnit element (e.g. {@code testng-results}). */
  record NotJUnit(String path, String root) implements ReportOutcome {}

  /** Not well-formed XML, binary, empty or truncated; line and column are 0 when unknown. */
  record Unreadable(String path, int line, int column, String problem) implements ReportOutcome {
    /** {@code path:line:column: problem}. */
    String describe() {
      return (line > 0 ? path + ":" + line + ":" + column : path) + ": " + problem;
    }
  }
}
