package dev.assay.llm.cost;

import dev.assay.llm.client.ChatRequest;
import dev.assay.llm.client.Usage;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the spend of one run and decides, before each call, whether it may be made: the call's
 * worst case (its prompt at one token per three characters, plus every output token it may
 * produce) must fit under the run budget and under the day budget minus what the ledger says was
 * spent today. Not thread-safe: one meter per run.
 */
public final class CostMeter {
  /** What to do with the next call. */
  public sealed interface Decision {
    /** Make the call with this model (the asked one, or the fallback). */
    record Go(String model) implements Decision {}

    /** Do not call: the reason names the budget and the amounts. */
    record Stop(String reason) implements Decision {}
  }

  private final PriceTable prices;
  private final Budget budget;
  private final BigDecimal spentTodayBefore;
  private BigDecimal spent = BigDecimal.ZERO;

  /**
   * @param spentTodayBefore what the ledger records as spent today before this run
   */
  public CostMeter(PriceTable prices, Budget budget, BigDecimal spentTodayBefore) {
    this.prices = Objects.requireNonNull(prices, "prices");
    this.budget = Objects.requireNonNull(budget, "budget");
    this.spentTodayBefore = Objects.requireNonNull(spentTodayBefore, "spentTodayBefore");
  }

  /** What this run has spent so far. */
  public BigDecimal spent() {
    return spent;
  }

  /** The price of a model, if known. */
  public Optional<Price> price(String model) {
    return prices.price(model);
  }

  /** The cost of a call's usage, zero for an unpriced model. */
  public BigDecimal cost(String model, Usage usage) {
    return prices.price(model).map(p -> p.cost(usage)).orElse(BigDecimal.ZERO);
  }

  /** Adds a finished call's cost to the run. */
  public void add(BigDecimal cost) {
    spent = spent.add(cost);
  }

  /** Whether, and with which model, the request may be sent. */
  public Decision decide(ChatRequest request) {
    Optional<String> over = overBy(request.model(), request);
    if (over.isEmpty()) {
      return new Decision.Go(request.model());
    }
    if (budget.fallbackModel().isPresent()) {
      String cheaper = budget.fallbackModel().get();
      if (overBy(cheaper, request).isEmpty()) {
        return new Decision.Go(cheaper);
      }
      return new Decision.Stop(over.get() + "; the fallback model " + cheaper + " does not fit either");
    }
    return new Decision.Stop(over.get());
  }

  /** The budget this call could pass, described, or empty when it fits. */
  private Optional<String> overBy(String model, ChatRequest request) {
    if (!budget.limited()) {
      return Optional.empty();
    }
    Optional<Price> price = prices.price(model);
    if (price.isEmpty()) {
      return Optional.of(
          "no price is known for " + model + ", so a budget cannot be kept; add it to a --prices file");
    }
    BigDecimal worst =
        price.get().cost(new Usage((request.promptChars() + 2) / 3, request.maxTokens(), 0));
    BigDecimal afterRun = spent.add(worst);
    if (budget.perRun().isPresent() && afterRun.compareTo(budget.perRun().get()) > 0) {
      return Optional.of(
          "the run budget of $" + budget.perRun().get().toPlainString() + " would be passed: spent $"
              + spent.toPlainString() + ", next call with " + model + " up to $" + worst.toPlainString());
    }
    BigDecimal afterDay = spentTodayBefore.add(afterRun);
    if (budget.perDay().isPresent() && afterDay.compareTo(budget.perDay().get()) > 0) {
      return Optional.of(
          "the daily budget of $" + budget.perDay().get().toPlainString() + " would be passed: spent $"
              + spentTodayBefore.add(spent).toPlainString() + " today, next call with " + model
              + " up to $" + worst.toPlainString());
    }
    return Optional.empty();
  }
}
