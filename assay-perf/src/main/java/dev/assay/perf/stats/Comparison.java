package dev.assay.perf.stats;

import java.util.Arrays;
import java.util.Objects;

/**
 * One benchmark's paired observations, one per round: base, head and (optionally) a second base
 * run in the same round, the base-vs-base control.
 *
 * <p>Index {@code i} of every array belongs to round {@code i}. An observation is one process's
 * number for the benchmark (for JMH, the median of one fork's iterations; see {@link Quantiles}).
 * To compare an upper percentile as well as the median, pass a second comparison named, e.g.,
 * {@code "lookup p90"} whose observations are each run's 90th percentile: it joins the Holm family
 * like any other benchmark.
 *
 * @param name the benchmark's name, used in reasons and to keep decisions apart
 * @param direction whether lower or higher values are better
 * @param base base observations, finite and positive
 * @param head head observations, same length as base, finite and positive
 * @param control control observations (a second base per round), either empty (no control) or the
 *     same length as base, finite and positive
 */
public record Comparison(
    String name, Direction direction, double[] base, double[] head, double[] control) {

  /** Validates and copies the arrays; throws IllegalArgumentException naming the benchmark. */
  public Comparison {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(direction, "direction");
    base = checked(name, "base", base);
    head = checked(name, "head", head);
    control = checked(name, "control", control == null ? new double[0] : control);
    if (head.length != base.length) {
      throw new IllegalArgumentException(
          name + ": base has " + base.length + " rounds but head has " + head.length);
    }
    if (control.length != 0 && control.length != base.length) {
      throw new IllegalArgumentException(
          name + ": base has " + base.length + " rounds but the control has " + control.length);
    }
  }

  /** A comparison without a base-vs-base control. */
  public Comparison(String name, Direction direction, double[] base, double[] head) {
    this(name, direction, base, head, new double[0]);
  }

  private static double[] checked(String name, String side, double[] values) {
    Objects.requireNonNull(values, side);
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (!(v > 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException(
            name + ": " + side + " observation " + (i + 1) + " is " + v
                + "; measurements must be finite and positive");
      }
    }
    return values.clone();
  }

  /** The number of rounds. */
  public int rounds() {
    return base.length;
  }

  /** Whether a base-vs-base control was measured. */
  public boolean hasControl() {
    return control.length > 0;
  }

  /** Per-round oriented log cost ratios head vs base (positive = head worse). */
  public double[] logRatios() {
    return logRatios(head);
  }

  /** Per-round oriented log cost ratios control vs base; empty without a control. */
  public double[] controlLogRatios() {
    return control.length == 0 ? new double[0] : logRatios(control);
  }

  private double[] logRatios(double[] other) {
    double[] d = new double[base.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = direction.logCostRatio(other[i], base[i]);
    }
    return d;
  }

  @Override
  public double[] base() {
    return base.clone();
  }

  @Override
  public double[] head() {
    return head.clone();
  }

  @Override
  public double[] control() {
    return control.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Comparison c
        && name.equals(c.name)
        && direction == c.direction
        && Arrays.equals(base, c.base)
        && Arrays.equals(head, c.head)
        && Arrays.equals(control, c.control);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, direction, Arrays.hashCode(base), Arrays.hashCode(head),
        Arrays.hashCode(control));
  }

  @Override
  public String toString() {
    return "Comparison[" + name + ", " + direction + ", " + base.length + " rounds"
        + (hasControl() ? ", with control]" : "]");
  }
}
