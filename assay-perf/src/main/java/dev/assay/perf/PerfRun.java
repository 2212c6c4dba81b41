package dev.assay.perf;

import dev.assay.api.ChangeSet;
import dev.assay.perf.PerfConfig.BenchmarkSpec;
import dev.assay.perf.stats.Comparison;
import dev.assay.perf.stats.Decision;
import dev.assay.perf.stats.Direction;
import dev.assay.perf.stats.Policy;
import dev.assay.perf.stats.SequentialDecider;
import dev.assay.perf.stats.SequentialPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * One run of the gate's measurements: builds the sides, runs rounds until the statistics have
 * decided every benchmark or the time budget is spent, then the counted runs. What it measured
 * is handed to {@link PerfReport} for the verdict.
 */
final class PerfRun {
  /** Built trees kept in the cache: base and head of a few recent changes. */
  static final int KEEP_TREES = 8;
  private final PerfConfig cfg;
  private final Path root;
  private final LongSupplier clock;
  private final List<String> notes = new ArrayList<>();
  private final java.util.Set<String> usedCommits = new java.util.HashSet<>();

  PerfRun(PerfConfig cfg, Path root, LongSupplier clock) {
    this.cfg = cfg;
    this.root = root;
    this.clock = clock;
  }

  /**
   * Everything measured.
   *
   * @param rounds the rounds run and their observations
   * @param decisions the regression decision per measurement compared, by name
   * @param comparisons what the decisions rest on, by name
   * @param counts the counted runs
   * @param counters the counters that worked
   * @param hasReference whether a reference side ran
   * @param notes what the reader should know
   */
  record Measured(Rounds rounds, Map<String, Decision> decisions,
      Map<String, Comparison> comparisons, List<CounterRuns.Count> counts, Counters counters,
      boolean hasReference, List<String> notes) {}

  Measured run(ChangeSet change, Path work) throws PerfException, IOException,
      InterruptedException {
    long start = clock.getAsLong();
    Path cache = cfg.cacheDir().isEmpty() ? SideTrees.defaultCache(root)
        : root.resolve(cfg.cacheDir()).normalize();
    SideTrees trees = new SideTrees(root, cache, cfg.build(), cfg.buildTimeout());
    List<Side> sides = new ArrayList<>();
    String baseCommit = change.base().commit();
    Path baseDir = built(trees, "base", baseCommit);
    sides.add(new Side(Side.Role.BASE, baseDir, "base (" + abbrev(baseCommit) + ")"));
    Path headDir;
    if (change.head().isWorkingTree()) {
      trees.buildInPlace("head (the work tree)", root);
      headDir = root;
      notes.add("The head is the work tree: built and measured in place"
          + (cfg.build().isEmpty() ? "." : " with `" + cfg.build() + "`."));
    } else {
      headDir = built(trees, "head", change.head().commit());
    }
    String headLabel = change.head().isWorkingTree() ? "head (work tree)"
        : "head (" + abbrev(change.head().commit()) + ")";
    sides.add(new Side(Side.Role.HEAD, headDir, headLabel));
    sides.add(new Side(Side.Role.CONTROL, baseDir, "base (" + abbrev(baseCommit) + ", control)"));
    Path refDir = reference(trees, headDir);
    if (refDir != null) {
      sides.add(new Side(Side.Role.REFERENCE, refDir, "reference"));
    }
    int pruned = trees.prune(KEEP_TREES, usedCommits);
    if (pruned > 0) {
      notes.add("Deleted " + pruned + " least recently used built "
          + (pruned == 1 ? "tree" : "trees") + " from " + cache + " (" + KEEP_TREES + " kept).");
    }
    Random random = new Random(seed(change));
    BenchmarkRunner runner = new BenchmarkRunner(work, cfg.runTimeout());
    Rounds rounds = new Rounds(cfg.benchmarks(), sides, cfg.scaling(), runner, random, clock);
    SequentialDecider decider = new SequentialDecider(policy());
    Map<String, Decision> decisions = new LinkedHashMap<>();
    Map<String, Comparison> comparisons = new LinkedHashMap<>();
    long budget = cfg.timeBudget().toNanos();
    boolean outOfTime = false;
    for (OptionalInt next = decider.nextRounds(); next.isPresent() && !outOfTime;
        next = decider.nextRounds()) {
      while (rounds.rounds() < next.getAsInt()) {
        if (rounds.rounds() > 0 && clock.getAsLong() - start + rounds.roundNanos() > budget) {
          outOfTime = true;
          break;
        }
        rounds.round();
      }
      comparisons = comparisons(rounds);
      List<Decision> look = decider.look(List.copyOf(comparisons.values()));
      look.forEach(d -> decisions.put(d.name(), d));
    }
    if (outOfTime) {
      notes.add("The time budget (" + BenchmarkRunner.seconds(cfg.timeBudget()) + ") ended the"
          + " rounds after " + rounds.rounds() + " of them.");
    }
    Counters counters = Counters.probe(cfg.counters(), cfg.syscalls(), work);
    notes.addAll(counters.notes());
    List<CounterRuns.Count> counts = counters.available().isEmpty() ? List.of()
        : CounterRuns.run(counters, cfg.benchmarks(), sides, runner, work, random);
    notes.addAll(ForkNotes.of(rounds));
    return new Measured(rounds, decisions, comparisons, counts, counters, refDir != null,
        notes);
  }

  private Path built(SideTrees trees, String side, String commit)
      throws PerfException, IOException, InterruptedException {
    usedCommits.add(commit);
    SideTrees.Built b = trees.tree(side, commit);
    notes.add((b.fresh() ? "Built the " : "Reused the built ") + side + " (" + abbrev(commit)
        + ")" + (cfg.build().isEmpty() ? " (no build command)" : "") + " in " + b.tree() + ".");
    return b.tree();
  }

  private Path reference(SideTrees trees, Path headDir)
      throws PerfException, IOException, InterruptedException {
    PerfConfig.Reference r = cfg.reference();
    if (!r.commit().isEmpty()) {
      return built(trees, "reference", SideTrees.resolve(root, r.commit()));
    }
    if (r.directory() != null) {
      Path d = root.resolve(r.directory()).normalize();
      if (!Files.isDirectory(d)) {
        throw new PerfException("`gates.performance.reference.directory`: " + r.directory()
            + " is not a directory (relative paths start at the repository root)");
      }
      return d;
    }
    boolean anyCommand = cfg.benchmarks().stream().anyMatch(b -> !b.referenceCommand().isEmpty());
    return anyCommand ? headDir : null;
  }

  /** The regression comparisons: measurements both base and head reported, on common rounds. */
  private Map<String, Comparison> comparisons(Rounds rounds) {
    Map<String, Comparison> out = new LinkedHashMap<>();
    for (Series s : rounds.series().values()) {
      if (!s.has(Side.Role.BASE) || !s.has(Side.Role.HEAD)) {
        continue;
      }
      List<Integer> common = s.completeRounds(rounds.rounds(),
          List.of(Side.Role.BASE, Side.Role.HEAD, Side.Role.CONTROL));
      if (common.isEmpty()) {
        continue;
      }
      Direction dir = s.throughput() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
      out.put(s.name(), new Comparison(s.name(), dir, s.values(Side.Role.BASE, common),
          s.values(Side.Role.HEAD, common), s.values(Side.Role.CONTROL, common)));
    }
    return out;
  }

  Policy policy() {
    return new Policy(cfg.maxRegression(), cfg.confidence(), Policy.DEFAULT.controlTolerance(),
        plan(cfg.minRounds(), cfg.maxRounds()));
  }

  /**
   * The default plan's looks between {@code min} and {@code max} rounds, the first at {@code min}
   * spending 80% of alpha and the rest spread evenly, as the default plan does.
   */
  static SequentialPlan plan(int min, int max) {
    SequentialPlan d = SequentialPlan.DEFAULT;
    if (min == d.roundsAt(0) && max == d.maxRounds()) {
      return d;
    }
    List<Integer> looks = new ArrayList<>(List.of(min));
    for (int i = 0; i < d.size(); i++) {
      if (d.roundsAt(i) > min && d.roundsAt(i) < max) {
        looks.add(d.roundsAt(i));
      }
    }
    if (max > min) {
      looks.add(max);
    }
    List<Double> shares = new ArrayList<>();
    for (int i = 0; i < looks.size(); i++) {
      shares.add(looks.size() == 1 ? 1.0 : i == 0 ? 0.8 : 0.2 / (looks.size() - 1));
    }
    return new SequentialPlan(looks, shares);
  }

  private static long seed(ChangeSet change) {
    return (change.base().commit() + ".." + change.head().commit()).hashCode();
  }

  static String abbrev(String commit) {
    return commit.substring(0, Math.min(12, commit.length()));
  }

  List<BenchmarkSpec> specs() {
    return cfg.benchmarks();
  }
}
