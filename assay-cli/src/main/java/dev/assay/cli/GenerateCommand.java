package dev.assay.cli;

import dev.assay.llm.cost.MeteredModel;
import dev.assay.llm.generate.BuildStep;
import dev.assay.llm.generate.CommandBuild;
import dev.assay.llm.generate.GenerateException;
import dev.assay.llm.generate.GenerateLoop;
import dev.assay.llm.generate.GenerateRequest;
import dev.assay.llm.generate.GenerateResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay generate}: a model writes the change, the gates judge it, failures go back. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Ask a model for a change, check it with the criteria in a scratch clone, feed failures"
        + " back, and create a branch (or patch) when it passes.",
    footer = {"", "Exit codes: 0 a passing branch was created, 1 the criteria were not met within the"
        + " attempts or budget, 2 usage error, 3 the model could not be reached.", "Docs: docs/llm.md"})
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ModelOptions model;

  @Option(names = "--repo", paramLabel = "DIR", description = "A folder inside the repository (default: .).")
  Path repo = Path.of(".");

  @Option(names = "--task", paramLabel = "TEXT", description = "What to do.")
  String task;

  @Option(names = "--task-file", paramLabel = "FILE", description = "A file holding what to do.")
  Path taskFile;

  @Option(names = "--target", paramLabel = "PATH", description = "A file the task is about, relative to the repository root (repeatable).")
  List<String> targets = List.of();

  @Option(names = "--start", paramLabel = "REF", defaultValue = "HEAD",
      description = "The commit the change starts from and is checked against (default: HEAD).")
  String start;

  @Option(names = "--criteria", paramLabel = "FILE", description = "Criteria file (default: .assay.yml).")
  Path criteria;

  @Option(names = "--build", paramLabel = "COMMAND",
      description = "Shell command that builds and tests the scratch clone, leaving the reports the gates read (e.g. \"mvn -q verify\").")
  String build;

  @Option(names = "--build-timeout", paramLabel = "SECONDS", defaultValue = "900", description = "Default: ${DEFAULT-VALUE}.")
  int buildTimeout;

  @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "3", description = "Most answers to try (default: ${DEFAULT-VALUE}).")
  int maxAttempts;

  @Option(names = "--branch", paramLabel = "NAME", description = "Branch to create on success (default: assay/generate/<run id>).")
  String branch;

  @Option(names = "--patch", paramLabel = "FILE", description = "Also write the change as a patch (git am) on success.")
  Path patch;

  @Option(names = "--keep-scratch", description = "Keep the scratch clone for inspection.")
  boolean keepScratch;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      String text = task(err);
      if (maxAttempts < 1 || maxAttempts > 20) {
        throw new ModelOptions.UsageException("--max-attempts must be between 1 and 20");
      }
      if (buildTimeout < 1) {
        throw new ModelOptions.UsageException("--build-timeout must be at least 1 second");
      }
      String runId = ModelOptions.runId();
      MeteredModel metered = model.metered(repo, "generate", runId, w -> err.println("assay: " + w));
      BuildStep step = build == null ? BuildStep.NONE : new CommandBuild(build, Duration.ofSeconds(buildTimeout));
      if (build == null) {
        err.println("assay: no --build given: the gates read the reports already in the scratch clone (none for a fresh clone)");
      }
      GenerateRequest req = new GenerateRequest(repo, start, text, targets, Optional.ofNullable(criteria),
          model.model(), model.temperature, model.maxTokens(8000), model.timeout(), maxAttempts,
          Optional.ofNullable(branch), Optional.ofNullable(patch), keepScratch, 1L << 20);
      GenerateResult r = new GenerateLoop(metered, step, p -> err.println("assay: " + p), Clock.systemUTC()).run(req);
      print(r, out);
      return switch (r.outcome()) {
        case PASS -> ExitCode.OK.code();
        case FAILED, BUDGET -> ExitCode.BLOCKED.code();
        case MODEL_ERROR -> ExitCode.ERROR.code();
      };
    } catch (ModelOptions.UsageException | GenerateException e) {
      err.println("assay: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
  }

  private String task(PrintWriter err) throws ModelOptions.UsageException {
    if ((task == null) == (taskFile == null)) {
      throw new ModelOptions.UsageException("give the task with exactly one of --task TEXT or --task-file FILE");
    }
    if (task != null) {
      if (task.isBlank()) {
        throw new ModelOptions.UsageException("--task is empty; say what the change should do");
      }
      return task;
    }
    try {
      if (Files.size(taskFile) > 256 * 1024) {
        throw new ModelOptions.UsageException("--task-file " + taskFile + " is larger than 256 KiB; a task is a few paragraphs");
      }
      String t = Files.readString(taskFile, StandardCharsets.UTF_8);
      if (t.isBlank()) {
        throw new ModelOptions.UsageException("--task-file " + taskFile + " is empty");
      }
      return t;
    } catch (java.nio.charset.MalformedInputException e) {
      throw new ModelOptions.UsageException("--task-file " + taskFile + " is not UTF-8 text");
    } catch (IOException e) {
      throw new ModelOptions.UsageException("--task-file " + taskFile + " cannot be read: " + (e instanceof java.nio.file.NoSuchFileException ? "it does not exist" : e.getMessage()));
    }
  }

  private static void print(GenerateResult r, PrintWriter out) {
    out.println(r.outcome() + ": " + r.reason());
    for (GenerateResult.Attempt a : r.attempts()) {
      out.printf("  attempt %d  %-22s %-14s $%-10s model %6d ms  apply %4d ms  build %6d ms  check %5d ms  %s%n",
          a.number(), a.model(), a.status(), a.costUsd().toPlainString(), a.modelMillis(), a.applyMillis(),
          a.buildMillis(), a.checkMillis(), a.failing().isEmpty() ? "" : String.join("; ", a.failing()));
    }
    out.printf("  cost $%s (%d input, %d output, %d cached tokens)%n", r.costUsd().toPlainString(),
        r.usage().inputTokens(), r.usage().outputTokens(), r.usage().cachedInputTokens());
    r.branch().ifPresent(b -> out.println("  branch " + b + " (" + r.commit().orElse("") + "): review it, then merge or discard"));
    r.patch().ifPresent(p -> out.println("  patch  " + p));
    r.scratch().ifPresent(s -> out.println("  scratch clone kept at " + s));
  }
}
