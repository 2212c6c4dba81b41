package dev.assay.perf.stats;

import java.util.Objects;

/**
 * What the performance decision allows and how sure it must be.
 *
 * <p>{@code confidence} is one-sided and family-wide: over all benchmarks of one gate run (Holm)
 * and all looks of the sequential plan (alpha spending), the chance that any benchmark whose true
 * regression is at most {@code maxRegression} is FAILED is at most {@code 1 - confidence}, and
 * likewise the chance that any benchmark whose true regression is at least {@code maxRegression}
 * is PASSED. A benchmark with no true change is much further from the boundary, so its false FAIL
 * rate is far lower than {@code 1 - confidence} (see docs/perf-statistics.md for simulated rates).
 *
 * @param maxRegression the largest allowed slowdown as a fraction (0.10 = head may cost up to 10%
 *     more than base), positive
 * @param confidence one-sided, family-wide confidence in (0.5, 1), default 0.95
 * @param controlTolerance the base-vs-base control "moves" when its confidence bound shows a shift
 *     beyond this fraction in either direction (default 0.05); the decision is then INCONCLUSIVE
 * @param plan when to look and how much of {@code 1 - confidence} each look spends
 */
public record Policy(
    double maxRegression, double confidence, double controlTolerance, SequentialPlan plan) {

  /** 10% allowed regression, 95% confidence, 5% control tolerance, the default plan. */
  public static final Policy DEFAULT = new Policy(0.10, 0.95, 0.05, SequentialPlan.DEFAULT);

  /** Validates the values. */
  public Policy {
    Objects.requireNonNull(plan, "plan");
    if (!(maxRegression > 0) || Double.isInfinite(maxRegression)) {
      throw new IllegalArgumentException("maxRegression must be a positive fraction, not " + maxRegression);
    }
    if (!(confidence > 0.5 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0.5, 1), not " + confidence);
    }
    if (!(controlTolerance > 0) || Double.isInfinite(controlTolerance)) {
      throw new IllegalArgumentException(
          "controlTolerance must be a positive fraction, not " + controlTolerance);
    }
  }

  /** The family-wide one-sided error rate, {@code 1 - confidence}. */
  public double alpha() {
    return 1 - confidence;
  }

  /** The allowed regression on the log cost scale, {@code ln(1 + maxRegression)}. */
  public double threshold() {
    return Math.log1p(maxRegression);
  }

  /** This policy with another allowed regression. */
  public Policy withMaxRegression(double value) {
    return new Policy(value, confidence, controlTolerance, plan);
  }

  /** This policy with another confidence. */
  public Policy withConfidence(double value) {
    return new Policy(maxRegression, value, controlTolerance, plan);
  }

  /** This policy with another control tolerance. */
  public Policy withControlTolerance(double value) {
    return new Policy(maxRegression, confidence, value, plan);
  }

  /** This policy with another sequential plan. */
  public Policy withPlan(SequentialPlan value) {
    return new Policy(maxRegression, confidence, controlTolerance, value);
  }
}
