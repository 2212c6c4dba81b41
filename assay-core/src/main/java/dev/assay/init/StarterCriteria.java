package dev.assay.init;

import dev.assay.gate.coverage.CoverageConfig;
import dev.assay.gate.tests.TestsConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Renders a commented starter {@code .assay.yml} for the detected builds. */
public final class StarterCriteria {
  private StarterCriteria() {}

  public static String render(List<Build> builds) {
    Set<String> tests = new LinkedHashSet<>();
    Set<String> coverage = new LinkedHashSet<>();
    List<String> hints = new ArrayList<>();
    for (Build b : builds) {
      tests.addAll(b.testReports());
      coverage.addAll(b.coverageReports());
      hints.add("#   " + b.label() + ": " + b.produceWith());
    }
    StringBuilder y = new StringBuilder();
    y.append("# Assay acceptance criteria: checked by `assay check` on every change.\n");
    y.append("# Reference: docs/criteria.md. Loosening this file is itself a reviewable change.\n");
    if (builds.isEmpty()) {
      y.append("# No build detected; the report locations below are Assay's defaults.\n");
    } else {
      y.append("# Detected: ")
          .append(String.join(", ", builds.stream().map(Build::label).toList()))
          .append(". Produce the reports before `assay check` with:\n");
      hints.forEach(h -> y.append(h).append('\n'));
    }
    y.append("version: 1\n\n");
    y.append("# Files no gate looks at (generated or vendored code).\n");
    y.append("exclude:\n  - \"**/generated/**\"\n\n");
    y.append("gates:\n");
    y.append("  # Every test in the JUnit XML reports passes; none deleted or newly skipped.\n");
    y.append("  tests:\n    reports:\n");
    // Without a detected build, the gates' own defaults: narrower globs would make a project that
    // passes with no criteria file fail for want of reports once `init` wrote one.
    list(y, tests.isEmpty() ? TestsConfig.DEFAULT_REPORTS : tests);
    String command = builds.isEmpty() ? "your test command" : builds.get(0).testCommand();
    y.append("    # command: \"").append(command).append("\"   # optionally run the tests first\n\n");
    y.append("  # Changed executable lines are covered; a changed file missing from the reports is 0%.\n");
    y.append("  coverage:\n    reports:\n");
    list(y, coverage.isEmpty() ? CoverageConfig.DEFAULT_REPORTS : coverage);
    y.append("    changed-lines: 80%\n");
    y.append("    # per-file: 50%        # every changed file at least this\n\n");
    y.append("# Per-path overrides: the first matching entry wins.\n");
    y.append("# overrides:\n#   - paths: [\"legacy/**\"]\n#     gates:\n");
    y.append("#       coverage: { changed-lines: 50% }\n");
    return y.toString();
  }

  private static void list(StringBuilder y, Iterable<String> globs) {
    for (String g : globs) {
      y.append("      - \"").append(g).append("\"\n");
    }
  }
}
