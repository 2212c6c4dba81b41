package dev.assay.perf;

import dev.assay.api.Severity;
import java.util.List;

/**
 * Judges the counted runs. A counter is used as a signal only when its own base-vs-base noise is
 * small: the control's median within {@value #MAX_NOISE_PERCENT}% of the base's. System calls then
 * fail when the head makes more of them than the base (per operation, or per run); instructions
 * fail when the head executes more than {@code max-regression} more.
 */
final class CounterJudge {
  static final double MAX_NOISE = 0.01;
  static final int MAX_NOISE_PERCENT = 1;

  private final PerfConfig cfg;
  private final Outcome out;

  CounterJudge(PerfConfig cfg, Outcome out) {
    this.cfg = cfg;
    this.out = out;
  }

  void judge(List<CounterRuns.Count> counts) {
    for (CounterRuns.Count c : counts) {
      double base = median(c, Side.Role.BASE);
      double control = median(c, Side.Role.CONTROL);
      double head = median(c, Side.Role.HEAD);
      double noise = base == 0 && control == 0 ? 0 : Math.abs(control - base)
          / Math.max(Math.abs(base), Math.abs(control));
      boolean syscall = !c.what().equals("instructions");
      String per = c.perOperation() ? " per operation" : " per run";
      String what = (syscall ? c.what() + " calls" : "CPU instructions") + per;
      String verdict;
      if (noise > MAX_NOISE) {
        verdict = "NOT USED (noisy)";
        out.notes.add("`" + c.benchmark() + "`: " + what + " moved " + Numbers.percent(noise)
            + " between two base runs, more than " + MAX_NOISE_PERCENT + "%: not used as a"
            + " signal.");
      } else if (syscall ? head > base * (1 + MAX_NOISE) && head - base >= 0.5 / runsScale(c)
          : head > base * (1 + cfg.maxRegression())) {
        verdict = "FAIL";
        String rule = syscall ? PerformanceGate.SYSCALLS : PerformanceGate.INSTRUCTIONS;
        out.finding(rule, Severity.ERROR, "`" + c.benchmark() + "` makes " + Numbers.sig(head)
            + " " + what + " at the head against " + Numbers.sig(base) + " at the base ("
            + CounterRuns.RUNS + " counted runs each; two base runs agree within "
            + Numbers.percent(noise) + ")" + (syscall && c.what().contains("sync")
            ? ". Every sync waits for the disk: batch writes, or sync once per transaction."
            : "."), c.benchmark());
      } else {
        verdict = "PASS";
      }
      out.counterRows.add(List.of(c.benchmark(), what, Numbers.sig(base), Numbers.sig(head),
          Numbers.percent(noise), verdict));
    }
  }

  /** Per-run counts are whole numbers, so half a call is the smallest real difference. */
  private static double runsScale(CounterRuns.Count c) {
    return c.perOperation() ? Double.POSITIVE_INFINITY : 1;
  }

  private static double median(CounterRuns.Count c, Side.Role role) {
    List<Double> v = c.values().getOrDefault(role, List.of());
    return v.isEmpty() ? 0 : Numbers.median(v.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
