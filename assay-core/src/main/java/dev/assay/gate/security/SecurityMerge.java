package dev.assay.gate.security;

import dev.assay.api.Finding;
import dev.assay.api.Severity;
import dev.assay.glob.TestPaths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Merges a bytecode analyzer's issues into the built-in findings of the changed Java files. The
 * policy (docs/gates/security.md, "FindSecBugs"):
 *
 * <ol>
 *   <li>Same file, same line, same rule (the same CWE once FindSecBugs's CWE is mapped onto the
 *       rule) as a built-in finding: one finding, naming both sources.
 *   <li>The built-in data flow proved the sink on that line safe (a constant, a value overwritten
 *       by a constant, a sanitised or parsed value, a dead branch): the issue is dropped, and a
 *       note says why.
 *   <li>The built-in rules judged the use not a security use (MD5 for a checksum, Random for a
 *       shuffle) or the value the method's own parameter passed through unchanged (a wrapper):
 *       the issue is kept as a NOTE (advisory, never blocking), saying why.
 *   <li>Otherwise the issue is a finding of its own, at the rule's severity (at most a WARNING
 *       when FindSecBugs's confidence is low).
 * </ol>
 *
 * Not thread-safe; one per gate run.
 */
final class SecurityMerge {
  private final SecurityConfig config;
  private final TestPaths testPaths;
  private final String analyzer;
  private final List<String> notes = new ArrayList<>();
  private int merged;
  private int dropped;
  private int downgraded;

  SecurityMerge(SecurityConfig config, String analyzer) {
    this.config = config;
    this.testPaths = new TestPaths(config.testPaths(), SecurityConfig.DEFAULT_TEST_PATHS);
    this.analyzer = analyzer;
  }

  /**
   * The findings of one file after merging.
   *
   * @param builtIn the built-in findings of the file (changed lines only)
   * @param proofs the built-in proofs of the file
   * @param issues the analyzer's issues on the file's changed lines
   */
  List<Finding> merge(
      String path, List<Finding> builtIn, List<Proof> proofs, List<CompiledJavaAnalyzer.Issue> issues) {
    List<Finding> out = new ArrayList<>(builtIn);
    Map<String, List<CompiledJavaAnalyzer.Issue>> own = new LinkedHashMap<>();
    for (CompiledJavaAnalyzer.Issue issue : issues) {
      SecurityRule rule = CompiledRules.of(issue.type(), issue.cwe());
      if (config.disabled().contains(rule)) {
        continue;
      }
      int same = sameFinding(out, rule, issue.line());
      if (same >= 0) {
        out.set(same, both(out.get(same), issue));
        merged++;
        continue;
      }
      Optional<Proof> proof =
          proofs.stream().filter(p -> p.line() == issue.line() && p.covers(rule)).findFirst();
      if (proof.isPresent() && proof.get().strength() == Proof.Strength.PROVEN) {
        dropped++;
        notes.add("Dropped " + analyzer + " " + issue.type() + " at " + path + ":" + issue.line()
            + ": the built-in data flow shows " + proof.get().why() + ".");
        continue;
      }
      own.computeIfAbsent(rule.id() + "@" + issue.line(), k -> new ArrayList<>()).add(issue);
    }
    for (List<CompiledJavaAnalyzer.Issue> same : own.values()) {
      CompiledJavaAnalyzer.Issue first = same.get(0);
      SecurityRule rule = CompiledRules.of(first.type(), first.cwe());
      Optional<Proof> context =
          proofs.stream().filter(p -> p.line() == first.line() && p.covers(rule)).findFirst();
      out.add(own(path, rule, same, context));
    }
    return out;
  }

  private static int sameFinding(List<Finding> findings, SecurityRule rule, int line) {
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.rule().equals(rule.id()) && f.line() <= line && line <= f.endLine()) {
        return i;
      }
    }
    return -1;
  }

  private Finding both(Finding f, CompiledJavaAnalyzer.Issue issue) {
    TreeSet<String> types = new TreeSet<>();
    String had = f.properties().getOrDefault("findsecbugs-type", "");
    if (!had.isEmpty()) {
      types.addAll(List.of(had.split(",")));
    }
    boolean first = types.isEmpty();
    types.add(issue.type());
    String message = first
        ? f.message() + " Also found by " + analyzer + " (" + issue.type() + ")."
        : f.message();
    return new Finding(f.gate(), f.rule(), f.path(), f.line(), f.endLine(), f.severity(), message,
            f.properties())
        .with("sources", "assay,findsecbugs")
        .with("findsecbugs-type", String.join(",", types));
  }

  private Finding own(
      String path, SecurityRule rule, List<CompiledJavaAnalyzer.Issue> same, Optional<Proof> context) {
    CompiledJavaAnalyzer.Issue first = same.get(0);
    TreeSet<String> types = new TreeSet<>();
    same.forEach(i -> types.add(i.type()));
    boolean low = same.stream().allMatch(i -> i.confidence().equals("low"));
    Severity severity = config.severity(rule);
    if (low && severity == Severity.ERROR) {
      severity = Severity.WARNING;
    }
    boolean test = testPaths.matches(path);
    if (test) {
      severity = severity == Severity.ERROR ? Severity.WARNING : Severity.NOTE;
    }
    String message = analyzer + " " + String.join(", ", types) + ": " + first.message()
        + (test ? " (in test code)" : "") + ". Why and fix: " + rule.fix() + ".";
    if (context.isPresent()) {
      severity = Severity.NOTE;
      downgraded++;
      message = message + " Advisory only: the built-in rules see " + context.get().why() + ".";
    }
    int end = same.stream().mapToInt(CompiledJavaAnalyzer.Issue::endLine).max().orElse(first.line());
    Finding f = Finding.at(SecurityGate.ID, rule.id(), path, first.line(), end, severity, message)
        .with("cwe", first.cwe().isEmpty() ? rule.cwe() : first.cwe())
        .with("confidence", low ? "low" : same.get(0).confidence())
        .with("sources", "findsecbugs")
        .with("findsecbugs-type", String.join(",", types));
    if (context.isPresent()) {
      f = f.with("downgraded", "true");
    }
    return test ? f.with("test-path", "true") : f;
  }

  List<String> notes() {
    return notes;
  }

  int merged() {
    return merged;
  }

  int dropped() {
    return dropped;
  }

  int downgraded() {
    return downgraded;
  }
}
