package dev.assay.llm.generate;

import dev.assay.api.CriteriaException;
import dev.assay.check.Check;
import dev.assay.check.CheckRequest;
import dev.assay.diff.ChangeException;
import dev.assay.engine.RunResult;
import dev.assay.engine.Verdict;
import dev.assay.llm.client.ChatRequest;
import dev.assay.llm.client.Message;
import dev.assay.llm.client.ModelException;
import dev.assay.llm.context.CriteriaText;
import dev.assay.llm.cost.MeteredModel;
import dev.assay.llm.edit.Edit;
import dev.assay.llm.edit.EditApplier;
import dev.assay.llm.edit.EditException;
import dev.assay.llm.edit.EditParser;
import dev.assay.llm.record.CallRecorder;
import dev.assay.llm.record.RunRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The generate, gate, repair loop. In a scratch clone at the start commit: ask the model for
 * edits; parse and apply them strictly (a problem goes back as "did not apply"); commit; build;
 * run the same check {@code assay check} runs, against the start commit; on failure send the
 * failing criteria back as the next task. Stops at a pass, at the attempt cap, or when the budget
 * does not allow the next call. On a pass the attempts become one commit with provenance
 * trailers, pushed as a new branch into the repository (and written as a patch if asked).
 */
public final class GenerateLoop {
  private final MeteredModel model;
  private final BuildStep build;
  private final Consumer<String> progress;
  private final Clock clock;

  public GenerateLoop(MeteredModel model, BuildStep build, Consumer<String> progress, Clock clock) {
    this.model = model;
    this.build = build;
    this.progress = progress;
    this.clock = clock;
  }

  /**
   * Runs the loop.
   *
   * @throws GenerateException for a usage problem: not a repository, unknown ref, bad target,
   *     criteria error, a branch that exists
   */
  public GenerateResult run(GenerateRequest req) throws GenerateException {
    long t0 = System.nanoTime();
    ScratchRepo scratch = ScratchRepo.create(req.repo(), req.startRef());
    long cloneMillis = millis(t0);
    try {
      return loop(req, scratch, cloneMillis);
    } finally {
      if (req.keepScratch()) {
        scratch.close();
      } else {
        scratch.delete();
      }
    }
  }

  private GenerateResult loop(GenerateRequest req, ScratchRepo scratch, long cloneMillis)
      throws GenerateException {
    Path root = scratch.dir();
    CriteriaText criteria;
    try {
      criteria = CriteriaText.load(root, req.criteriaFile());
    } catch (CriteriaException e) {
      throw new GenerateException(e.getMessage(), e);
    }
    long t0 = System.nanoTime();
    String context = ContextBuilder.build(root, req.task(), req.targets(), criteria);
    long contextMillis = millis(t0);
    Set<String> protectedPaths = new HashSet<>(Set.of(".assay.yml", ".assay.yaml", criteria.criteria().baseline()));
    criteria.path().ifPresent(protectedPaths::add);
    List<Message> conversation = new ArrayList<>(List.of(Message.user(context)));
    List<GenerateResult.Attempt> attempts = new ArrayList<>();
    for (int n = 1; n <= req.maxAttempts(); n++) {
      ChatRequest ask = new ChatRequest(req.model(), ContextBuilder.SYSTEM, conversation,
          req.temperature(), req.maxTokens(), Optional.empty(), req.timeout());
      long m0 = System.nanoTime();
      MeteredModel.Answer answer;
      try {
        answer = model.call(ask);
      } catch (MeteredModel.BudgetExceeded e) {
        return end(req, scratch, attempts, GenerateResult.Outcome.BUDGET, "stopped by budget: " + e.getMessage(), cloneMillis, contextMillis, null);
      } catch (ModelException e) {
        return end(req, scratch, attempts, GenerateResult.Outcome.MODEL_ERROR,
            "the model call failed (" + e.kind().name().toLowerCase(Locale.ROOT) + "): " + e.getMessage(), cloneMillis, contextMillis, null);
      }
      long modelMillis = millis(m0);
      String text = answer.response().text();
      conversation.add(Message.assistant(text));
      progress.accept("attempt " + n + ": " + answer.model() + " answered in " + modelMillis + " ms, $" + answer.cost().toPlainString());
      long a0 = System.nanoTime();
      List<String> written;
      try {
        List<Edit> edits = EditParser.parse(text, req.maxAnswerBytes());
        written = EditApplier.apply(root, edits, protectedPaths);
      } catch (EditException bad) {
        EditException e = answer.response().truncated() ? cutOff(bad) : bad;
        attempts.add(new GenerateResult.Attempt(n, answer.model(), "did-not-apply", e.problems(), answer.cost(), modelMillis, millis(a0), 0, 0, java.util.Map.of()));
        progress.accept("attempt " + n + ": the edits did not apply (" + e.problems().size() + " problem(s))");
        conversation.add(Message.user(FailureTask.didNotApply(e.problems())));
        continue;
      } catch (IOException e) {
        throw new GenerateException("cannot write in the scratch repository: " + e.getMessage(), e);
      }
      scratch.commit(written, "assay generate attempt " + n);
      long applyMillis = millis(a0);
      long b0 = System.nanoTime();
      BuildStep.Result built;
      try {
        built = build.run(root);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new GenerateException("interrupted during the build", e);
      }
      long buildMillis = millis(b0);
      if (!built.ok()) {
        attempts.add(new GenerateResult.Attempt(n, answer.model(), "build-failed", List.of("build"), answer.cost(), modelMillis, applyMillis, buildMillis, 0, java.util.Map.of()));
        progress.accept("attempt " + n + ": the build failed");
        conversation.add(Message.user(FailureTask.buildFailed(built.log())));
        continue;
      }
      long c0 = System.nanoTime();
      RunResult checked = check(root, scratch.start(), req.criteriaFile());
      long checkMillis = millis(c0);
      List<String> failing = FailureTask.failing(checked);
      boolean pass = checked.verdict() == Verdict.PASS;
      attempts.add(new GenerateResult.Attempt(n, answer.model(), pass ? "pass" : "blocked", failing, answer.cost(), modelMillis, applyMillis, buildMillis, checkMillis,
          checked.gates().stream().collect(java.util.stream.Collectors.toMap(g -> g.id(), g -> g.status().name()))));
      progress.accept("attempt " + n + ": check " + checked.verdict() + (failing.isEmpty() ? "" : " " + failing));
      if (pass) {
        return end(req, scratch, attempts, GenerateResult.Outcome.PASS, "the change meets the criteria after " + n + (n == 1 ? " attempt" : " attempts"), cloneMillis, contextMillis, criteria);
      }
      conversation.add(Message.user(FailureTask.render(checked) + currentFiles(root, written)));
    }
    return end(req, scratch, attempts, GenerateResult.Outcome.FAILED,
        "the criteria were still not met after " + req.maxAttempts() + " attempts", cloneMillis, contextMillis, null);
  }

  /** A parse failure of an answer that hit the output limit: say so first, it is the likely cause. */
  private static EditException cutOff(EditException e) {
    List<String> problems = new ArrayList<>();
    problems.add("Your answer stopped at the output token limit, so it was cut off; send fewer or smaller edits (EDIT blocks instead of whole files).");
    problems.addAll(e.problems());
    return new EditException(problems);
  }

  private static RunResult check(Path root, String start, Optional<Path> criteria) throws GenerateException {
    try {
      return Check.run(new CheckRequest(root, Optional.of(start), Optional.empty(), false, criteria,
          Optional.empty(), CheckRequest.DEFAULT_MAX_FILE_BYTES)).result();
    } catch (ChangeException | CriteriaException e) {
      throw new GenerateException("assay check could not run on the attempt: " + e.getMessage(), e);
    }
  }

  /** The files as they now are, so SEARCH blocks of the next answer can quote them exactly. */
  private static String currentFiles(Path root, List<String> written) {
    StringBuilder s = new StringBuilder();
    for (String p : written) {
      try {
        String text = Files.readString(root.resolve(p), StandardCharsets.UTF_8);
        if (text.length() <= 20_000) {
          s.append("\nCurrent ").append(p).append(":\n```\n").append(text).append(text.endsWith("\n") ? "" : "\n").append("```\n");
        }
      } catch (IOException e) {
        // Left out: the model still has its own answer.
      }
    }
    return s.toString();
  }

  private GenerateResult end(GenerateRequest req, ScratchRepo scratch, List<GenerateResult.Attempt> attempts,
      GenerateResult.Outcome outcome, String reason, long cloneMillis, long contextMillis, CriteriaText passed)
      throws GenerateException {
    Optional<String> branch = Optional.empty();
    Optional<String> commit = Optional.empty();
    Optional<Path> patch = Optional.empty();
    if (outcome == GenerateResult.Outcome.PASS) {
      String b = req.branch().orElse("assay/generate/" + model.runId());
      commit = Optional.of(scratch.squash(message(req, attempts, passed)));
      scratch.pushBranch(b);
      branch = Optional.of(b);
      if (req.patchFile().isPresent()) {
        try {
          Files.writeString(req.patchFile().get(), scratch.patch(), StandardCharsets.UTF_8);
          patch = req.patchFile();
        } catch (IOException e) {
          throw new GenerateException("cannot write the patch to " + req.patchFile().get() + ": " + e.getMessage(), e);
        }
      }
    }
    String last = attempts.isEmpty() ? req.model() : attempts.get(attempts.size() - 1).model();
    try {
      model.recorder().run(new RunRecord(clock.instant(), model.runId(), "generate", last,
          switch (outcome) {
            case PASS -> "pass";
            case FAILED -> "fail";
            case BUDGET -> "budget";
            case MODEL_ERROR -> "error";
          }, attempts.size(), model.spent()));
    } catch (CallRecorder.RecordException e) {
      progress.accept("warning: the run was not recorded: " + e.getMessage());
    }
    return new GenerateResult(outcome, reason, model.runId(), attempts, branch, commit, patch,
        model.spent(), model.usage(), cloneMillis, contextMillis,
        req.keepScratch() ? Optional.of(scratch.dir()) : Optional.empty());
  }

  private String message(GenerateRequest req, List<GenerateResult.Attempt> attempts, CriteriaText criteria) {
    String first = req.task().strip().lines().findFirst().orElse("Generated change");
    if (first.length() > 72) {
      first = first.substring(0, 69) + "...";
    }
    String model = attempts.get(attempts.size() - 1).model();
    return first + "\n\n"
        + "Generated by assay generate in " + attempts.size() + (attempts.size() == 1 ? " attempt" : " attempts")
        + "; the change meets " + criteria.path().map(p -> "the criteria in " + p).orElse("the default criteria")
        + " (cost $" + this.model.spent().toPlainString() + ").\n\n"
        + "Generated-by: assay generate (" + this.model.provider() + "/" + model + ")\n"
        + "Co-authored-by: " + coAuthor(model) + "\n";
  }

  /** The trailer identity provenance readers already recognise for the model's vendor. */
  static String coAuthor(String model) {
    String m = model.toLowerCase(Locale.ROOT);
    if (m.contains("claude")) {
      return "Claude <noreply@anthropic.com>";
    }
    if (m.startsWith("gpt") || m.startsWith("o1") || m.startsWith("o3") || m.startsWith("o4") || m.contains("codex")) {
      return "OpenAI " + model + " <noreply@openai.com>";
    }
    return model + " <noreply@assay.dev>";
  }

  private static long millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
