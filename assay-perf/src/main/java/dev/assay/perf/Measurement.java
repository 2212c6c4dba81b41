package dev.assay.perf;

import java.util.List;
import java.util.Objects;

/**
 * One measurement from one benchmark process: a JMH fork's median, one value of the benchmark
 * JSON, or a command's wall time.
 *
 * @param name the measurement's name
 * @param value the observation in canonical units (seconds, or operations per second); positive
 * @param throughput whether it is a throughput (higher is better) rather than a time
 * @param operations operations the run performed (for per-operation counters), or 0 when unknown
 * @param iterations the run's iterations or samples in canonical units, in order (for steadiness),
 *     empty when there were none
 */
record Measurement(String name, double value, boolean throughput, long operations,
    List<Double> iterations) {
  Measurement {
    Objects.requireNonNull(name, "name");
    iterations = List.copyOf(iterations);
  }
}
