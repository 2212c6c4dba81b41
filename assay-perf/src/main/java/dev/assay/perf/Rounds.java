package dev.assay.perf;

import dev.assay.perf.PerfConfig.BenchmarkSpec;
import dev.assay.perf.PerfConfig.ScalingSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * Runs the rounds: in each, a fresh process of every side (base, head, the base-vs-base control,
 * the reference when there is one) for every benchmark, plus the head at N and 10N for every
 * scaling check, all in one random order; and records what each process measured.
 */
final class Rounds {
  private final List<BenchmarkSpec> specs;
  private final List<Side> sides;
  private final Map<String, ScalingSpec> scaling;
  private final BenchmarkRunner runner;
  private final Random random;
  private final LongSupplier clock;
  private final Map<String, Series> series = new LinkedHashMap<>();
  private final Map<String, Series> small = new LinkedHashMap<>();
  private final Map<String, Series> large = new LinkedHashMap<>();
  private final Map<String, BenchmarkSpec> scalingSource = new LinkedHashMap<>();
  private int rounds;
  private long spentNanos;

  Rounds(List<BenchmarkSpec> specs, List<Side> sides, Map<String, ScalingSpec> scaling,
      BenchmarkRunner runner, Random random, LongSupplier clock) {
    this.specs = List.copyOf(specs);
    this.sides = List.copyOf(sides);
    this.scaling = scaling;
    this.runner = runner;
    this.random = random;
    this.clock = clock;
    for (ScalingSpec s : scaling.values()) {
      for (BenchmarkSpec b : specs) {
        if (specs.size() == 1 || b.kind() == PerfConfig.Kind.TIME && b.name().equals(s.name())) {
          scalingSource.put(s.name(), b);
        }
      }
    }
  }

  /** One planned process: a side running one benchmark at a size (0 for its own). */
  private record Job(BenchmarkSpec spec, Side side, long size, String scaled) {}

  /** Runs one round; any failing process ends the gate with its reason. */
  void round() throws PerfException, InterruptedException, IOException {
    long start = clock.getAsLong();
    List<Job> jobs = new ArrayList<>();
    for (BenchmarkSpec spec : specs) {
      for (Side side : sides) {
        jobs.add(new Job(spec, side, 0, ""));
      }
    }
    Side head = sides.stream().filter(s -> s.role() == Side.Role.HEAD).findFirst().orElseThrow();
    for (ScalingSpec s : scaling.values()) {
      BenchmarkSpec src = scalingSource.get(s.name());
      if (src != null) {
        jobs.add(new Job(src, head, s.size(), s.name()));
        jobs.add(new Job(src, head, s.size() * 10, s.name()));
      }
    }
    Collections.shuffle(jobs, random);
    for (Job j : jobs) {
      List<Measurement> ms = runner.run(j.spec(), j.side(), j.size(), List.of()).measurements();
      if (!j.scaled().isEmpty()) {
        ScalingSpec s = scaling.get(j.scaled());
        Map<String, Series> into = j.size() == s.size() ? small : large;
        for (Measurement m : ms) {
          if (m.name().equals(s.name())) {
            into.computeIfAbsent(s.name(), n -> new Series(n, j.spec().name()))
                .add(Side.Role.HEAD, rounds, m);
          }
        }
        continue;
      }
      for (Measurement m : ms) {
        series.computeIfAbsent(m.name(), n -> new Series(n, j.spec().name()))
            .add(j.side().role(), rounds, m);
        if (scaling.containsKey(m.name())) {
          scalingSource.putIfAbsent(m.name(), j.spec());
        }
      }
    }
    rounds++;
    spentNanos += clock.getAsLong() - start;
  }

  int rounds() {
    return rounds;
  }

  /** Average wall time of one round so far, in nanoseconds. */
  long roundNanos() {
    return rounds == 0 ? 0 : spentNanos / rounds;
  }

  long spentNanos() {
    return spentNanos;
  }

  /** Every measurement seen, in order of first appearance. */
  Map<String, Series> series() {
    return Collections.unmodifiableMap(series);
  }

  /** The head's observations at the scaling check's N, by measurement name. */
  Map<String, Series> small() {
    return Collections.unmodifiableMap(small);
  }

  /** The head's observations at 10N, by measurement name. */
  Map<String, Series> large() {
    return Collections.unmodifiableMap(large);
  }
}
