package dev.assay.llm.client;

/**
 * Token usage of one call, normalised across providers.
 *
 * @param inputTokens input tokens billed at the full input price (cache writes included; cache
 *     reads excluded, whatever the provider's own field counts)
 * @param outputTokens generated tokens
 * @param cachedInputTokens input tokens read from the provider's prompt cache (cheaper)
 */
public record Usage(long inputTokens, long outputTokens, long cachedInputTokens) {
  public static final Usage NONE = new Usage(0, 0, 0);

  public Usage {
    if (inputTokens < 0 || outputTokens < 0 || cachedInputTokens < 0) {
      throw new IllegalArgumentException("negative token count");
    }
  }

  public Usage plus(Usage other) {
    return new Usage(
        inputTokens + other.inputTokens,
        outputTokens + other.outputTokens,
        cachedInputTokens + other.cachedInputTokens);
  }
}
