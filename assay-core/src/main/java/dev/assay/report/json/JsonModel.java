package dev.assay.report.json;

import java.util.List;
import java.util.Map;

/**
 * The records of {@code assay.json}, in the order their fields are written. Every field is always
 * present (empty string, empty list or 0 rather than absent), so consumers need no null checks.
 * docs/report-schema.md documents each field; docs/schema/assay-report-1.schema.json validates it.
 */
final class JsonModel {
  private JsonModel() {}

  record Report(
      int schemaVersion,
      Tool tool,
      String verdict,
      int exitCode,
      String docsUrl,
      Change change,
      Criteria criteria,
      List<Gate> gates,
      List<Finding> findings,
      List<String> notes) {}

  record Tool(String name, String version) {}

  record Change(Side base, Side head, List<File> files, List<Skipped> skipped) {}

  record Side(String ref, String commit, boolean workingTree) {}

  record File(
      String path,
      String oldPath,
      String type,
      int similarity,
      int addedLineCount,
      List<Range> addedLines) {}

  record Range(int start, int end) {}

  record Skipped(String path, String reason) {}

  record Criteria(String path, String sha256, boolean allDefaults, List<String> defaultsUsed) {}

  record Gate(
      String id,
      String title,
      String status,
      String summary,
      String docsUrl,
      List<Criterion> criteria,
      Map<String, String> metrics,
      List<String> notes,
      List<Rule> rules,
      Counts findings,
      List<Table> tables) {}

  record Table(String title, List<String> columns, List<List<String>> rows, Chart chart) {}

  record Chart(String axis, boolean logScale, List<Interval> intervals, List<Double> marks) {}

  record Interval(String label, double low, double estimate, double high, String status) {}

  record Criterion(
      String id,
      String title,
      String kind,
      String status,
      String actual,
      String expected,
      boolean blocking) {}

  record Rule(String id, String name, String summary, String defaultSeverity, String docsUrl) {}

  record Counts(long open, long suppressed, long baselined) {}

  record Finding(
      String gate,
      String rule,
      String path,
      int line,
      int endLine,
      String severity,
      String message,
      Map<String, String> properties,
      String fingerprint,
      String disposition,
      String justification,
      String docsUrl) {}
}
