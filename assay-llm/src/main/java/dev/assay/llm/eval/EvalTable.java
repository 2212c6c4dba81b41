package dev.assay.llm.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The comparison: per model, the share of tasks passing each gate, attempts, cost, latency. */
public final class EvalTable {
  /** What the dimensions teams ask about map to. */
  static final Map<String, String> LABELS = Map.of(
      "tests", "correctness (tests)", "secrets", "security (secrets)", "security", "security",
      "performance", "performance", "maintainability", "maintainability", "observability", "observability",
      "coverage", "coverage", "mutation", "mutation", "api", "api", "integrity", "integrity");

  /**
   * One task run with one model.
   *
   * @param gates each gate's final status (empty when no attempt reached the check)
   * @param latenciesMillis each successful model call's latency
   */
  public record Run(String task, String model, boolean passed, Map<String, String> gates, int attempts,
      BigDecimal costUsd, List<Long> latenciesMillis, String reason) {}

  private final List<Run> runs;

  public EvalTable(List<Run> runs) {
    this.runs = List.copyOf(runs);
  }

  public List<Run> runs() {
    return runs;
  }

  private List<String> models() {
    List<String> m = new ArrayList<>();
    runs.forEach(r -> {
      if (!m.contains(r.model())) {
        m.add(r.model());
      }
    });
    return m;
  }

  private TreeSet<String> gates() {
    TreeSet<String> g = new TreeSet<>();
    runs.forEach(r -> g.addAll(r.gates().keySet()));
    return g;
  }

  /** Nearest-rank percentile of the values, 0 when there are none. */
  static long percentile(List<Long> values, int p) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static String share(long n, long of) {
    return of == 0 ? "-" : String.format(Locale.ROOT, "%d%% (%d/%d)", Math.round(100.0 * n / of), n, of);
  }

  public String toMarkdown() {
    TreeSet<String> gates = gates();
    StringBuilder s = new StringBuilder("| Model | Passed |");
    gates.forEach(g -> s.append(' ').append(LABELS.getOrDefault(g, g)).append(" |"));
    s.append(" Attempts (mean) | Cost | Cost per pass | Latency p50 | Latency p95 |\n|---|---|");
    gates.forEach(g -> s.append("---|"));
    s.append("---|---|---|---|---|\n");
    for (String m : models()) {
      List<Run> rs = runs.stream().filter(r -> r.model().equals(m)).toList();
      long passed = rs.stream().filter(Run::passed).count();
      s.append("| ").append(m).append(" | ").append(share(passed, rs.size())).append(" |");
      for (String g : gates) {
        long ok = rs.stream().filter(r -> "PASS".equals(r.gates().get(g)) || "WARN".equals(r.gates().get(g))).count();
        s.append(' ').append(share(ok, rs.size())).append(" |");
      }
      BigDecimal cost = rs.stream().map(Run::costUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
      List<Long> lat = rs.stream().flatMap(r -> r.latenciesMillis().stream()).toList();
      s.append(String.format(Locale.ROOT, " %.1f |", rs.stream().mapToInt(Run::attempts).average().orElse(0)))
          .append(" $").append(cost.setScale(4, RoundingMode.HALF_UP).toPlainString()).append(" |")
          .append(passed == 0 ? " - |" : " $" + cost.divide(BigDecimal.valueOf(passed), 4, RoundingMode.HALF_UP).toPlainString() + " |")
          .append(' ').append(percentile(lat, 50)).append(" ms | ").append(percentile(lat, 95)).append(" ms |\n");
    }
    return s.toString();
  }

  public String toJson() {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("schema", "assay-eval-1");
    ArrayNode arr = root.putArray("runs");
    for (Run r : runs) {
      ObjectNode n = arr.addObject();
      n.put("task", r.task());
      n.put("model", r.model());
      n.put("passed", r.passed());
      ObjectNode g = n.putObject("gates");
      new TreeMap<>(r.gates()).forEach(g::put);
      n.put("attempts", r.attempts());
      n.put("costUsd", r.costUsd().toPlainString());
      n.put("latencyP50Ms", percentile(r.latenciesMillis(), 50));
      n.put("latencyP95Ms", percentile(r.latenciesMillis(), 95));
      n.put("reason", r.reason());
    }
    return root.toPrettyString() + "\n";
  }
}
