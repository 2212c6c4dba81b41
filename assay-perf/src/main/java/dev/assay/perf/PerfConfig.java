package dev.assay.perf;

import dev.assay.perf.stats.Complexity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code gates.performance} section, validated. See docs/gates/performance.md.
 *
 * @param build command that builds one side in its own tree, empty for none
 * @param buildTimeout how long a build may take
 * @param cacheDir where built trees are kept by commit; empty for {@code .git/assay/perf}
 * @param benchmarks the benchmark sources, in file order
 * @param reference the trusted reference implementation, or {@link Reference#NONE}
 * @param maxRegression the largest slowdown allowed, as a fraction (0.10 for 10%)
 * @param confidence the confidence level of the bounds, e.g. 0.95
 * @param timeBudget how long the rounds may run in all
 * @param minRounds rounds always run before a decision
 * @param maxRounds rounds never exceeded
 * @param runTimeout how long one benchmark process may run
 * @param inconclusiveBlocks whether an inconclusive benchmark blocks the change
 * @param budgets absolute and reference-ratio budgets by measurement name
 * @param scaling scaling checks by measurement name
 * @param counters which counters to try: {@code instructions}, {@code syscalls}
 * @param syscalls the system calls counted per operation, e.g. fsync
 */
record PerfConfig(
    String build,
    Duration buildTimeout,
    String cacheDir,
    List<BenchmarkSpec> benchmarks,
    Reference reference,
    double maxRegression,
    double confidence,
    Duration timeBudget,
    int minRounds,
    int maxRounds,
    Duration runTimeout,
    boolean inconclusiveBlocks,
    Map<String, List<Budget>> budgets,
    Map<String, ScalingSpec> scaling,
    List<String> counters,
    List<String> syscalls) {

  static final Duration DEFAULT_BUILD_TIMEOUT = Duration.ofMinutes(20);
  static final Duration DEFAULT_TIME_BUDGET = Duration.ofMinutes(10);
  static final Duration DEFAULT_RUN_TIMEOUT = Duration.ofMinutes(2);

  PerfConfig {
    Objects.requireNonNull(build, "build");
    benchmarks = List.copyOf(benchmarks);
    budgets = Map.copyOf(budgets);
    scaling = Map.copyOf(scaling);
    counters = List.copyOf(counters);
    syscalls = List.copyOf(syscalls);
  }

  /** How a benchmark source is run and read. */
  enum Kind {
    /** A JMH run: Assay adds {@code -f 1 -rf json -rff FILE}; each fork is one observation. */
    JMH,
    /** Any command printing the benchmark JSON (docs/gates/performance.md). */
    COMMAND,
    /** A command whose wall time Assay measures, hyperfine-style. */
    TIME
  }

  /**
   * One entry of {@code benchmarks}.
   *
   * @param name the entry's key; for {@link Kind#TIME} also the measurement's name
   * @param kind how it is run
   * @param command the command, run through the shell in the side's tree; may hold {@code {size}}
   * @param referenceCommand the command for the reference side, empty to run {@code command}
   * @param size the value of {@code {size}} (and {@code ASSAY_BENCH_SIZE}) for ordinary rounds
   */
  record BenchmarkSpec(String name, Kind kind, String command, String referenceCommand, long size) {}

  /**
   * The trusted reference: a commit built like base and head, or a directory run as is.
   *
   * @param commit a commit or ref, empty when not a commit
   * @param directory a directory, empty when not a directory
   */
  record Reference(String commit, Path directory) {
    static final Reference NONE = new Reference("", null);

    boolean present() {
      return !commit.isEmpty() || directory != null;
    }
  }

  /** A scaling check: the measurement at {@code size} and at ten times it. */
  record ScalingSpec(String name, long size, Complexity expect, double tolerance) {}
}
