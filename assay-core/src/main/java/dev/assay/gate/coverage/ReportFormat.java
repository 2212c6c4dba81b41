package dev.assay.gate.coverage;

/** The coverage report formats the gate reads, told apart by content rather than by file name. */
enum ReportFormat {
  JACOCO("JaCoCo XML"),
  COBERTURA("Cobertura XML"),
  LCOV("LCOV");

  private final String label;

  ReportFormat(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
