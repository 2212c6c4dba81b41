package dev.assay.perf;

import dev.assay.api.GateTable;
import dev.assay.api.Severity;
import dev.assay.api.Status;
import dev.assay.perf.PerfConfig.ScalingSpec;
import dev.assay.perf.stats.AbsoluteBudget;
import dev.assay.perf.stats.Complexity;
import dev.assay.perf.stats.Decision;
import dev.assay.perf.stats.Direction;
import dev.assay.perf.stats.Estimate;
import dev.assay.perf.stats.Quantiles;
import dev.assay.perf.stats.ScalingCheck;
import dev.assay.perf.stats.Verdict;
import java.util.List;
import java.util.Map;

/**
 * Judges what was measured: the regression decisions, budgets, reference ratios and scaling
 * checks become findings and table rows. Counters are judged by {@link CounterJudge}.
 */
final class PerfJudge {
  private final PerfConfig cfg;
  private final PerfRun.Measured m;
  private final Outcome out = new Outcome();
  private final double alpha;

  PerfJudge(PerfConfig cfg, PerfRun.Measured m) {
    this.cfg = cfg;
    this.m = m;
    this.alpha = 1 - cfg.confidence();
  }

  Outcome judge() {
    for (Series s : m.rounds().series().values()) {
      regression(s);
    }
    cfg.budgets().forEach(this::budgets);
    cfg.scaling().values().forEach(this::scaling);
    new CounterJudge(cfg, out).judge(m.counts());
    return out;
  }

  private void regression(Series s) {
    Decision d = m.decisions().get(s.name());
    if (d == null) {
      String where = s.has(Side.Role.BASE) && !s.has(Side.Role.HEAD) ? "at the base only (removed"
          + " or renamed at the head)" : !s.has(Side.Role.BASE) && s.has(Side.Role.HEAD)
          ? "at the head only (a new benchmark)" : "on no round where base and head both ran";
      out.notes.add("`" + s.name() + "` was measured " + where + ": not compared.");
      return;
    }
    Estimate e = d.estimate();
    String verdict = d.verdict().name();
    Status status = status(d.verdict());
    switch (d.verdict()) {
      case FAIL -> {
        out.failed++;
        out.finding(PerformanceGate.REGRESSION, Severity.ERROR, "`" + s.name() + "` is "
            + Numbers.ratio(e.costRatio()) + " " + costWord(s) + " at the head than at the base"
            + " (at least " + Numbers.ratio(e.costLow()) + " with " + Numbers.percent(
            cfg.confidence()) + " confidence; at most " + Numbers.ratio(1 + cfg.maxRegression())
            + " allowed): " + d.reason() + ". Find the change that slowed it (a scan instead of a"
            + " seek, I/O in a loop) or, if the cost is intended, raise"
            + " `gates.performance.max-regression`.", s.name());
      }
      case PASS -> out.passed++;
      case INCONCLUSIVE -> {
        out.inconclusive++;
        out.finding(PerformanceGate.INCONCLUSIVE, Severity.WARNING, "`" + s.name() + "`: "
            + d.reason() + " after " + e.rounds() + " rounds. More rounds"
            + " (`time-budget`, `max-rounds`) or a quieter machine would decide it.", s.name());
      }
    }
    double ref = s.has(Side.Role.REFERENCE) ? Numbers.median(s.all(Side.Role.REFERENCE)) : 0;
    out.benchmarkRows.add(List.of(s.name(), value(s, Side.Role.BASE), value(s, Side.Role.HEAD),
        ref > 0 ? Unit.format(ref, s.throughput()) : "-", interval(e), verdict));
    if (e.costLow() > 0 && Double.isFinite(e.costHigh())) {
      out.chart.add(new GateTable.Interval(s.name(), e.costLow(), e.costRatio(), e.costHigh(),
          status));
    }
  }

  private void budgets(String name, List<Budget> budgets) {
    Series s = m.rounds().series().get(name);
    if (s == null || !s.has(Side.Role.HEAD)) {
      out.notes.add("`gates.performance.budgets." + name + "`: no benchmark measured `" + name
          + "` at the head; the budget was not checked.");
      return;
    }
    Direction dir = direction(s);
    double[] head = s.all(Side.Role.HEAD);
    for (Budget b : budgets) {
      if (b.isRatio()) {
        referenceRatio(s, b, dir);
        continue;
      }
      if (b.unit().higherIsBetter() != s.throughput() || b.atMost() == s.throughput()) {
        out.notes.add("`gates.performance.budgets." + name + "`: `" + b.text() + "` does not fit `"
            + name + "`, a " + (s.throughput() ? "throughput (write `>= N ops/s`)"
            : "time (write `<= N ms`)") + "; not checked.");
        continue;
      }
      String shown = Unit.format(Quantiles.percentile(head, b.percentile() / 100.0),
          s.throughput());
      if (b.percentile() != 50) {
        double p = Quantiles.percentile(head, b.percentile() / 100.0);
        if (!b.holds(p)) {
          out.finding(PerformanceGate.BUDGET, Severity.ERROR, "`" + name + "`: p" + b.percentile()
              + " at the head is " + shown + " over " + head.length + " runs, beyond its budget `"
              + b.text() + "`.", name);
        }
        continue;
      }
      Decision d = AbsoluteBudget.decide(name, head, b.limit(), dir, alpha);
      if (d.verdict() == Verdict.FAIL) {
        out.finding(PerformanceGate.BUDGET, Severity.ERROR, "`" + name + "`: median " + shown
            + " at the head, beyond its budget `" + b.text() + "`: " + d.reason() + ".", name);
      } else if (d.verdict() == Verdict.INCONCLUSIVE) {
        out.finding(PerformanceGate.INCONCLUSIVE, Severity.WARNING, "`" + name + "` against its"
            + " budget `" + b.text() + "` (median " + shown + "): " + d.reason() + ".", name);
      }
    }
  }

  private void referenceRatio(Series s, Budget b, Direction dir) {
    List<Integer> common = s.completeRounds(m.rounds().rounds(),
        List.of(Side.Role.REFERENCE, Side.Role.HEAD));
    if (common.isEmpty()) {
      out.notes.add("`" + s.name() + "`: the reference did not measure it; `" + b.text()
          + "` was not checked.");
      return;
    }
    Decision d = ScalingCheck.decide(s.name(), s.values(Side.Role.REFERENCE, common),
        s.values(Side.Role.HEAD, common), 2, 3, Complexity.CONSTANT, b.limit() - 1, dir, alpha);
    Estimate e = d.estimate();
    String says = "`" + s.name() + "` costs " + Numbers.ratio(e.costRatio()) + " the reference's"
        + " (" + interval(e) + ", " + common.size() + " rounds) against the budget `" + b.text()
        + "`";
    if (d.verdict() == Verdict.FAIL) {
      out.finding(PerformanceGate.REFERENCE_RATIO, Severity.ERROR, says + ": beyond it with "
          + Numbers.percent(cfg.confidence()) + " confidence.", s.name());
    } else if (d.verdict() == Verdict.INCONCLUSIVE) {
      out.finding(PerformanceGate.INCONCLUSIVE, Severity.WARNING, says + ": the rounds cannot"
          + " yet tell.", s.name());
    }
  }

  private void scaling(ScalingSpec sc) {
    Series small = m.rounds().small().get(sc.name());
    Series large = m.rounds().large().get(sc.name());
    List<Integer> common = small == null || large == null ? List.of()
        : small.completeRounds(m.rounds().rounds(), List.of(Side.Role.HEAD)).stream()
            .filter(large.completeRounds(m.rounds().rounds(), List.of(Side.Role.HEAD))::contains)
            .toList();
    if (common.isEmpty()) {
      out.notes.add("`gates.performance.scaling." + sc.name() + "`: no benchmark measured `"
          + sc.name() + "` at both sizes; the scaling check was not run.");
      return;
    }
    Direction dir = direction(small);
    long n = sc.size();
    Decision d = ScalingCheck.decide(sc.name(), small.values(Side.Role.HEAD, common),
        large.values(Side.Role.HEAD, common), n, n * 10, sc.expect(), sc.tolerance(), dir, alpha);
    double allowed = sc.expect().allowedGrowth(n, n * 10, sc.tolerance());
    String growth = PerfSettings.text(sc.expect());
    out.scalingRows.add(List.of(sc.name(),
        Unit.format(Numbers.median(small.values(Side.Role.HEAD, common)), small.throughput()),
        Unit.format(Numbers.median(large.values(Side.Role.HEAD, common)), small.throughput()),
        interval(d.estimate()), growth + ": <= " + Numbers.ratio(allowed), d.verdict().name()));
    String says = "`" + sc.name() + "` at size " + n * 10 + " costs "
        + Numbers.ratio(d.estimate().costRatio()) + " of size " + n + " at the head ("
        + interval(d.estimate()) + "), declared " + growth + " (at most " + Numbers.ratio(allowed)
        + " with the " + Numbers.percent(sc.tolerance()) + " tolerance)";
    if (d.verdict() == Verdict.FAIL) {
      out.finding(PerformanceGate.SCALING, Severity.ERROR, says + ": it grows faster than"
          + " declared, as a full scan or a nested loop does. Look for a lookup that stopped using"
          + " its index.", sc.name());
    } else if (d.verdict() == Verdict.INCONCLUSIVE) {
      out.finding(PerformanceGate.INCONCLUSIVE, Severity.WARNING, says + ": the rounds cannot yet"
          + " tell.", sc.name());
    }
  }

  private String value(Series s, Side.Role role) {
    return Unit.format(Numbers.median(s.all(role)), s.throughput());
  }

  private static String costWord(Series s) {
    return s.throughput() ? "slower (in throughput)" : "slower";
  }

  /** {@code 1.52x (1.40x - 1.66x)} in cost terms; unbounded ends are shown as such. */
  static String interval(Estimate e) {
    String lo = e.costLow() > 0 ? Numbers.ratio(e.costLow()) : "0";
    String hi = Double.isFinite(e.costHigh()) ? Numbers.ratio(e.costHigh()) : "unbounded";
    return Numbers.ratio(e.costRatio()) + " (" + lo + " - " + hi + ")";
  }

  static Status status(Verdict v) {
    return switch (v) {
      case PASS -> Status.PASS;
      case FAIL -> Status.FAIL;
      case INCONCLUSIVE -> Status.WARN;
    };
  }

  private static Direction direction(Series s) {
    return s.throughput() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
  }
}
