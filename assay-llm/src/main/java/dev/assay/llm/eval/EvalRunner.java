package dev.assay.llm.eval;

import dev.assay.llm.client.ModelClient;
import dev.assay.llm.cost.Budget;
import dev.assay.llm.cost.CostMeter;
import dev.assay.llm.cost.MeteredModel;
import dev.assay.llm.cost.PriceTable;
import dev.assay.llm.generate.BuildStep;
import dev.assay.llm.generate.CommandBuild;
import dev.assay.llm.generate.GenerateException;
import dev.assay.llm.generate.GenerateLoop;
import dev.assay.llm.generate.GenerateRequest;
import dev.assay.llm.generate.GenerateResult;
import dev.assay.llm.record.CallRecorder;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Runs every task of a suite with every model through the generate loop, each in a fresh git
 * repository made from the task's {@code repo/} folder, and collects the comparison table. Models
 * run one after the other, tasks in name order, so results do not depend on scheduling.
 */
public final class EvalRunner {
  /** How a run is configured, apart from the model. */
  public record Settings(int maxAttempts, int maxTokens, double temperature, Duration timeout,
      Duration buildTimeout, PriceTable prices, Budget budget) {}

  private final ModelClient client;
  private final CallRecorder recorder;
  private final Settings settings;
  private final Consumer<String> progress;
  private final Clock clock;

  public EvalRunner(ModelClient client, CallRecorder recorder, Settings settings, Consumer<String> progress, Clock clock) {
    this.client = client;
    this.recorder = recorder;
    this.settings = settings;
    this.progress = progress;
    this.clock = clock;
  }

  public EvalTable run(List<EvalTask> tasks, List<String> models, Path work) throws IOException, GenerateException {
    List<EvalTable.Run> runs = new ArrayList<>();
    for (String model : models) {
      for (EvalTask task : tasks) {
        progress.accept("eval: " + task.name() + " with " + model);
        Path repo = work.resolve(model.replaceAll("[^A-Za-z0-9._-]", "_")).resolve(task.name());
        init(task, repo);
        String runId = "eval-" + task.name() + "-" + model.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + clock.millis();
        MeteredModel metered = new MeteredModel(client, new CostMeter(settings.prices(), settings.budget(), BigDecimal.ZERO),
            recorder, runId, "eval", false, clock, progress);
        BuildStep build = task.build().<BuildStep>map(c -> new CommandBuild(c, settings.buildTimeout())).orElse(BuildStep.NONE);
        GenerateResult r = new GenerateLoop(metered, build, progress, clock).run(new GenerateRequest(
            repo, "HEAD", task.prompt(), task.targets(), Optional.empty(), model, settings.temperature(),
            settings.maxTokens(), settings.timeout(), task.maxAttempts().orElse(settings.maxAttempts()),
            Optional.of("assay/eval/" + task.name()), Optional.empty(), false, 1 << 20));
        Map<String, String> gates = r.attempts().isEmpty() ? Map.of() : r.attempts().get(r.attempts().size() - 1).gates();
        runs.add(new EvalTable.Run(task.name(), model, r.outcome() == GenerateResult.Outcome.PASS, gates,
            r.attempts().size(), r.costUsd(), metered.latencies(), r.reason()));
      }
    }
    return new EvalTable(runs);
  }

  /** A new repository whose one commit holds the task's repo/ folder. */
  private static void init(EvalTask task, Path repo) throws IOException, GenerateException {
    Path source = task.dir().resolve("repo");
    Files.createDirectories(repo);
    Files.walkFileTree(source, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Files.createDirectories(repo.resolve(source.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (attrs.isRegularFile()) {
          Files.copy(file, repo.resolve(source.relativize(file).toString()));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      PersonIdent who = new PersonIdent("assay eval", "eval@assay.dev");
      git.commit().setMessage("task " + task.name()).setAuthor(who).setCommitter(who).setSign(false).call();
    } catch (GitAPIException e) {
      throw new GenerateException("cannot make the repository of task " + task.name() + ": " + e.getMessage(), e);
    }
  }
}
