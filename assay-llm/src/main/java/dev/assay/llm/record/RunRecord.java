package dev.assay.llm.record;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The end of one run: whether it produced what was asked, after how many attempts and at what
 * total cost. Cost per successful outcome is the spend of all runs over the runs that passed.
 *
 * @param outcome {@code pass}, {@code fail}, {@code budget} (stopped by a budget) or {@code error}
 */
public record RunRecord(
    Instant time, String runId, String command, String model, String outcome, int attempts,
    BigDecimal costUsd) {
  public RunRecord {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(costUsd, "costUsd");
  }

  public boolean passed() {
    return outcome.equals("pass");
  }
}
