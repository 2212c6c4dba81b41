package dev.assay.gate.coverage;

import dev.assay.api.CriterionResult;
import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.api.LineRange;
import dev.assay.api.Severity;
import dev.assay.api.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns per-file coverage into the gate's criteria, findings, summary and metrics. Thresholds of
 * the whole change come from the gate's section; {@code per-file} may differ per path.
 */
final class CoverageVerdict {
  /** Uncovered ranges a finding's message lists before it only counts the rest. */
  private static final int LISTED_RANGES = 10;

  static final String CHANGED_LINES = "coverage/changed-lines";
  static final String PER_FILE = "coverage/per-file";
  static final String BRANCHES = "coverage/branches";
  static final String UNCOVERED = "coverage/uncovered-lines";
  static final String MISSING = "coverage/missing-from-report";

  /** Absorbs floating-point noise in "80%" read as 0.8. */
  private static final double EPSILON = 1e-9;

  private static final int MAX_LISTED = 10;

  private final CoverageConfig config;
  private final Function<String, CoverageConfig> configFor;

  CoverageVerdict(CoverageConfig config, Function<String, CoverageConfig> configFor) {
    this.config = config;
    this.configFor = configFor;
  }

  /** The result when no counted source file changed. */
  static GateResult noSourceFiles(List<String> notes) {
    CriterionResult c =
        CriterionResult.threshold(
            CHANGED_LINES, title(), true, "no changed source files", "", true);
    return GateResult.of(
        CoverageGate.ID, "no changed source files", List.of(c), List.of(), notes, Map.of());
  }

  GateResult decide(List<FileCoverage> files, List<String> notes) {
    int total = files.stream().mapToInt(FileCoverage::total).sum();
    int covered = files.stream().mapToInt(FileCoverage::covered).sum();
    int bt = files.stream().mapToInt(FileCoverage::branchesTotal).sum();
    int bc = files.stream().mapToInt(FileCoverage::branchesCovered).sum();
    boolean changedMet = total == 0 || (double) covered / total >= config.changedLines() - EPSILON;
    List<CriterionResult> criteria = new ArrayList<>();
    criteria.add(
        CriterionResult.threshold(
            CHANGED_LINES,
            title(),
            changedMet,
            total == 0 ? "no executable changed lines" : measured(covered, total, "lines"),
            ">= " + threshold(config.changedLines()),
            true));
    List<FileCoverage> belowPerFile = belowPerFile(files);
    perFileCriterion(files, belowPerFile).ifPresent(criteria::add);
    branchCriterion(bc, bt).ifPresent(criteria::add);
    List<Finding> findings = new ArrayList<>();
    for (FileCoverage f : files) {
      boolean fails = !changedMet || belowPerFile.contains(f);
      finding(f, fails ? Severity.ERROR : Severity.WARNING).ifPresent(findings::add);
    }
    String summary =
        (total == 0
                ? "no executable changed lines"
                : percent((double) covered / total)
                    + " of "
                    + total
                    + " changed executable lines covered")
            + " ("
            + files.size()
            + (files.size() == 1 ? " file)" : " files)");
    Map<String, String> metrics = new TreeMap<>();
    metrics.put("covered", Integer.toString(covered));
    metrics.put("executable", Integer.toString(total));
    metrics.put("percent", total == 0 ? "n/a" : number((double) covered / total));
    metrics.put("files", Integer.toString(files.size()));
    metrics.put("branches-covered", Integer.toString(bc));
    metrics.put("branches-total", Integer.toString(bt));
    return GateResult.of(CoverageGate.ID, summary, criteria, findings, notes, metrics);
  }

  private List<FileCoverage> belowPerFile(List<FileCoverage> files) {
    List<FileCoverage> below = new ArrayList<>();
    for (FileCoverage f : files) {
      OptionalDouble min = configFor.apply(f.path()).perFile();
      if (min.isPresent() && f.total() > 0 && f.ratio() < min.getAsDouble() - EPSILON) {
        below.add(f);
      }
    }
    return below;
  }

  private Optional<CriterionResult> perFileCriterion(
      List<FileCoverage> files, List<FileCoverage> below) {
    List<Double> thresholds = new ArrayList<>();
    for (FileCoverage f : files) {
      configFor.apply(f.path()).perFile().ifPresent(thresholds::add);
    }
    if (thresholds.isEmpty()) {
      return Optional.empty();
    }
    boolean uniform = thresholds.stream().distinct().count() == 1;
    String expected =
        uniform
            ? ">= " + threshold(thresholds.get(0)) + " in every file"
            : ">= each file's threshold";
    List<String> listed = new ArrayList<>();
    for (FileCoverage f : below.subList(0, Math.min(MAX_LISTED, below.size()))) {
      double min = configFor.apply(f.path()).perFile().getAsDouble();
      listed.add(f.path() + " " + percent(f.ratio()) + " (< " + threshold(min) + ")");
    }
    if (below.size() > MAX_LISTED) {
      listed.add("and " + (below.size() - MAX_LISTED) + " more");
    }
    String actual =
        below.isEmpty()
            ? "every file meets it (" + thresholds.size() + " files)"
            : below.size() + " below: " + String.join(", ", listed);
    return Optional.of(
        CriterionResult.threshold(
            PER_FILE,
            "Every changed file's changed lines are covered",
            below.isEmpty(),
            actual,
            expected,
            true));
  }

  private Optional<CriterionResult> branchCriterion(int bc, int bt) {
    String title = "Branches on changed lines are covered";
    if (bt == 0) {
      return config.branches().isPresent()
          ? Optional.of(
              CriterionResult.skipped(BRANCHES, title, "no branch data on the changed lines"))
          : Optional.empty();
    }
    String actual = measured(bc, bt, "branches");
    if (config.branches().isEmpty()) {
      return Optional.of(
          new CriterionResult(
              BRANCHES,
              title,
              CriterionResult.Kind.THRESHOLD,
              Status.SKIPPED,
              actual,
              "not gated (set `branches` to gate)",
              false));
    }
    double min = config.branches().getAsDouble();
    return Optional.of(
        CriterionResult.threshold(
            BRANCHES,
            title,
            (double) bc / bt >= min - EPSILON,
            actual,
            ">= " + threshold(min),
            true));
  }

  private static Optional<Finding> finding(FileCoverage f, Severity severity) {
    // A file no report lists but with no code-like changed lines (package-info.java, a comment
    // edit) cannot lower coverage; a finding about it would only be noise.
    if (f.uncovered().isEmpty()) {
      return Optional.empty();
    }
    List<LineRange> ranges = f.uncovered().ranges();
    int line = ranges.isEmpty() ? 0 : ranges.get(0).start();
    int end = ranges.isEmpty() ? 0 : ranges.get(0).end();
    String message = f.missing() ? missingMessage(f) : uncoveredMessage(f);
    Severity s = severity;
    return Optional.of(
        new Finding(
            CoverageGate.ID,
            f.missing() ? MISSING : UNCOVERED,
            f.path(),
            line,
            end,
            s,
            message,
            Map.of(
                "covered", Integer.toString(f.covered()),
                "total", Integer.toString(f.total()),
                "uncovered", f.uncovered().toString())));
  }

  private static String uncoveredMessage(FileCoverage f) {
    return lines(f)
        + " changed and not covered by any test ("
        + f.covered()
        + " of "
        + f.total()
        + " changed executable lines covered). Add or extend a test that executes them.";
  }

  private static String missingMessage(FileCoverage f) {
    String what = "Its changed code counts as 0% covered: " + lines(f) + " changed and not covered.";
    return "No coverage report lists this file. "
        + what
        + " Run the tests that exercise it with"
        + " coverage and make sure the report includes it (its module applies the coverage"
        + " plugin, or the tool's source/include settings cover it); if it is not production"
        + " code, add it to `exclude`.";
  }

  private static String lines(FileCoverage f) {
    boolean one = f.uncovered().count() == 1;
    List<LineRange> ranges = f.uncovered().ranges();
    if (ranges.size() <= LISTED_RANGES) {
      return (one ? "line " : "lines ") + f.uncovered() + (one ? " is" : " are");
    }
    // A bundled or generated file can have hundreds of ranges; the full list stays in the
    // finding's `uncovered` property, the message (console, PR comment) stays readable.
    List<LineRange> shown = ranges.subList(0, LISTED_RANGES);
    int rest = f.uncovered().count() - shown.stream().mapToInt(LineRange::size).sum();
    return "lines "
        + String.join(", ", shown.stream().map(LineRange::toString).toList())
        + " and "
        + rest
        + " more lines are";
  }

  private static String title() {
    return "Changed executable lines are covered by tests";
  }

  private static String measured(int covered, int total, String unit) {
    return percent((double) covered / total) + " (" + covered + " of " + total + " " + unit + ")";
  }

  /** One decimal, rounded down so that a failing value never prints as the threshold. */
  static String percent(double ratio) {
    return number(ratio) + "%";
  }

  private static String number(double ratio) {
    return String.format(Locale.ROOT, "%.1f", Math.floor(ratio * 1000 + EPSILON) / 10);
  }

  private static String threshold(double ratio) {
    String s = String.format(Locale.ROOT, "%.2f", ratio * 100);
    s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    return s + "%";
  }
}
