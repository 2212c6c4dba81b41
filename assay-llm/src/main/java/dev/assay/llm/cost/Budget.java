package dev.assay.llm.cost;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Spending limits in US dollars: per run and per UTC day (summed over the local ledger), and what
 * to do when the next call could pass one: stop, or switch to a cheaper model if it fits.
 *
 * @param perRun the most one run may spend, or empty
 * @param perDay the most all runs of a day may spend, or empty
 * @param fallbackModel the cheaper model to switch to, or empty to stop
 */
public record Budget(
    Optional<BigDecimal> perRun, Optional<BigDecimal> perDay, Optional<String> fallbackModel) {
  public static final Budget NONE = new Budget(Optional.empty(), Optional.empty(), Optional.empty());

  public Budget {
    Objects.requireNonNull(perRun, "perRun");
    Objects.requireNonNull(perDay, "perDay");
    Objects.requireNonNull(fallbackModel, "fallbackModel");
    perRun.ifPresent(Budget::positive);
    perDay.ifPresent(Budget::positive);
  }

  private static void positive(BigDecimal b) {
    if (b.signum() <= 0) {
      throw new IllegalArgumentException("a budget must be more than 0 dollars, was " + b);
    }
  }

  public boolean limited() {
    return perRun.isPresent() || perDay.isPresent();
  }
}
