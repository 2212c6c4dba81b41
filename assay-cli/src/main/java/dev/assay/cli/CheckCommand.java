package dev.assay.cli;

import dev.assay.api.CriteriaException;
import dev.assay.check.Check;
import dev.assay.diff.ChangeException;
import dev.assay.report.Reporter;
import dev.assay.report.Reporters;
import dev.assay.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay check}: measures the change against the criteria and writes the reports. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Check the change against the criteria; write reports; exit 0, 1, 2 or 3.",
    footer = {
      "",
      "Exit codes: 0 every blocking criterion met, 1 at least one not met,",
      "2 usage or criteria-file error, 3 a gate could not run (and none failed)."
    })
final class CheckCommand implements Callable<Integer> {
  static final String ALL_FORMATS = "console,markdown,sarif,json,junit,html";

  @Spec CommandSpec spec;

  @ParentCommand Main main;

  @Mixin ChangeOptions change;

  @Option(
      names = "--format",
      paramLabel = "LIST",
      description = "Comma-separated subset of " + ALL_FORMATS + " (default: all).",
      defaultValue = ALL_FORMATS)
  String format;

  @Option(names = {"-q", "--quiet"}, description = "Console: only the verdict and failing criteria.")
  boolean quiet;

  @Override
  public Integer call() {
    return execute(spec, main, change, format, quiet);
  }

  /** Runs a check with these options; shared with {@code scan}, which is {@code check --all}. */
  static int execute(
      CommandSpec spec, Main main, ChangeOptions change, String format, boolean quiet) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (change.conflict().isPresent()) {
      err.println("assay: " + change.conflict().get());
      return ExitCode.USAGE.code();
    }
    Set<String> formats = new LinkedHashSet<>();
    List<Reporter> files = new ArrayList<>();
    for (String f : format.split(",")) {
      String name = f.strip().toLowerCase(java.util.Locale.ROOT);
      if (name.isEmpty() || !formats.add(name) || name.equals("console")) {
        continue;
      }
      try {
        files.add(Reporters.byFormat(name));
      } catch (IllegalArgumentException e) {
        err.println("assay: --format: " + e.getMessage());
        return ExitCode.USAGE.code();
      }
    }
    Check.Outcome outcome;
    try {
      outcome = Check.run(change.toRequest());
    } catch (ChangeException | CriteriaException e) {
      err.println("assay: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    if (outcome.audit().startsWith("Audit record NOT")) {
      err.println("assay: " + outcome.audit());
    }
    List<Path> written = List.of();
    if (!files.isEmpty()) {
      try {
        written = ReportWriter.writeAll(outcome.result(), outcome.outputDir(), files);
      } catch (IOException e) {
        err.println("assay: cannot write reports to " + outcome.outputDir() + ": " + why(outcome.outputDir(), e));
        return ExitCode.ERROR.code();
      }
    }
    if (formats.contains("console")) {
      Console.print(outcome, written, quiet, main.colour(), out);
    } else {
      // Standard output stays for the formats asked for; a CI log still shows what happened.
      Console.summarize(outcome, written, err);
    }
    return outcome.result().verdict().exitCode();
  }

  /** NIO's messages for a file in the way are only the path; say what is wrong instead. */
  private static String why(Path dir, IOException e) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      return "it is a file, not a directory; pass another --output-dir or remove the file";
    }
    return e.getMessage();
  }
}
