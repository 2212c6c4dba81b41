package dev.assay.perf;

import dev.assay.api.GateTable;
import java.util.ArrayList;
import java.util.List;

/** The tables every report shows: benchmarks, scaling checks and counters. */
final class PerfTables {
  private PerfTables() {}

  static List<GateTable> of(PerfConfig cfg, PerfRun.Measured m, Outcome o) {
    List<GateTable> out = new ArrayList<>();
    if (!o.benchmarkRows.isEmpty()) {
      double allowed = 1 + cfg.maxRegression();
      out.add(new GateTable("Benchmarks: head vs base over " + m.rounds().rounds() + " rounds"
          + " (medians; ratio = Hodges-Lehmann estimate with its " + Numbers.percent(
          cfg.confidence()) + " bounds, above 1 = slower)",
          List.of("benchmark", "base", "head", "reference", "head/base (interval)", "verdict"),
          o.benchmarkRows,
          new GateTable.Chart("head/base cost (log scale); lines at 1x and the allowed "
              + Numbers.ratio(allowed), true, o.chart, List.of(1.0, allowed))));
    }
    if (!o.scalingRows.isEmpty()) {
      out.add(GateTable.of("Scaling checks at the head: size 10N vs N",
          List.of("benchmark", "at N", "at 10N", "10N/N (interval)", "allowed", "verdict"),
          o.scalingRows));
    }
    if (!o.counterRows.isEmpty()) {
      out.add(GateTable.of("Counters (" + CounterRuns.RUNS + " counted runs per side; used only"
          + " when two base runs agree within " + CounterJudge.MAX_NOISE_PERCENT + "%)",
          List.of("benchmark", "counted", "base", "head", "base-vs-base", "verdict"),
          o.counterRows));
    }
    return out;
  }
}
