package dev.assay.engine;

import dev.assay.api.ChangeSet;
import dev.assay.api.CriteriaException;
import dev.assay.api.CriterionResult;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.Gate;
import dev.assay.api.GateResult;
import dev.assay.api.SkippedFile;
import dev.assay.api.Status;
import dev.assay.glob.Glob;
import dev.assay.policy.GateSection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the enabled gates on a change and turns their results into one verdict: configures every
 * gate first (criteria mistakes fail before work starts), evaluates each in isolation (one that
 * throws is ERROR, the others still run), applies suppressions and the baseline, and sorts.
 */
public final class Engine {
  /** The deterministic order of findings in every report: path, line, gate, rule, message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::path)
          .thenComparingInt(Finding::line)
          .thenComparing(Finding::gate)
          .thenComparing(Finding::rule)
          .thenComparing(Finding::message)
          .thenComparingInt(Finding::endLine);

  private Engine() {}

  /**
   * Runs. Throws {@link CriteriaException} for criteria mistakes found while configuring gates;
   * any other failure of a gate is caught and reported as that gate's ERROR.
   */
  public static RunResult run(RunInput in) {
    List<ConfiguredGate<?>> gates = configureAll(in);
    List<String> notes = new ArrayList<>(in.notes());
    ChangeSet change = applyExclude(in.change(), in.criteria().exclude(), notes);
    Workspace workspace = new Workspace(in.root());
    List<GateResult> results = evaluateAll(gates, change, in, workspace);
    Set<String> unsuppressible = new HashSet<>();
    for (ConfiguredGate<?> g : gates) {
      if (!g.gate().suppressibleInline()) {
        unsuppressible.add(g.gate().id());
      }
    }
    Evidence evidence =
        Evidence.collect(results, unsuppressible, workspace.shared(in.head()), in.baseline());
    notes.addAll(evidence.notes());
    List<GateReport> reports = new ArrayList<>();
    for (int i = 0; i < gates.size(); i++) {
      reports.add(report(gates.get(i), results.get(i), evidence));
    }
    return new RunResult(
        in.toolVersion(),
        verdictOf(reports),
        change,
        in.criteria().source(),
        reports,
        evidence.findings(),
        notes,
        in.criteria().docsUrl());
  }

  private static List<ConfiguredGate<?>> configureAll(RunInput in) {
    List<ConfiguredGate<?>> out = new ArrayList<>();
    for (Gate<?> gate : in.gates()) {
      Optional<GateSection> section = in.criteria().gate(gate.id());
      if (section.isPresent() && section.get().enabled()) {
        out.add(ConfiguredGate.configure(gate, section.get(), in.criteria()));
      }
    }
    return out;
  }

  private static ChangeSet applyExclude(ChangeSet change, List<String> exclude, List<String> notes) {
    if (exclude.isEmpty()) {
      return change;
    }
    List<Glob> globs = Glob.compileAll(exclude);
    List<FileChange> kept = new ArrayList<>();
    List<SkippedFile> skipped = new ArrayList<>(change.skipped());
    for (FileChange f : change.files()) {
      if (Glob.anyMatch(globs, f.path())) {
        skipped.add(new SkippedFile(f.path(), "excluded by the criteria file's `exclude`"));
      } else {
        kept.add(f);
      }
    }
    int n = change.files().size() - kept.size();
    if (n > 0) {
      notes.add(n + (n == 1 ? " changed file is" : " changed files are") + " excluded by `exclude`.");
    }
    return new ChangeSet(change.base(), change.head(), kept, skipped);
  }

  /**
   * Evaluates the gates that produce evidence for others first (the tests gate running the build),
   * then the rest side by side, one thread per gate up to the number of processors, and returns
   * the results in gate order. Gates are stateless and read the change, the trees and
   * the workspace, all of which are safe to share; a whole-tree scan is then bounded by its slowest
   * gate instead of the sum of all.
   */
  private static List<GateResult> evaluateAll(
      List<ConfiguredGate<?>> gates, ChangeSet change, RunInput in, Workspace workspace) {
    GateResult[] results = new GateResult[gates.size()];
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < gates.size(); i++) {
      if (gates.get(i).producesEvidence()) {
        results[i] = evaluate(gates.get(i), change, in, workspace);
      } else {
        rest.add(i);
      }
    }
    int threads = Math.min(rest.size(), Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      for (int i : rest) {
        results[i] = evaluate(gates.get(i), change, in, workspace);
      }
      return List.of(results);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, Engine::gateThread);
    try {
      List<Future<GateResult>> futures = new ArrayList<>();
      for (int i : rest) {
        ConfiguredGate<?> g = gates.get(i);
        futures.add(pool.submit(() -> evaluate(g, change, in, workspace)));
      }
      for (int k = 0; k < rest.size(); k++) {
        results[rest.get(k)] = join(futures.get(k));
      }
      return List.of(results);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Thread gateThread(Runnable r) {
    Thread t = new Thread(r, "assay-gate");
    t.setDaemon(true);
    return t;
  }

  /** The gate's result; a criteria mistake found while it ran is rethrown as itself. */
  private static GateResult join(Future<GateResult> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while gates were running", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static <C> GateResult evaluate(
      ConfiguredGate<C> g, ChangeSet change, RunInput in, Workspace workspace) {
    EngineContext<C> context = new EngineContext<>(g, change, in, workspace);
    String id = g.gate().id();
    try {
      GateResult r = g.gate().evaluate(context);
      if (r == null || !r.gate().equals(id)) {
        return GateResult.error(id, "gate `" + id + "` returned no result or another gate's result");
      }
      return g.ai().isPresent() && r.status() != Status.ERROR
          ? AiPass.apply(g, r, change, in, workspace)
          : r;
    } catch (CriteriaException e) {
      throw e;
    } catch (Exception | StackOverflowError | OutOfMemoryError | AssertionError e) {
      String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return GateResult.error(id, "gate `" + id + "` could not run: " + what);
    }
  }

  private static GateReport report(ConfiguredGate<?> g, GateResult r, Evidence evidence) {
    boolean blocking = g.section().blocking();
    List<ReportedFinding> findings = evidence.of(r.gate());
    List<CriterionResult> criteria = new ArrayList<>();
    for (CriterionResult c : r.criteria()) {
      criteria.add(recompute(c, findings, blocking));
    }
    Status status = r.status();
    if (!criteria.isEmpty()) {
      Status decided = GateResult.statusOf(criteria);
      status = r.status() == Status.ERROR && decided != Status.FAIL ? Status.ERROR : decided;
    }
    return new GateReport(
        r.gate(), g.gate().title(), status, r.summary(), criteria, findings, r.notes(), r.metrics(),
        g.gate().rules(), r.tables());
  }

  private static CriterionResult recompute(
      CriterionResult c, List<ReportedFinding> findings, boolean gateBlocking) {
    boolean blocking = c.blocking() && gateBlocking;
    CriterionResult base =
        new CriterionResult(c.id(), c.title(), c.kind(), c.status(), c.actual(), c.expected(), blocking);
    if (c.kind() != CriterionResult.Kind.NO_FINDINGS
        || c.status() == Status.ERROR
        || c.status() == Status.SKIPPED) {
      return base;
    }
    long open = findings.stream().filter(f -> f.isOpen() && f.finding().rule().equals(c.id())).count();
    long all = findings.stream().filter(f -> f.finding().rule().equals(c.id())).count();
    if (all == 0) {
      return base;
    }
    String actual = open + (open == 1 ? " finding" : " findings");
    if (all > open) {
      actual += " (" + (all - open) + " suppressed or baselined)";
    }
    Status s = open == 0 ? Status.PASS : blocking ? Status.FAIL : Status.WARN;
    return base.withOutcome(s, actual);
  }

  private static Verdict verdictOf(List<GateReport> reports) {
    Status worst = Status.PASS;
    for (GateReport r : reports) {
      worst = worst.worse(r.status());
    }
    return worst == Status.FAIL ? Verdict.BLOCKED : worst == Status.ERROR ? Verdict.ERROR : Verdict.PASS;
  }
}
