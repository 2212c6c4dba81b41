package dev.assay.perf;

import dev.assay.api.Finding;
import dev.assay.api.Severity;
import java.util.ArrayList;
import java.util.List;

/** The findings and table rows collected while judging what was measured. */
final class Outcome {
  final List<Finding> findings = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  final List<List<String>> benchmarkRows = new ArrayList<>();
  final List<dev.assay.api.GateTable.Interval> chart = new ArrayList<>();
  final List<List<String>> scalingRows = new ArrayList<>();
  final List<List<String>> counterRows = new ArrayList<>();
  int failed;
  int passed;
  int inconclusive;

  void finding(String rule, Severity severity, String message, String benchmark) {
    findings.add(Finding.general(PerformanceGate.ID, rule, severity, message)
        .with("benchmark", benchmark));
  }

  long count(String rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).count();
  }
}
