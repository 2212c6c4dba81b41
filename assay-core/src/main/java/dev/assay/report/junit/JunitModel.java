package dev.assay.report.junit;

import java.util.List;
import java.util.Objects;

/** The test suites of {@code assay-junit.xml}: one per gate, one test case per criterion. */
final class JunitModel {
  private JunitModel() {}

  /** What became of one test case. */
  enum Outcome {
    PASSED,
    FAILED,
    ERROR,
    SKIPPED
  }

  record Suite(String name, List<Case> cases, String systemOut) {
    Suite {
      cases = List.copyOf(cases);
    }

    long count(Outcome outcome) {
      return cases.stream().filter(c -> c.outcome() == outcome).count();
    }
  }

  /**
   * @param message the one-line message of a failure, error or skip; empty for a pass
   * @param type the criterion id for a failure, {@code gate-error} for an error
   * @param detail the body of the failure or error element, or the system-out of a passing case
   */
  record Case(
      String classname, String name, Outcome outcome, String message, String type, String detail) {
    Case {
      Objects.requireNonNull(outcome, "outcome");
    }
  }
}
