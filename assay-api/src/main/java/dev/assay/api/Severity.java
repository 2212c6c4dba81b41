package dev.assay.api;

/** How serious a finding is; maps one to one onto SARIF result levels. */
public enum Severity {
  ERROR("error"),
  WARNING("warning"),
  NOTE("note");

  private final String sarifLevel;

  Severity(String sarifLevel) {
    this.sarifLevel = sarifLevel;
  }

  /** The SARIF 2.1.0 {@code level} value. */
  public String sarifLevel() {
    return sarifLevel;
  }
}
