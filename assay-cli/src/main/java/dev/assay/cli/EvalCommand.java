package dev.assay.cli;

import dev.assay.llm.client.ModelClient;
import dev.assay.llm.eval.EvalRunner;
import dev.assay.llm.eval.EvalTable;
import dev.assay.llm.eval.EvalTask;
import dev.assay.llm.generate.GenerateException;
import dev.assay.llm.record.JsonlCallRecorder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay eval}: a suite of tasks against several models, compared per gate. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Run a suite of generate tasks against one or more models (repeat --model) and compare"
        + " the share passing each gate, attempts, cost and latency.",
    footer = {"", "Exit codes: 0 the suite ran, 2 usage or suite error, 3 a task could not run.", "Docs: docs/llm.md"})
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ModelOptions model;

  @Option(names = "--suite", paramLabel = "DIR", required = true, description = "Folder of task folders (task.md, repo/, task.properties).")
  Path suite;

  @Option(names = "--work", paramLabel = "DIR", description = "Where the task repositories are made (default: a new temporary folder).")
  Path work;

  @Option(names = "--max-attempts", defaultValue = "3", description = "Per task, unless its task.properties says (default: ${DEFAULT-VALUE}).")
  int maxAttempts;

  @Option(names = "--build-timeout", paramLabel = "SECONDS", defaultValue = "900") int buildTimeout;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write every run as JSON.")
  Path json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      List<EvalTask> tasks = EvalTask.readSuite(suite);
      Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("assay-eval-");
      Path root = dir.toAbsolutePath();
      model.checkTemperature();
      ModelClient client = model.client(root, System.getenv());
      Path ledger = model.ledger != null ? model.ledger : root.resolve(JsonlCallRecorder.FILE_NAME);
      EvalRunner runner = new EvalRunner(client, new JsonlCallRecorder(ledger), new EvalRunner.Settings(maxAttempts,
          model.maxTokens(8000), model.temperature, model.timeout(), Duration.ofSeconds(buildTimeout), model.prices(),
          model.budget()), p -> err.println("assay: " + p), Clock.systemUTC());
      EvalTable table = runner.run(tasks, model.models, root);
      out.print(table.toMarkdown());
      out.flush();
      if (json != null) {
        Files.writeString(json, table.toJson(), StandardCharsets.UTF_8);
      }
      err.println("assay: task repositories and the call record are in " + root);
      return ExitCode.OK.code();
    } catch (ModelOptions.UsageException | EvalTask.EvalException e) {
      err.println("assay: " + e.getMessage());
      return ExitCode.USAGE.code();
    } catch (GenerateException | IOException e) {
      err.println("assay: " + e.getMessage());
      return ExitCode.ERROR.code();
    }
  }
}
