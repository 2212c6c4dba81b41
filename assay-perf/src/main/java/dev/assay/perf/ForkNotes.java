package dev.assay.perf;

import dev.assay.perf.stats.ForkSteadiness;
import dev.assay.perf.stats.Steadiness;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags unsteady runs: a JMH fork (or a run's samples) whose iterations trend or shift level, a
 * sign of too short a warm-up, a JIT change or interference inside the run. Such a run still
 * counts as one observation (dropping it would bias the comparison); the reader is told.
 */
final class ForkNotes {
  private ForkNotes() {}

  static List<String> of(Rounds rounds) {
    List<String> notes = new ArrayList<>();
    for (Series s : rounds.series().values()) {
      int runs = 0;
      int unsteady = 0;
      String example = "";
      for (Side.Role role : List.of(Side.Role.BASE, Side.Role.HEAD, Side.Role.CONTROL)) {
        for (List<Double> it : s.iterations(role)) {
          if (it.size() < ForkSteadiness.MIN_ITERATIONS) {
            continue;
          }
          runs++;
          Steadiness st = ForkSteadiness.check(it.stream().mapToDouble(Double::doubleValue)
              .toArray());
          if (!st.steady()) {
            unsteady++;
            if (example.isEmpty()) {
              example = " (" + role.text() + ": " + st.reason() + ")";
            }
          }
        }
      }
      if (unsteady > 0) {
        notes.add("`" + s.name() + "`: " + unsteady + " of " + runs + " runs were unsteady, their"
            + " iterations trending or shifting level" + example + "; consider more warm-up"
            + " iterations.");
      }
    }
    return notes;
  }
}
