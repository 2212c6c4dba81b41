package dev.assay.perf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the benchmark JSON that a {@code command} benchmark prints (docs/gates/performance.md):
 * {@code {"benchmarks":[{"name":..,"unit":..,"value":..|"samples":[..],"direction":..,
 * "operations":..}]}}. Every mistake is a {@link PerfException} saying what is wrong.
 */
final class BenchmarkJson {
  static final Pattern NAME = Pattern.compile("[\\w.$#\\[\\]=,:/-]{1,200}");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BenchmarkJson() {}

  static List<Measurement> parse(String text) throws PerfException {
    if (text.isBlank()) {
      throw new PerfException("printed nothing; a `command` benchmark prints the benchmark JSON"
          + " (docs/gates/performance.md) on standard output or writes it to $ASSAY_BENCH_OUTPUT");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new PerfException("printed malformed JSON (" + firstLine(e.getOriginalMessage())
          + " at line " + e.getLocation().getLineNr() + ")");
    }
    JsonNode list = root == null ? null : root.get("benchmarks");
    if (list == null || !list.isArray()) {
      throw new PerfException("printed JSON without a `benchmarks` list");
    }
    if (list.isEmpty()) {
      throw new PerfException("printed an empty `benchmarks` list");
    }
    List<Measurement> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (JsonNode b : list) {
      Measurement m = one(b);
      if (!names.add(m.name())) {
        throw new PerfException("printed the measurement `" + m.name() + "` twice");
      }
      out.add(m);
    }
    return out;
  }

  private static Measurement one(JsonNode b) throws PerfException {
    String name = b.path("name").asText("");
    if (!b.path("name").isTextual() || !NAME.matcher(name).matches()) {
      throw new PerfException("printed a measurement without a valid `name` (letters, digits and"
          + " . _ - $ # : / [ ] = ,): " + abbreviate(b.toString()));
    }
    String u = b.path("unit").asText("");
    Unit unit = Unit.parse(u).orElseThrow(() -> new PerfException("measurement `" + name
        + "` has " + (u.isEmpty() ? "no `unit`" : "the unknown unit `" + u + "`")
        + "; known units: " + Unit.KNOWN));
    if (b.has("direction")) {
      String d = b.get("direction").asText("");
      if (!d.equals("lower") && !d.equals("higher")) {
        throw new PerfException("measurement `" + name + "` has `direction` `" + d
            + "`; use `lower` or `higher`");
      }
      if (d.equals("higher") != unit.higherIsBetter()) {
        throw new PerfException("measurement `" + name + "` says `direction: " + d + "` but its"
            + " unit " + unit.symbol() + " is a " + (unit.higherIsBetter() ? "throughput"
            : "time") + " (" + (unit.higherIsBetter() ? "higher" : "lower") + " is better)");
      }
    }
    List<Double> samples = new ArrayList<>();
    if (b.has("samples")) {
      if (!b.get("samples").isArray() || b.get("samples").isEmpty()) {
        throw new PerfException("measurement `" + name + "`: `samples` is not a non-empty list");
      }
      for (JsonNode s : b.get("samples")) {
        samples.add(unit.canonical(positive(name, s)));
      }
    }
    double value;
    if (b.has("value")) {
      value = unit.canonical(positive(name, b.get("value")));
    } else if (!samples.isEmpty()) {
      value = Numbers.median(samples.stream().mapToDouble(Double::doubleValue).toArray());
    } else {
      throw new PerfException("measurement `" + name + "` has neither `value` nor `samples`");
    }
    long ops = 0;
    if (b.has("operations")) {
      JsonNode o = b.get("operations");
      if (!o.canConvertToLong() || !o.isIntegralNumber() || o.asLong() <= 0) {
        throw new PerfException("measurement `" + name + "`: `operations` must be a positive"
            + " whole number, got " + abbreviate(o.toString()));
      }
      ops = o.asLong();
    }
    return new Measurement(name, value, unit.higherIsBetter(), ops, samples);
  }

  private static double positive(String name, JsonNode v) throws PerfException {
    if (!v.isNumber()) {
      throw new PerfException("measurement `" + name + "` has the value " + abbreviate(v.toString())
          + ", not a number");
    }
    double d = v.asDouble();
    if (!Double.isFinite(d) || d <= 0) {
      throw new PerfException("measurement `" + name + "` has the value " + v + ": a benchmark"
          + " value must be positive and finite (a zero time means the benchmark measured"
          + " nothing)");
    }
    return d;
  }

  private static String firstLine(String s) {
    String t = s == null ? "" : s.strip();
    int nl = t.indexOf('\n');
    return abbreviate(nl < 0 ? t : t.substring(0, nl));
  }

  static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }
}
