package dev.assay.llm.cost;

import dev.assay.llm.client.Usage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * API pricing against a self-hosted deployment for a monthly volume. Self-hosting costs whole
 * instances ({@code hourly} x 730 h each), and one instance handles as many tokens as its
 * generation and prefill speeds allow at the given utilisation. The break-even is the smallest
 * multiple of the volume (same input/output mix) at which the API costs at least as much.
 *
 * @param inputTokens monthly input tokens
 * @param outputTokens monthly output tokens
 * @param price the API model's price
 * @param hourly one self-hosted instance, per hour (GPU rental or amortised hardware and power)
 * @param outputTokensPerSecond one instance's generation speed
 * @param inputTokensPerSecond one instance's prompt-processing (prefill) speed
 * @param utilisation the share of the hours an instance is busy, 0 to 1
 */
public record BreakEven(long inputTokens, long outputTokens, Price price, BigDecimal hourly,
    double outputTokensPerSecond, double inputTokensPerSecond, double utilisation) {
  static final int HOURS_PER_MONTH = 730;

  public BreakEven {
    if (inputTokens < 0 || outputTokens < 0 || inputTokens + outputTokens == 0) {
      throw new IllegalArgumentException("give a monthly volume of input and output tokens greater than 0");
    }
    if (outputTokensPerSecond <= 0 || inputTokensPerSecond <= 0) {
      throw new IllegalArgumentException("token speeds must be greater than 0");
    }
    if (utilisation <= 0 || utilisation > 1) {
      throw new IllegalArgumentException("utilisation must be greater than 0 and at most 1");
    }
    if (hourly.signum() <= 0) {
      throw new IllegalArgumentException("the hourly cost of an instance must be greater than 0");
    }
  }

  public BigDecimal apiMonthly() {
    return price.cost(new Usage(inputTokens, outputTokens, 0));
  }

  /** Busy hours one month's volume needs on one instance. */
  double hoursNeeded() {
    return outputTokens / outputTokensPerSecond / 3600 + inputTokens / inputTokensPerSecond / 3600;
  }

  public int instances() {
    return (int) Math.max(1, Math.ceil(hoursNeeded() / (HOURS_PER_MONTH * utilisation)));
  }

  public BigDecimal selfHostedMonthly() {
    return hourly.multiply(BigDecimal.valueOf((long) HOURS_PER_MONTH * instances()));
  }

  /** The volume multiple at which self-hosting becomes as cheap, or empty if it never does. */
  public Optional<Double> breakEvenMultiple() {
    double api = apiMonthly().doubleValue();
    double instance = hourly.doubleValue() * HOURS_PER_MONTH;
    double capacity = HOURS_PER_MONTH * utilisation / hoursNeeded();
    if (api <= 0) {
      return Optional.empty();
    }
    for (int n = 1; n <= 100_000; n++) {
      double lower = (n - 1) * capacity;
      double m = Math.max(lower, n * instance / api);
      if (m <= n * capacity) {
        return Optional.of(m);
      }
      if (api * capacity < instance) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  public String render() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "Volume: %,d input + %,d output tokens a month%n", inputTokens, outputTokens));
    s.append(String.format(Locale.ROOT, "API:         $%s a month%n", apiMonthly().setScale(2, RoundingMode.HALF_UP).toPlainString()));
    s.append(String.format(Locale.ROOT, "Self-hosted: $%s a month (%d instance(s) at $%s/h, %.0f%% utilisation; %.1f busy hours needed)%n",
        selfHostedMonthly().setScale(2, RoundingMode.HALF_UP).toPlainString(), instances(), hourly.toPlainString(),
        utilisation * 100, hoursNeeded()));
    Optional<Double> m = breakEvenMultiple();
    if (m.isEmpty()) {
      s.append("Break-even: never with this hardware: at full use an instance costs more per token than the API.\n");
    } else {
      s.append(String.format(Locale.ROOT, "Break-even: at %.2fx this volume (%,d input + %,d output tokens a month);%n"
          + "            below it the API is cheaper, above it self-hosting is.%n",
          m.get(), Math.round(inputTokens * m.get()), Math.round(outputTokens * m.get())));
    }
    return s.toString();
  }
}
