package dev.assay.perf.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * Simulated gate runs over synthetic benchmark noise, to measure the decision procedure's
 * operating characteristics: false FAIL rate, power, rounds needed. Deterministic for a seed.
 *
 * <p>Each simulated gate run has {@code benchmarks} benchmarks, of which {@code affected} carry a
 * true cost ratio {@code effect} in head and the rest none. Each round runs one process of base,
 * head and the base-vs-base control in random order. A process has a per-round machine factor
 * shared by the round (load on the machine), a per-process factor (the fork-to-fork noise whose
 * shape the scenario sets) and {@value #ITERATIONS} measurement iterations with their own noise;
 * its observation is {@link Quantiles#forkObservation} of the iterations unless a test plugs in
 * another summary. Rounds are added until the next look of the policy's plan; the procedure looks;
 * the run stops when every benchmark is decided or the plan is exhausted.
 */
public final class Simulation {

  /** Measurement iterations per simulated process (one JMH fork). */
  public static final int ITERATIONS = 10;

  /** The shape of the fork-to-fork noise. */
  public enum Shape {
    /** Raw values 1 + sigma * Z (not log-symmetric), iterations with 2% log-normal noise. */
    NORMAL,
    /** Log-normal: exp(sigma * Z). */
    LOGNORMAL,
    /**
     * Two modes: 30% of processes land in a mode 1.5x slower (JIT or memory layout), and 15% of
     * iterations hit a 3x slow path (GC, a cache miss storm).
     */
    BIMODAL,
    /** Log-normal plus a machine that slows down by 35% over the 60-round plan. */
    DRIFT,
    /** Student t with 3 degrees of freedom on the log scale, and 2% of iterations 20x slower. */
    HEAVY_TAIL
  }

  /**
   * One simulated setting.
   *
   * @param shape the noise shape
   * @param sigma the fork-to-fork noise scale on the log scale (0.05 = about 5%)
   * @param effect the true cost ratio head / base of the affected benchmarks (1 = none)
   * @param benchmarks benchmarks per gate run (the Holm family)
   * @param affected how many of them carry the effect
   */
  public record Scenario(Shape shape, double sigma, double effect, int benchmarks, int affected) {
    /** Validates. */
    public Scenario {
      Objects.requireNonNull(shape, "shape");
      if (benchmarks < 1 || affected < 0 || affected > benchmarks || !(effect > 0)) {
        throw new IllegalArgumentException("bad scenario");
      }
    }
  }

  /**
   * The rates over all simulated gate runs.
   *
   * @param runs the number of simulated gate runs
   * @param fail share of affected benchmarks FAILed at the end
   * @param pass share of affected benchmarks PASSed at the end
   * @param failWithinFirstLook share of affected benchmarks FAILed at the plan's first look
   * @param falseFail share of unaffected benchmarks FAILed (NaN when none are unaffected)
   * @param anyFalseFail share of runs in which some unaffected benchmark FAILed
   * @param anyAffectedFail share of runs in which some affected benchmark FAILed
   * @param anyAffectedPass share of runs in which some affected benchmark PASSed
   * @param meanRounds mean rounds a run took (until all decided or the plan ended)
   * @param meanRoundsToFail mean rounds at which affected benchmarks were FAILed (NaN if never)
   */
  public record Outcome(
      int runs,
      double fail,
      double pass,
      double failWithinFirstLook,
      double falseFail,
      double anyFalseFail,
      double anyAffectedFail,
      double anyAffectedPass,
      double meanRounds,
      double meanRoundsToFail) {

    /** Share of affected benchmarks left INCONCLUSIVE. */
    public double inconclusive() {
      return 1 - fail - pass;
    }
  }

  /** A decision procedure as the simulation drives it: one instance per simulated gate run. */
  @FunctionalInterface
  public interface Procedure {
    /** Decides the given benchmarks at look {@code look} (0-based), in their order. */
    List<Verdict> look(List<Comparison> comparisons, int look);

    /** The procedure of this package: {@link SequentialDecider} under the policy. */
    static Supplier<Procedure> of(Policy policy) {
      return () -> {
        SequentialDecider sequence = new SequentialDecider(policy);
        return (comparisons, look) ->
            sequence.look(comparisons).stream().map(Decision::verdict).toList();
      };
    }
  }

  private final Policy policy;
  private final Supplier<Procedure> procedure;
  private final ToDoubleFunction<double[]> summary;

  /** The package's own procedure under {@code policy}, forks summarised by their median. */
  public Simulation(Policy policy) {
    this(policy, Procedure.of(policy), Quantiles::forkObservation);
  }

  /** Any procedure, looking at the rounds of {@code policy}'s plan, with a given fork summary. */
  public Simulation(
      Policy policy, Supplier<Procedure> procedure, ToDoubleFunction<double[]> summary) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.procedure = Objects.requireNonNull(procedure, "procedure");
    this.summary = Objects.requireNonNull(summary, "summary");
  }

  /** Simulates {@code runs} gate runs of the scenario from the seed. */
  public Outcome run(Scenario s, int runs, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int unaffected = s.benchmarks() - s.affected();
    long fail = 0;
    long pass = 0;
    long firstLookFail = 0;
    long falseFail = 0;
    long anyFalseFail = 0;
    long anyAffectedFail = 0;
    long anyAffectedPass = 0;
    long rounds = 0;
    long roundsToFail = 0;
    for (int r = 0; r < runs; r++) {
      GateRun run = new GateRun(s, random.split());
      run.play();
      fail += run.count(Verdict.FAIL, true);
      pass += run.count(Verdict.PASS, true);
      firstLookFail += run.firstLookFails;
      falseFail += run.count(Verdict.FAIL, false);
      anyFalseFail += run.count(Verdict.FAIL, false) > 0 ? 1 : 0;
      anyAffectedFail += run.count(Verdict.FAIL, true) > 0 ? 1 : 0;
      anyAffectedPass += run.count(Verdict.PASS, true) > 0 ? 1 : 0;
      rounds += run.roundsRun;
      roundsToFail += run.roundsToFail;
    }
    double affectedTotal = (double) runs * s.affected();
    return new Outcome(
        runs,
        fail / affectedTotal,
        pass / affectedTotal,
        firstLookFail / affectedTotal,
        unaffected == 0 ? Double.NaN : falseFail / ((double) runs * unaffected),
        anyFalseFail / (double) runs,
        anyAffectedFail / (double) runs,
        anyAffectedPass / (double) runs,
        rounds / (double) runs,
        fail == 0 ? Double.NaN : roundsToFail / (double) fail);
  }

  /** One simulated gate run. */
  private final class GateRun {
    private final Scenario s;
    private final SplittableRandom random;
    private final int m;
    private final double[][] base;
    private final double[][] head;
    private final double[][] control;
    private Verdict[] verdicts;
    private final int[] decidedAt;
    private int roundsRun;
    private long roundsToFail;
    private int firstLookFails;

    GateRun(Scenario s, SplittableRandom random) {
      this.s = s;
      this.random = random;
      this.m = s.benchmarks();
      int max = policy.plan().maxRounds();
      base = new double[m][max];
      head = new double[m][max];
      control = new double[m][max];
      decidedAt = new int[m];
    }

    void play() {
      Procedure p = procedure.get();
      SequentialPlan plan = policy.plan();
      int maxRounds = plan.maxRounds();
      for (int look = 0; look < plan.size(); look++) {
        int target = plan.roundsAt(look);
        while (roundsRun < target) {
          round(roundsRun, maxRounds);
          roundsRun++;
        }
        List<Comparison> cs = new ArrayList<>(m);
        for (int b = 0; b < m; b++) {
          cs.add(new Comparison("b" + b, Direction.LOWER_IS_BETTER,
              Arrays.copyOf(base[b], roundsRun), Arrays.copyOf(head[b], roundsRun),
              Arrays.copyOf(control[b], roundsRun)));
        }
        verdicts = p.look(cs, look).toArray(Verdict[]::new);
        boolean all = true;
        for (int b = 0; b < m; b++) {
          if (verdicts[b] != Verdict.INCONCLUSIVE && decidedAt[b] == 0) {
            decidedAt[b] = roundsRun;
            if (b < s.affected() && verdicts[b] == Verdict.FAIL) {
              roundsToFail += roundsRun;
              if (look == 0) {
                firstLookFails++;
              }
            }
          }
          all &= verdicts[b] != Verdict.INCONCLUSIVE;
        }
        if (all) {
          return;
        }
      }
    }

    /** Benchmarks 0 .. affected-1 carry the effect. */
    int count(Verdict v, boolean affected) {
      int n = 0;
      for (int b = 0; b < m; b++) {
        if ((b < s.affected()) == affected && verdicts[b] == v) {
          n++;
        }
      }
      return n;
    }

    private void round(int r, int maxRounds) {
      double machine = Math.exp(0.1 * random.nextGaussian());
      for (int b = 0; b < m; b++) {
        double effect = b < s.affected() ? s.effect() : 1;
        // three processes in random order: positions 0..2 matter only for drift
        int[] order = shuffled3();
        base[b][r] = process(machine, 1, r, order[0], maxRounds);
        head[b][r] = process(machine, effect, r, order[1], maxRounds);
        control[b][r] = process(machine, 1, r, order[2], maxRounds);
      }
    }

    private int[] shuffled3() {
      int[] o = {0, 1, 2};
      for (int i = 2; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = o[i];
        o[i] = o[j];
        o[j] = t;
      }
      return o;
    }

    private double process(double machine, double effect, int round, int position, int maxRounds) {
      double sigma = s.sigma();
      double factor = switch (s.shape()) {
        case NORMAL -> Math.max(0.05, 1 + sigma * random.nextGaussian());
        case LOGNORMAL -> Math.exp(sigma * random.nextGaussian());
        case BIMODAL -> Math.exp(sigma * random.nextGaussian()) * (random.nextDouble() < 0.3 ? 1.5 : 1);
        case DRIFT -> Math.exp(sigma * random.nextGaussian()
            + 0.3 * (3.0 * round + position) / (3.0 * maxRounds));
        case HEAVY_TAIL -> Math.exp(sigma * studentT3());
      };
      double[] iterations = new double[ITERATIONS];
      for (int i = 0; i < ITERATIONS; i++) {
        double it = Math.exp(0.02 * random.nextGaussian());
        if (s.shape() == Shape.BIMODAL && random.nextDouble() < 0.15) {
          it *= 3;
        } else if (s.shape() == Shape.HEAVY_TAIL && random.nextDouble() < 0.02) {
          it *= 20;
        }
        iterations[i] = machine * effect * factor * it;
      }
      return summary.applyAsDouble(iterations);
    }

    private double studentT3() {
      double z = random.nextGaussian();
      double chi = 0;
      for (int i = 0; i < 3; i++) {
        double g = random.nextGaussian();
        chi += g * g;
      }
      return z / Math.sqrt(chi / 3) / Math.sqrt(3); // unit variance
    }
  }
}
