package dev.assay.java.mutation;

import dev.assay.api.CriterionResult;
import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.api.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides the gate from the mutants on changed lines: the mutation score (detected over detected
 * plus undetected; mutants that could not be tested count neither way) against {@code min-score},
 * one finding per undetected, timed-out or failed mutant, and, when PIT ran, one per changed source
 * with no compiled classes.
 */
final class MutationVerdict {
  static final String SCORE = "mutation/min-score";
  static final String SURVIVED = "mutation/survived";
  static final String NO_COVERAGE = "mutation/no-coverage";
  static final String TIMED_OUT = "mutation/timed-out";
  static final String RUN_ERROR = "mutation/run-error";
  static final String MISSING_CLASSES = "mutation/missing-classes";

  /** A mutant on a changed line with the repository path of its source and its line's text. */
  record Placed(String path, ReportedMutant mutant, String sourceLine) {}

  private final MutationConfig cfg;

  MutationVerdict(MutationConfig cfg) {
    this.cfg = cfg;
  }

  GateResult decide(List<Placed> mutants, List<Finding> missing, boolean ran, List<String> notes) {
    int detected = 0;
    int undetected = 0;
    int invalid = 0;
    Map<MutantStatus, Integer> byStatus = new TreeMap<>();
    List<Finding> findings = new ArrayList<>(missing);
    for (Placed p : mutants) {
      MutantStatus s = p.mutant().status();
      byStatus.merge(s, 1, Integer::sum);
      switch (s.kind()) {
        case DETECTED -> detected++;
        case UNDETECTED -> undetected++;
        case INVALID -> invalid++;
      }
      finding(p).ifPresent(findings::add);
    }
    int scored = detected + undetected;
    double score = scored == 0 ? 1.0 : (double) detected / scored;
    List<CriterionResult> criteria = new ArrayList<>();
    String title = "Mutation score of changed lines at least " + percent(cfg.minScore());
    if (scored == 0) {
      criteria.add(
          CriterionResult.skipped(
              SCORE,
              title,
              mutants.isEmpty()
                  ? "no mutants on changed lines"
                  : "no testable mutants on changed lines"));
    } else {
      criteria.add(
          CriterionResult.threshold(
              SCORE,
              title,
              score + 1e-9 >= cfg.minScore(),
              percent(score) + " (" + detected + " of " + scored + " mutants detected)",
              ">= " + percent(cfg.minScore()),
              true));
    }
    if (ran) {
      criteria.add(
          CriterionResult.noFindings(
              MISSING_CLASSES,
              "Every changed Java source has compiled classes to mutate",
              missing.size(),
              true));
    }
    Map<String, String> metrics = new TreeMap<>();
    metrics.put("mutants", Integer.toString(mutants.size()));
    metrics.put("detected", Integer.toString(detected));
    metrics.put("undetected", Integer.toString(undetected));
    metrics.put("untestable", Integer.toString(invalid));
    byStatus.forEach(
        (s, n) -> metrics.put("status." + s.name().toLowerCase(Locale.ROOT), n.toString()));
    if (scored > 0) {
      metrics.put("score", String.format(Locale.ROOT, "%.4f", score));
    }
    String summary =
        scored == 0
            ? "no testable mutants on changed lines"
            : percent(score)
                + " of "
                + scored
                + " mutants on changed lines detected ("
                + byStatus.getOrDefault(MutantStatus.SURVIVED, 0)
                + " survived, "
                + byStatus.getOrDefault(MutantStatus.NO_COVERAGE, 0)
                + " not covered)";
    return GateResult.of(MutationGate.ID, summary, criteria, findings, notes, metrics);
  }

  private static java.util.Optional<Finding> finding(Placed p) {
    ReportedMutant m = p.mutant();
    String what = MutantDescriber.describe(m, p.sourceLine());
    String where =
        " at line " + m.line() + (m.method().isEmpty() ? "" : " (in `" + m.method() + "`)");
    String rule;
    Severity severity;
    String message;
    switch (m.status()) {
      case SURVIVED -> {
        rule = SURVIVED;
        severity = Severity.ERROR;
        message =
            capital(what)
                + where
                + " was not detected by any test: "
                + tests(m.testsRun())
                + " ran the mutated code and passed. Add an assertion that fails on this change"
                + " (check the result, not just that the code runs).";
      }
      case NO_COVERAGE -> {
        rule = NO_COVERAGE;
        severity = Severity.ERROR;
        message =
            capital(what)
                + where
                + " was not detected by any test: no test runs this line. Add a test that"
                + " executes it and checks the result.";
      }
      case TIMED_OUT -> {
        rule = TIMED_OUT;
        severity = Severity.NOTE;
        message =
            capital(what)
                + where
                + " made the tests run past PIT's time limit, most likely an infinite loop;"
                + " PIT stopped it and it counts as detected.";
      }
      case MEMORY_ERROR, RUN_ERROR, NON_VIABLE, NOT_STARTED, STARTED -> {
        rule = RUN_ERROR;
        severity = m.status() == MutantStatus.MEMORY_ERROR ? Severity.NOTE : Severity.WARNING;
        message =
            capital(what)
                + where
                + " could not be tested normally (PIT status "
                + m.status()
                + (m.status() == MutantStatus.MEMORY_ERROR
                    ? ": the tests ran out of memory; counted as detected)."
                    : "; not counted in the score). Re-run PIT; if it persists, see PIT's log.");
      }
      default -> {
        return java.util.Optional.empty();
      }
    }
    Finding f =
        Finding.at(MutationGate.ID, rule, p.path(), m.line(), m.line(), severity, message)
            .with("mutator", m.mutatorName())
            .with("status", m.status().name())
            .with("pit-description", m.description())
            .with("tests-run", Integer.toString(m.testsRun()));
    if (!m.method().isEmpty()) {
      f = f.with("method", m.method());
    }
    return java.util.Optional.of(f);
  }

  private static String tests(int n) {
    return n == 1 ? "1 test" : n + " tests";
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String percent(double ratio) {
    double p = ratio * 100;
    return (p == Math.rint(p)
            ? String.format(Locale.ROOT, "%.0f", p)
            : String.format(Locale.ROOT, "%.1f", p))
        + "%";
  }
}
