package dev.assay.llm.cost;

import dev.assay.llm.record.CallRecord;
import dev.assay.llm.record.JsonlCallRecorder;
import dev.assay.llm.record.RunRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Spend from the ledger: by model and command, with runs, passes and cost per successful run. */
public final class CostReport {
  private CostReport() {}

  /** Totals for one key. */
  private static final class Row {
    long calls;
    long failedCalls;
    long input;
    long output;
    long cached;
    BigDecimal cost = BigDecimal.ZERO;
  }

  /** Plain-text tables of the ledger's records at or after {@code since}. */
  public static String render(JsonlCallRecorder.Contents ledger, Instant since) {
    Map<String, Row> byModel = new TreeMap<>();
    Map<String, Row> byCommand = new TreeMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (CallRecord c : ledger.calls()) {
      if (c.time().isBefore(since)) {
        continue;
      }
      add(byModel.computeIfAbsent(c.provider() + "/" + c.model(), k -> new Row()), c);
      add(byCommand.computeIfAbsent(c.command(), k -> new Row()), c);
      total = total.add(c.costUsd());
    }
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "Spend since %s: $%s in %d calls%n%n", since, total.toPlainString(),
        byModel.values().stream().mapToLong(r -> r.calls).sum()));
    table(s, "model", byModel);
    s.append('\n');
    table(s, "command", byCommand);
    s.append('\n');
    runs(s, ledger.runs().stream().filter(r -> !r.time().isBefore(since)).toList());
    if (!ledger.badLines().isEmpty()) {
      s.append("\nSkipped ").append(ledger.badLines().size()).append(" unreadable ledger line(s), first: ")
          .append(ledger.badLines().get(0)).append('\n');
    }
    return s.toString();
  }

  private static void add(Row r, CallRecord c) {
    r.calls++;
    if (!c.ok()) {
      r.failedCalls++;
    }
    r.input += c.usage().inputTokens();
    r.output += c.usage().outputTokens();
    r.cached += c.usage().cachedInputTokens();
    r.cost = r.cost.add(c.costUsd());
  }

  private static void table(StringBuilder s, String key, Map<String, Row> rows) {
    s.append(String.format(Locale.ROOT, "%-40s %7s %7s %12s %12s %12s %12s%n", key, "calls", "failed", "input", "output", "cached", "cost"));
    rows.forEach((k, r) -> s.append(String.format(Locale.ROOT, "%-40s %7d %7d %12d %12d %12d %12s%n",
        k, r.calls, r.failedCalls, r.input, r.output, r.cached, "$" + r.cost.setScale(4, RoundingMode.HALF_UP).toPlainString())));
  }

  private static void runs(StringBuilder s, List<RunRecord> runs) {
    Map<String, List<RunRecord>> byCommand = new TreeMap<>();
    runs.forEach(r -> byCommand.computeIfAbsent(r.command(), k -> new java.util.ArrayList<>()).add(r));
    s.append(String.format(Locale.ROOT, "%-12s %6s %6s %12s %16s%n", "runs", "count", "passed", "cost", "cost per pass"));
    byCommand.forEach((cmd, rs) -> {
      long passed = rs.stream().filter(RunRecord::passed).count();
      BigDecimal cost = rs.stream().map(RunRecord::costUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
      String perPass = passed == 0 ? "-" : "$" + cost.divide(BigDecimal.valueOf(passed), 4, RoundingMode.HALF_UP).toPlainString();
      s.append(String.format(Locale.ROOT, "%-12s %6d %6d %12s %16s%n", cmd, rs.size(), passed,
          "$" + cost.setScale(4, RoundingMode.HALF_UP).toPlainString(), perPass));
    });
  }
}
