package dev.assay.cli;

import dev.assay.check.CheckRequest;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that select the change and the criteria, shared by check and baseline. */
final class ChangeOptions {
  @Option(
      names = "--repo",
      paramLabel = "DIR",
      description = "A directory inside the repository (default: the current directory).")
  Path repo = Path.of(".");

  @Option(
      names = "--base",
      paramLabel = "REF",
      description =
          "Base of the change (default: merge base of HEAD with origin/HEAD, main or master).")
  String base;

  @Option(names = "--head", paramLabel = "REF", description = "Head of the change (default: HEAD).")
  String head;

  @Option(
      names = "--working-tree",
      description = "Check uncommitted files (staged, unstaged, untracked) instead of a commit.")
  boolean workingTree;

  @Option(
      names = "--all",
      description =
          "Check every file at the head as if it were new, not only the change (what `assay scan`"
              + " does; use it with `baseline` to record the findings a team starts from).")
  boolean all;

  @Option(
      names = "--criteria",
      paramLabel = "FILE",
      description = "Criteria file (default: .assay.yml at the repository root; defaults if absent).")
  Path criteria;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description = "Where report files go (default: assay-reports/ in the repository).")
  Path outputDir;

  CheckRequest toRequest() {
    return new CheckRequest(
        repo,
        Optional.ofNullable(base),
        Optional.ofNullable(head),
        workingTree,
        Optional.ofNullable(criteria),
        Optional.ofNullable(outputDir),
        CheckRequest.DEFAULT_MAX_FILE_BYTES,
        all);
  }

  /** A usage problem with the combination of options, or empty. */
  Optional<String> conflict() {
    if (workingTree && head != null) {
      return Optional.of("--working-tree and --head cannot be combined: the head is either a ref or the working tree");
    }
    if (all && base != null) {
      return Optional.of(
          "--all checks every file at the head, so it cannot be combined with --base: drop one of"
              + " the two");
    }
    return Optional.empty();
  }
}
