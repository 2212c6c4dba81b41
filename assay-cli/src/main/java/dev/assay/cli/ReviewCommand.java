package dev.assay.cli;

import dev.assay.llm.cost.MeteredModel;
import dev.assay.llm.review.ReviewComment;
import dev.assay.llm.review.ReviewException;
import dev.assay.llm.review.ReviewReport;
import dev.assay.llm.review.ReviewRequest;
import dev.assay.llm.review.ReviewRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay review}: an advisory model review of the change, anchored to lines. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = "Review the change with a model: comments anchored to lines, with severity, category and"
        + " confidence; the gates' findings are passed along and not repeated. Advisory unless --fail-on.",
    footer = {"", "Exit codes: 0 reviewed (advisory), 1 a comment at or above --fail-on, 2 usage error,"
        + " 3 the review could not be made.", "Docs: docs/llm.md"})
final class ReviewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ChangeOptions change;

  @Mixin ModelOptions model;

  @Option(names = "--format", defaultValue = "markdown", description = "markdown or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the review here instead of standard output.")
  Path output;

  @Option(names = "--min-confidence", defaultValue = "0.6", description = "Drop comments below this confidence (default: ${DEFAULT-VALUE}).")
  double minConfidence;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "error, warning or note: exit 1 when a comment is at least this severe.")
  String failOn;

  @Option(names = "--max-diff-chars", defaultValue = "120000",
      description = "Most diff text sent; larger changes list the files left out (default: ${DEFAULT-VALUE}).")
  int maxDiffChars;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (change.all) {
        throw new ModelOptions.UsageException("review reviews a change; --all is not supported (drop it, or pick --base)");
      }
      if (change.conflict().isPresent()) {
        throw new ModelOptions.UsageException(change.conflict().get());
      }
      String fmt = format.toLowerCase(Locale.ROOT);
      if (!fmt.equals("markdown") && !fmt.equals("json")) {
        throw new ModelOptions.UsageException("--format must be markdown or json, not " + format);
      }
      if (failOn != null && !ReviewComment.SEVERITIES.contains(failOn.toLowerCase(Locale.ROOT))) {
        throw new ModelOptions.UsageException("--fail-on must be error, warning or note, not " + failOn);
      }
      if (minConfidence < 0 || minConfidence > 1) {
        throw new ModelOptions.UsageException("--min-confidence must be between 0 and 1");
      }
      if (maxDiffChars < 1000) {
        throw new ModelOptions.UsageException("--max-diff-chars must be at least 1000");
      }
      MeteredModel metered = model.metered(change.repo, "review", ModelOptions.runId(), w -> err.println("assay: " + w));
      ReviewReport r = new ReviewRunner(metered, Clock.systemUTC()).run(new ReviewRequest(change.toRequest(),
          model.model(), model.maxTokens(4000), model.timeout(), maxDiffChars, minConfidence,
          Optional.ofNullable(failOn).map(s -> s.toLowerCase(Locale.ROOT))));
      String text = fmt.equals("json") ? r.toJson() : r.toMarkdown();
      if (output != null) {
        Files.writeString(output, text, StandardCharsets.UTF_8);
        err.println("assay: review written to " + output + " (" + r.comments().size() + " comments, $" + r.costUsd().toPlainString() + ")");
      } else {
        out.print(text);
        out.flush();
      }
      return r.blocking() ? ExitCode.BLOCKED.code() : ExitCode.OK.code();
    } catch (ModelOptions.UsageException e) {
      err.println("assay: " + e.getMessage());
      return ExitCode.USAGE.code();
    } catch (ReviewException e) {
      err.println("assay: " + e.getMessage());
      return e.usage() ? ExitCode.USAGE.code() : ExitCode.ERROR.code();
    } catch (IOException e) {
      err.println("assay: cannot write " + output + ": " + e.getMessage());
      return ExitCode.ERROR.code();
    }
  }
}
