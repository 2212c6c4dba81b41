package dev.assay.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay scan}: every gate on the whole tree, the way a team first measures a codebase. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Check every file at the head against the criteria, as if all of it were new.",
      "The same as `assay check --all`. Use `assay baseline --all` to record what it finds,",
      "so that later checks report only new findings."
    },
    footer = {
      "",
      "Exit codes: 0 every blocking criterion met, 1 at least one not met,",
      "2 usage or criteria-file error, 3 a gate could not run (and none failed)."
    })
final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand Main main;

  @Mixin ChangeOptions change;

  @Option(
      names = "--format",
      paramLabel = "LIST",
      description = "Comma-separated subset of " + CheckCommand.ALL_FORMATS + " (default: all).",
      defaultValue = CheckCommand.ALL_FORMATS)
  String format;

  @Option(names = {"-q", "--quiet"}, description = "Console: only the verdict and failing criteria.")
  boolean quiet;

  @Override
  public Integer call() {
    change.all = true;
    return CheckCommand.execute(spec, main, change, format, quiet);
  }
}
