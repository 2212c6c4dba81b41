package dev.assay.perf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Reads JMH's JSON result file ({@code -rf json}) of a run with one fork: per benchmark method
 * (and parameter set) one measurement, the median of the fork's measurement iterations read from
 * {@code primaryMetric.rawData}. Names are {@code Class.method}, with {@code [k=v,...]} for
 * parameters other than the ones Assay sets.
 */
final class JmhJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> ASSAY_PARAMS = Set.of("size");

  private JmhJson() {}

  static List<Measurement> parse(String text) throws PerfException {
    if (text.isBlank()) {
      throw new PerfException("JMH wrote no results (an empty result file): did the benchmark"
          + " pattern match no benchmark, or did every benchmark fail?");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new PerfException("JMH's result file is not JSON (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isArray() || root.isEmpty()) {
      throw new PerfException("JMH's result file holds no benchmark results");
    }
    List<Measurement> out = new ArrayList<>();
    for (JsonNode b : root) {
      out.add(one(b));
    }
    return out;
  }

  private static Measurement one(JsonNode b) throws PerfException {
    String full = b.path("benchmark").asText("");
    if (full.isEmpty()) {
      throw new PerfException("a JMH result has no `benchmark` name");
    }
    String name = shortName(full) + params(b.path("params"));
    JsonNode pm = b.path("primaryMetric");
    String u = pm.path("scoreUnit").asText("");
    Unit unit = Unit.parse(u).orElseThrow(() -> new PerfException("JMH benchmark `" + name
        + "` has the unit `" + u + "`, which Assay cannot compare; known: " + Unit.KNOWN));
    JsonNode raw = pm.path("rawData");
    if (!raw.isArray() || raw.isEmpty() || !raw.get(0).isArray() || raw.get(0).isEmpty()) {
      throw new PerfException("JMH benchmark `" + name + "` has no `rawData` iterations");
    }
    if (raw.size() > 1) {
      throw new PerfException("JMH benchmark `" + name + "` ran " + raw.size() + " forks in one"
          + " process; Assay passes `-f 1`, remove any `-f` from the command");
    }
    List<Double> iterations = new ArrayList<>();
    for (JsonNode v : raw.get(0)) {
      double d = v.asDouble(Double.NaN);
      if (!v.isNumber() || !Double.isFinite(d) || d <= 0) {
        throw new PerfException("JMH benchmark `" + name + "` has the iteration value " + v
            + "; values must be positive and finite");
      }
      iterations.add(unit.canonical(d));
    }
    double median = Numbers.median(iterations.stream().mapToDouble(Double::doubleValue).toArray());
    return new Measurement(name, median, unit.higherIsBetter(), 0, iterations);
  }

  /** {@code com.acme.LookupBench.pkLookup} becomes {@code LookupBench.pkLookup}. */
  static String shortName(String full) {
    int last = full.lastIndexOf('.');
    int prev = last <= 0 ? -1 : full.lastIndexOf('.', last - 1);
    return full.substring(prev + 1);
  }

  private static String params(JsonNode p) {
    if (!p.isObject()) {
      return "";
    }
    Map<String, String> kept = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!ASSAY_PARAMS.contains(e.getKey())) {
        kept.put(e.getKey(), e.getValue().asText());
      }
    }
    if (kept.isEmpty()) {
      return "";
    }
    StringJoiner j = new StringJoiner(",", "[", "]");
    kept.forEach((k, v) -> j.add(k + "=" + v));
    return j.toString();
  }
}
