package dev.assay.perf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The observations of one measurement, round by round, per side. A measurement missing from a
 * side's run in some round is remembered, so that it is compared only on rounds where every side
 * has it.
 */
final class Series {
  private final String name;
  private final String source;
  private boolean throughput;
  private final Map<Side.Role, List<Double>> values = new EnumMap<>(Side.Role.class);
  private final Map<Side.Role, List<List<Double>>> iterations = new EnumMap<>(Side.Role.class);
  private final Map<Side.Role, Integer> seenRounds = new EnumMap<>(Side.Role.class);

  Series(String name, String source) {
    this.name = name;
    this.source = source;
  }

  String name() {
    return name;
  }

  /** The benchmark entry (of {@code benchmarks}) that produces it. */
  String source() {
    return source;
  }

  boolean throughput() {
    return throughput;
  }

  /** Records the measurement of {@code role} in round {@code round} (0-based). */
  void add(Side.Role role, int round, Measurement m) {
    throughput = m.throughput();
    List<Double> v = values.computeIfAbsent(role, r -> new ArrayList<>());
    List<List<Double>> it = iterations.computeIfAbsent(role, r -> new ArrayList<>());
    while (v.size() < round) {
      v.add(Double.NaN);
      it.add(List.of());
    }
    v.add(m.value());
    it.add(m.iterations());
    seenRounds.merge(role, 1, Integer::sum);
  }

  boolean has(Side.Role role) {
    return seenRounds.getOrDefault(role, 0) > 0;
  }

  /** The rounds (0-based, below {@code rounds}) in which every role given has a value. */
  List<Integer> completeRounds(int rounds, List<Side.Role> roles) {
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      boolean all = true;
      for (Side.Role role : roles) {
        List<Double> v = values.getOrDefault(role, List.of());
        all &= r < v.size() && !Double.isNaN(v.get(r));
      }
      if (all) {
        out.add(r);
      }
    }
    return out;
  }

  /** The values of {@code role} in the given rounds. */
  double[] values(Side.Role role, List<Integer> rounds) {
    List<Double> v = values.getOrDefault(role, List.of());
    return rounds.stream().mapToDouble(v::get).toArray();
  }

  /** Every value of {@code role}, in round order, without gaps. */
  double[] all(Side.Role role) {
    return values.getOrDefault(role, List.of()).stream().filter(d -> !Double.isNaN(d))
        .mapToDouble(Double::doubleValue).toArray();
  }

  /** The iterations of each run of {@code role} (empty lists for runs without iterations). */
  List<List<Double>> iterations(Side.Role role) {
    return List.copyOf(iterations.getOrDefault(role, List.of()));
  }
}
