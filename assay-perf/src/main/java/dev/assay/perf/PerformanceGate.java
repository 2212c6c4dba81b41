package dev.assay.perf;

import dev.assay.api.CriterionResult;
import dev.assay.api.Gate;
import dev.assay.api.GateContext;
import dev.assay.api.GateResult;
import dev.assay.api.GateTable;
import dev.assay.api.RuleDescriptor;
import dev.assay.api.Settings;
import dev.assay.api.Severity;
import dev.assay.api.Status;
import dev.assay.perf.Counters.Counter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code performance} gate: the project's benchmarks run on base and head (and a trusted
 * reference) in interleaved, randomised rounds on this machine, and a statistical decision per
 * benchmark says whether the head is slower than allowed; plus budgets, reference ratios, scaling
 * checks and counters. See docs/gates/performance.md.
 */
public final class PerformanceGate implements Gate<PerfConfig> {
  static final String ID = "performance";
  static final String REGRESSION = "performance/regression";
  static final String INCONCLUSIVE = "performance/inconclusive";
  static final String BUDGET = "performance/budget";
  static final String REFERENCE_RATIO = "performance/reference-ratio";
  static final String SCALING = "performance/scaling";
  static final String SYSCALLS = "performance/syscalls";
  static final String INSTRUCTIONS = "performance/instructions";

  public PerformanceGate() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Benchmarks are not slower at the head than at the base, and keep their budgets";
  }

  @Override
  public List<RuleDescriptor> rules() {
    return List.of(
        new RuleDescriptor(REGRESSION, "PerformanceRegression", "A benchmark is slower at the"
            + " head than at the base by more than the allowed maximum, at the configured"
            + " confidence.", Severity.ERROR),
        new RuleDescriptor(INCONCLUSIVE, "PerformanceInconclusive", "The rounds the time budget"
            + " allowed could not tell whether a benchmark regressed or kept its budget.",
            Severity.WARNING),
        new RuleDescriptor(BUDGET, "PerformanceBudget", "A benchmark at the head is beyond its"
            + " absolute budget.", Severity.ERROR),
        new RuleDescriptor(REFERENCE_RATIO, "ReferenceRatio", "A benchmark at the head costs more"
            + " than its allowed ratio to the trusted reference implementation.", Severity.ERROR),
        new RuleDescriptor(SCALING, "ScalingCheck", "An operation grows faster from size N to 10N"
            + " than its declared complexity allows.", Severity.ERROR),
        new RuleDescriptor(SYSCALLS, "MoreSystemCalls", "The head makes more of the watched"
            + " system calls (fsync, fdatasync) per operation than the base.", Severity.ERROR),
        new RuleDescriptor(INSTRUCTIONS, "MoreInstructions", "The head executes more CPU"
            + " instructions than the base, beyond the allowed maximum.", Severity.ERROR));
  }

  @Override
  public PerfConfig configure(Settings settings) {
    return PerfSettings.read(settings);
  }

  @Override
  public GateResult evaluate(GateContext<PerfConfig> ctx) throws Exception {
    PerfConfig cfg = ctx.config();
    if (cfg.benchmarks().isEmpty()) {
      return GateResult.skipped(ID, "no benchmarks configured (gates.performance.benchmarks)");
    }
    if (ctx.change().base().commit().isEmpty()) {
      return GateResult.skipped(ID, "the base has no commit: nothing to compare against");
    }
    Path work = Files.createTempDirectory("assay-perf-");
    try {
      PerfRun.Measured m = new PerfRun(cfg, ctx.root(), System::nanoTime)
          .run(ctx.change(), work);
      return result(cfg, m);
    } catch (PerfException e) {
      return GateResult.error(ID, e.getMessage());
    } finally {
      SideTrees.delete(work);
    }
  }

  static GateResult result(PerfConfig cfg, PerfRun.Measured m) {
    Outcome o = new PerfJudge(cfg, m).judge();
    List<CriterionResult> criteria = new ArrayList<>();
    criteria.add(CriterionResult.noFindings(REGRESSION, "No benchmark is more than "
        + Numbers.percent(cfg.maxRegression()) + " slower at the head ("
        + Numbers.percent(cfg.confidence()) + " confidence)", (int) o.count(REGRESSION), true));
    criteria.add(CriterionResult.noFindings(INCONCLUSIVE, "Every benchmark, budget and scaling"
        + " check is decided within the time budget", (int) o.count(INCONCLUSIVE),
        cfg.inconclusiveBlocks()));
    boolean absolute = cfg.budgets().values().stream().flatMap(List::stream)
        .anyMatch(b -> !b.isRatio());
    boolean ratio = cfg.budgets().values().stream().flatMap(List::stream)
        .anyMatch(Budget::isRatio);
    if (absolute) {
      criteria.add(CriterionResult.noFindings(BUDGET, "Benchmarks keep their absolute budgets",
          (int) o.count(BUDGET), true));
    }
    if (ratio) {
      criteria.add(CriterionResult.noFindings(REFERENCE_RATIO, "Benchmarks keep their ratio to"
          + " the reference", (int) o.count(REFERENCE_RATIO), true));
    }
    if (!cfg.scaling().isEmpty()) {
      criteria.add(CriterionResult.noFindings(SCALING, "Operations grow as declared from N to"
          + " 10N", (int) o.count(SCALING), true));
    }
    if (m.counters().available().contains(Counter.SYSCALLS)) {
      criteria.add(CriterionResult.noFindings(SYSCALLS, "No more " + String.join("/",
          cfg.syscalls()) + " calls per operation than the base", (int) o.count(SYSCALLS), true));
    }
    if (m.counters().available().contains(Counter.INSTRUCTIONS)) {
      criteria.add(CriterionResult.noFindings(INSTRUCTIONS, "No more than "
          + Numbers.percent(cfg.maxRegression()) + " more CPU instructions than the base",
          (int) o.count(INSTRUCTIONS), true));
    }
    List<String> notes = new ArrayList<>(m.notes());
    notes.addAll(o.notes);
    Map<String, String> metrics = new TreeMap<>();
    metrics.put("rounds", Integer.toString(m.rounds().rounds()));
    metrics.put("benchmarks.compared", Integer.toString(m.decisions().size()));
    metrics.put("benchmarks.failed", Integer.toString(o.failed));
    metrics.put("benchmarks.passed", Integer.toString(o.passed));
    metrics.put("benchmarks.inconclusive", Integer.toString(o.inconclusive));
    String summary = m.decisions().size() + (m.decisions().size() == 1 ? " benchmark" : " benchmarks")
        + " over " + m.rounds().rounds() + " rounds: " + o.failed + " slower, " + o.passed
        + " within " + Numbers.percent(cfg.maxRegression()) + ", " + o.inconclusive
        + " inconclusive" + (o.findings.size() > o.failed + o.inconclusive
        ? "; " + (o.findings.size() - o.failed - o.inconclusive) + " other findings" : "");
    GateResult r = GateResult.of(ID, summary, criteria, o.findings, notes, metrics);
    return r.withTables(PerfTables.of(cfg, m, o));
  }

}
