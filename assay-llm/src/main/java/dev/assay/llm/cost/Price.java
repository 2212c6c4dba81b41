package dev.assay.llm.cost;

import dev.assay.llm.client.Usage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A model's list price in US dollars per million tokens.
 *
 * @param input full-price input tokens (cache writes included)
 * @param output generated tokens
 * @param cachedInput input tokens read from the prompt cache
 */
public record Price(BigDecimal input, BigDecimal output, BigDecimal cachedInput) {
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  /** Self-hosted models cost nothing per token; their cost is the hardware (see BreakEven). */
  public static final Price FREE = new Price(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  public Price {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(cachedInput, "cachedInput");
    if (input.signum() < 0 || output.signum() < 0 || cachedInput.signum() < 0) {
      throw new IllegalArgumentException("prices cannot be negative");
    }
  }

  public static Price of(String input, String output, String cachedInput) {
    return new Price(new BigDecimal(input), new BigDecimal(output), new BigDecimal(cachedInput));
  }

  /** The cost of this usage, in dollars, to the millionth of a cent. */
  public BigDecimal cost(Usage u) {
    BigDecimal micro =
        input
            .multiply(BigDecimal.valueOf(u.inputTokens()))
            .add(output.multiply(BigDecimal.valueOf(u.outputTokens())))
            .add(cachedInput.multiply(BigDecimal.valueOf(u.cachedInputTokens())));
    return micro.divide(MILLION, 8, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
