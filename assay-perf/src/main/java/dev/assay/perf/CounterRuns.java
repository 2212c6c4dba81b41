package dev.assay.perf;

import dev.assay.perf.Counters.Counter;
import dev.assay.perf.PerfConfig.BenchmarkSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Runs each benchmark a few extra times under each available counter, for base, the control
 * (a second base) and head in random order, and keeps the counts per run or per operation.
 * Timing is not taken from these runs: a counting wrapper slows the process down.
 */
final class CounterRuns {
  static final int RUNS = 3;

  /**
   * One counted quantity of one benchmark, e.g. {@code fsync} of entry {@code kv}, per side.
   *
   * @param benchmark the benchmark entry
   * @param what {@code instructions} or a system call's name
   * @param perOperation whether the values are per operation (else per run)
   * @param values the counts of each run, per side
   */
  record Count(String benchmark, String what, boolean perOperation,
      Map<Side.Role, List<Double>> values) {}

  private CounterRuns() {}

  static List<Count> run(Counters counters, List<BenchmarkSpec> specs, List<Side> sides,
      BenchmarkRunner runner, Path work, Random random)
      throws PerfException, InterruptedException, IOException {
    List<Count> out = new ArrayList<>();
    List<Side> counted = sides.stream().filter(s -> s.role() != Side.Role.REFERENCE).toList();
    for (BenchmarkSpec spec : specs) {
      for (Counter c : counters.available()) {
        Map<String, Map<Side.Role, List<double[]>>> byWhat = new LinkedHashMap<>();
        boolean perOp = true;
        List<Side> jobs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
          jobs.addAll(counted);
        }
        Collections.shuffle(jobs, random);
        for (Side side : jobs) {
          Path file = work.resolve("counter.txt");
          Files.deleteIfExists(file);
          BenchmarkRunner.Run r = runner.run(spec, side, 0, counters.prefix(c, file));
          long ops = r.measurements().stream().mapToLong(Measurement::operations).sum();
          perOp &= ops > 0;
          Map<String, Double> counts = new LinkedHashMap<>();
          if (c == Counter.INSTRUCTIONS) {
            Counters.instructions(file).ifPresent(n -> counts.put("instructions", n));
          } else {
            Counters.syscallCounts(file, counters.syscalls())
                .forEach((k, v) -> counts.put(k, v.doubleValue()));
          }
          for (Map.Entry<String, Double> e : counts.entrySet()) {
            byWhat.computeIfAbsent(e.getKey(), k -> new EnumMap<>(Side.Role.class))
                .computeIfAbsent(side.role(), k -> new ArrayList<>())
                .add(new double[] {e.getValue(), ops});
          }
        }
        // per operation only when every run said how many operations it performed
        boolean each = perOp;
        for (Map.Entry<String, Map<Side.Role, List<double[]>>> e : byWhat.entrySet()) {
          Map<Side.Role, List<Double>> values = new EnumMap<>(Side.Role.class);
          e.getValue().forEach((role, runs) -> values.put(role, runs.stream()
              .map(r -> each ? r[0] / r[1] : r[0]).toList()));
          out.add(new Count(spec.name(), e.getKey(), each, values));
        }
      }
    }
    return out;
  }
}
