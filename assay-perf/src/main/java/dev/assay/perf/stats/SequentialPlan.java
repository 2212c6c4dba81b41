package dev.assay.perf.stats;

import java.util.List;
import java.util.Objects;

/**
 * When the runner looks at the data and how much of the error budget each look may spend.
 *
 * <p>The runner runs rounds until {@code looks.get(0)} rounds are done, asks for a decision, and
 * goes on to the next look while some benchmark is still INCONCLUSIVE and the time budget allows.
 * Look {@code k} tests at level {@code alpha * shares.get(k)}; the shares add up to at most one, so
 * by the union bound the chance of any false FAIL (or any false PASS) over all looks stays within
 * {@code alpha} however many looks are taken. This is the simplest valid alpha-spending rule
 * (Bonferroni across looks); it is conservative because successive looks share their data.
 *
 * <p>The default spends 80% of the budget at the first look (7 rounds), because that is where a
 * gross regression (2x) must be caught: with 7 paired rounds no distribution-free test can reach a
 * one-sided p-value below 1/128, so the first look's level divided by the number of benchmarks
 * (Holm's first step) has to stay above 1/128 = 0.0078 for up to five benchmarks. The remaining
 * 20% is split evenly over the later looks, which decide the smaller effects.
 *
 * @param looks the round counts at which the runner looks, strictly increasing, the first at least 1
 * @param shares the fraction of alpha each look spends, positive, summing to at most 1
 */
public record SequentialPlan(List<Integer> looks, List<Double> shares) {

  /** Looks at 7, 12, 20, 30, 45 and 60 rounds, spending 80% then 4% at each later look. */
  public static final SequentialPlan DEFAULT =
      new SequentialPlan(List.of(7, 12, 20, 30, 45, 60), List.of(0.8, 0.04, 0.04, 0.04, 0.04, 0.04));

  /** Validates the plan. */
  public SequentialPlan {
    looks = List.copyOf(Objects.requireNonNull(looks, "looks"));
    shares = List.copyOf(Objects.requireNonNull(shares, "shares"));
    if (looks.isEmpty() || looks.size() != shares.size()) {
      throw new IllegalArgumentException(
          "a sequential plan needs one share per look, and at least one look");
    }
    int previous = 0;
    double sum = 0;
    for (int i = 0; i < looks.size(); i++) {
      if (looks.get(i) > SignedRank.MAX_OBSERVATIONS) {
        throw new IllegalArgumentException("a look at " + looks.get(i) + " rounds is more than the "
            + SignedRank.MAX_OBSERVATIONS + " rounds the decision accepts");
      }
      if (looks.get(i) <= previous) {
        throw new IllegalArgumentException("looks must be strictly increasing and positive: " + looks);
      }
      previous = looks.get(i);
      double share = shares.get(i);
      if (!(share > 0)) {
        throw new IllegalArgumentException("every share must be positive: " + shares);
      }
      sum += share;
    }
    if (sum > 1 + 1e-9) {
      throw new IllegalArgumentException("shares must sum to at most 1, not " + sum);
    }
  }

  /** A plan with a single look at {@code rounds} rounds that spends the whole alpha. */
  public static SequentialPlan single(int rounds) {
    return new SequentialPlan(List.of(rounds), List.of(1.0));
  }

  /** The number of looks in the plan. */
  public int size() {
    return looks.size();
  }

  /** The rounds planned for look {@code look} (0-based). */
  public int roundsAt(int look) {
    return looks.get(look);
  }

  /** The level look {@code look} (0-based) tests at, given the overall one-sided {@code alpha}. */
  public double alphaAt(int look, double alpha) {
    return alpha * shares.get(look);
  }

  /** The most rounds the plan asks for (its last look). */
  public int maxRounds() {
    return looks.get(looks.size() - 1);
  }
}
