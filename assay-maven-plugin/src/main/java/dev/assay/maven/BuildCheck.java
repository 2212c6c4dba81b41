package dev.assay.maven;

import dev.assay.api.BuildModule;
import dev.assay.check.Check;
import dev.assay.check.CheckRequest;
import dev.assay.diff.ChangeException;
import dev.assay.engine.Verdict;
import dev.assay.report.ReportWriter;
import dev.assay.report.Reporter;
import dev.assay.report.Reporters;
import dev.assay.report.console.ConsoleReporter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One check as {@code assay check} runs it (the same request, engine, reports and console text),
 * with what the build knows about its modules handed to the gates. Free of the Maven API so that it
 * is tested on its own.
 */
final class BuildCheck {
  /** Every file format, as the CLI writes by default; the console goes to the build log. */
  static final String ALL_FORMATS = "markdown,sarif,json,junit,html";

  private BuildCheck() {}

  /**
   * What to check.
   *
   * @param repo a directory inside the repository (the reactor's top-level project)
   * @param base base ref, or empty for the CLI's default (merge base with the default branch)
   * @param head head ref, or empty for HEAD
   * @param criteria an explicit criteria file, or empty for {@code .assay.yml} at the root
   * @param outputDir where the report files go
   * @param formats comma-separated report formats ({@code console} is accepted and ignored)
   * @param modules the reactor's modules
   */
  record Options(
      Path repo,
      Optional<String> base,
      Optional<String> head,
      Optional<Path> criteria,
      Path outputDir,
      String formats,
      List<BuildModule> modules) {
    Options {
      Objects.requireNonNull(repo, "repo");
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(head, "head");
      Objects.requireNonNull(criteria, "criteria");
      Objects.requireNonNull(outputDir, "outputDir");
      Objects.requireNonNull(formats, "formats");
      modules = List.copyOf(modules);
    }
  }

  /**
   * What happened.
   *
   * @param verdict the run's verdict
   * @param console the console report, as {@code assay check} prints it, with the reports line
   * @param summary the verdict line and the failing criteria ({@code assay check --quiet})
   * @param written the report files, in format order
   * @param auditProblem why the audit record could not be appended, or empty
   */
  record Result(
      Verdict verdict,
      String console,
      String summary,
      List<Path> written,
      Optional<String> auditProblem) {}

  /**
   * Runs the check and writes the reports.
   *
   * @throws IllegalArgumentException for an unknown report format
   * @throws ChangeException when the change cannot be computed (unknown ref, shallow clone)
   * @throws dev.assay.api.CriteriaException for a mistake in the criteria file or the baseline
   * @throws IOException when the reports cannot be written
   */
  static Result run(Options o) throws ChangeException, IOException {
    List<Reporter> reporters = reporters(o.formats());
    Check.Outcome outcome =
        Check.run(
            new CheckRequest(
                o.repo(),
                o.base(),
                o.head(),
                false,
                o.criteria(),
                Optional.of(o.outputDir()),
                CheckRequest.DEFAULT_MAX_FILE_BYTES,
                false,
                o.modules()));
    List<Path> written =
        reporters.isEmpty()
            ? List.of()
            : ReportWriter.writeAll(outcome.result(), outcome.outputDir(), reporters);
    String console = render(outcome, false);
    if (!written.isEmpty()) {
      Path root = outcome.workTree();
      console +=
          "Reports: "
              + written.stream()
                  .map(p -> display(root, p))
                  .collect(Collectors.joining(", "))
              + "\n";
    }
    Optional<String> audit =
        outcome.audit().startsWith("Audit record NOT")
            ? Optional.of(outcome.audit())
            : Optional.empty();
    return new Result(
        outcome.result().verdict(), console, render(outcome, true), written, audit);
  }

  /** The file reporters named by a comma-separated list, each once, in the order given. */
  static List<Reporter> reporters(String formats) {
    Set<String> seen = new LinkedHashSet<>();
    List<Reporter> out = new ArrayList<>();
    for (String f : formats.split(",")) {
      String name = f.strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty() || name.equals("console") || !seen.add(name)) {
        continue;
      }
      out.add(Reporters.byFormat(name));
    }
    return out;
  }

  private static String render(Check.Outcome outcome, boolean quiet) {
    StringWriter w = new StringWriter();
    try {
      new ConsoleReporter(false, quiet, display(outcome.workTree(), outcome.outputDir().resolve("assay.md")))
          .write(outcome.result(), w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static String display(Path root, Path p) {
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
  }
}
