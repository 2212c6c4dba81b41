package dev.assay.perf;

import java.util.Locale;
import java.util.Optional;

/**
 * A unit of a measurement: a time per operation (lower is better) or a throughput (higher is
 * better). Values are kept in the canonical unit of their kind: seconds, or operations per second.
 */
enum Unit {
  NS("ns", 1e-9, false),
  US("us", 1e-6, false),
  MS("ms", 1e-3, false),
  S("s", 1, false),
  OPS_PER_S("ops/s", 1, true),
  OPS_PER_MS("ops/ms", 1e3, true),
  OPS_PER_US("ops/us", 1e6, true),
  OPS_PER_NS("ops/ns", 1e9, true),
  OPS_PER_MIN("ops/min", 1.0 / 60, true);

  static final String KNOWN = "ns, us, ms, s, ops/s, ops/ms, ops/us, ops/ns, ops/min";

  private final String symbol;
  private final double toCanonical;
  private final boolean throughput;

  Unit(String symbol, double toCanonical, boolean throughput) {
    this.symbol = symbol;
    this.toCanonical = toCanonical;
    this.throughput = throughput;
  }

  String symbol() {
    return symbol;
  }

  /** Whether larger values are better (a throughput) rather than smaller (a time). */
  boolean higherIsBetter() {
    return throughput;
  }

  /** The value in seconds (a time) or operations per second (a throughput). */
  double canonical(double value) {
    return value * toCanonical;
  }

  /** A canonical value expressed in this unit. */
  double fromCanonical(double value) {
    return value / toCanonical;
  }

  /**
   * Parses a unit as written in the criteria file or a benchmark's output: the symbols above,
   * {@code µs}, JMH's {@code ms/op} style, and the long names {@code sec}, {@code msec}.
   */
  static Optional<Unit> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace('µ', 'u').replace("μ", "u");
    if (t.endsWith("/op")) {
      t = t.substring(0, t.length() - 3);
    }
    t = switch (t) {
      case "nanoseconds", "nsec" -> "ns";
      case "microseconds", "usec" -> "us";
      case "milliseconds", "msec" -> "ms";
      case "seconds", "sec" -> "s";
      case "op/s", "ops/sec", "ops/second" -> "ops/s";
      default -> t;
    };
    for (Unit u : values()) {
      if (u.symbol.equals(t)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  /** The canonical unit of this unit's kind: seconds or operations per second. */
  Unit canonicalUnit() {
    return throughput ? OPS_PER_S : S;
  }

  /** A readable value in the most fitting unit of the kind, e.g. {@code 152 us}. */
  static String format(double canonical, boolean throughput) {
    if (throughput) {
      return Numbers.sig(canonical) + " ops/s";
    }
    double a = Math.abs(canonical);
    Unit u = a >= 1 ? S : a >= 1e-3 ? MS : a >= 1e-6 ? US : NS;
    return Numbers.sig(u.fromCanonical(canonical)) + " " + u.symbol;
  }
}
