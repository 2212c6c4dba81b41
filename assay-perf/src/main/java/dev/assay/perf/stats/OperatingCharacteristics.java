package dev.assay.perf.stats;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the decision procedure's simulated operating characteristics as a Markdown table: false
 * FAIL rate with no change, and FAIL / PASS / INCONCLUSIVE rates and rounds needed per true
 * effect, for each noise shape and level, at the default policy with five benchmarks per gate run
 * (one of them carrying the effect). Run by {@code bench/perf-sim.sh}; see docs/benchmarks.md.
 */
public final class OperatingCharacteristics {

  private OperatingCharacteristics() {}

  /** Arguments: [runs per scenario, default 2000] [seed, default 20261202]. */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261202L;
    print(Policy.DEFAULT, runs, seed, System.out);
    printBoundary(Policy.DEFAULT, runs, seed, System.out);
  }

  /** Simulates every scenario and prints one table row per scenario. */
  public static void print(Policy policy, int runs, long seed, PrintStream out) {
    Simulation sim = new Simulation(policy);
    out.printf(Locale.ROOT, "policy: max regression %.0f%%, confidence %.3g (one-sided, family-wide),"
            + " looks %s, shares %s; 5 benchmarks per gate run; %d runs per row; seed %d%n%n",
        100 * policy.maxRegression(), policy.confidence(), policy.plan().looks(),
        policy.plan().shares(), runs, seed);
    out.println("| noise | sigma | true ratio | FAIL | PASS | INCONCLUSIVE | FAIL at 7 rounds"
        + " | mean rounds to FAIL | false FAIL (unchanged benchmarks) | runs with any false FAIL"
        + " | mean rounds per run |");
    out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (Simulation.Scenario s : scenarios()) {
      Simulation.Outcome o = sim.run(s, runs, seed);
      if (s.affected() == 0) {
        out.printf(Locale.ROOT, "| %s | %.2f | 1 (A/A) | - | - | - | - | - | %s | %s | %.1f |%n",
            name(s), s.sigma(), pct(o.falseFail()), pct(o.anyFalseFail()), o.meanRounds());
      } else {
        out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %s | %s | %s | %s | %s | %s | %s | %.1f |%n",
            name(s), s.sigma(), s.effect(), pct(o.fail()), pct(o.pass()), pct(o.inconclusive()),
            pct(o.failWithinFirstLook()),
            Double.isNaN(o.meanRoundsToFail()) ? "-" : String.format(Locale.ROOT, "%.1f",
                o.meanRoundsToFail()),
            pct(o.falseFail()), pct(o.anyFalseFail()), o.meanRounds());
      }
    }
  }

  /**
   * The scenarios of the first table: every shape at 5% and 15% fork-to-fork noise, no change and
   * four effects; and at 30% (a very noisy machine), no change and 2x.
   */
  public static List<Simulation.Scenario> scenarios() {
    List<Simulation.Scenario> list = new ArrayList<>();
    for (Simulation.Shape shape : Simulation.Shape.values()) {
      for (double sigma : new double[] {0.05, 0.15}) {
        list.add(new Simulation.Scenario(shape, sigma, 1.0, 5, 0));
        for (double effect : new double[] {1.05, 1.10, 1.25, 2.0}) {
          list.add(new Simulation.Scenario(shape, sigma, effect, 5, 1));
        }
      }
      list.add(new Simulation.Scenario(shape, 0.30, 1.0, 5, 0));
      list.add(new Simulation.Scenario(shape, 0.30, 2.0, 5, 1));
    }
    return list;
  }

  /**
   * The second table: all five benchmarks at exactly the allowed maximum (1.10x), where each
   * error type is at its worst; the share of gate runs with any PASS and with any FAIL must stay
   * within alpha (Holm across benchmarks, spending across looks).
   */
  static void printBoundary(Policy policy, int runs, long seed, PrintStream out) {
    Simulation sim = new Simulation(policy);
    out.println();
    out.println("| noise | sigma | true ratio (all 5) | runs with any PASS | runs with any FAIL"
        + " | alpha |");
    out.println("| --- | --- | --- | --- | --- | --- |");
    for (Simulation.Shape shape : Simulation.Shape.values()) {
      Simulation.Scenario s =
          new Simulation.Scenario(shape, 0.10, 1 + policy.maxRegression(), 5, 5);
      Simulation.Outcome o = sim.run(s, runs, seed);
      out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %s | %s | %s |%n", name(s), s.sigma(),
          s.effect(), pct(o.anyAffectedPass()), pct(o.anyAffectedFail()), pct(policy.alpha()));
    }
  }

  private static String name(Simulation.Scenario s) {
    return s.shape().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }
}
