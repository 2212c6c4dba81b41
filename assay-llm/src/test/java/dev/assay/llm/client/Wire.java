package dev.assay.llm.client;

/** Provider bodies exactly as each provider documents them, for the scripted servers. */
public final class Wire {
  private Wire() {}

  /** An Anthropic Messages response carrying {@code text}. */
  public static String anthropic(String text, long in, long out, long cacheRead) {
    return """
        {"id":"msg_01XFDUDYJgAACzvnptvVoYEL","type":"message","role":"assistant",\
        "content":[{"type":"text","text":%s}],"model":"claude-sonnet-4-5-20250929",\
        "stop_reason":"end_turn","stop_sequence":null,\
        "usage":{"input_tokens":%d,"cache_creation_input_tokens":0,"cache_read_input_tokens":%d,"output_tokens":%d}}"""
        .formatted(quote(text), in, cacheRead, out);
  }

  /** An OpenAI Chat Completions response carrying {@code text}. */
  public static String openAi(String text, long prompt, long completion, long cached) {
    return """
        {"id":"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT","object":"chat.completion","created":1741569952,\
        "model":"gpt-4.1-2025-04-14","choices":[{"index":0,"message":{"role":"assistant","content":%s,\
        "refusal":null,"annotations":[]},"logprobs":null,"finish_reason":"stop"}],\
        "usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d,\
        "prompt_tokens_details":{"cached_tokens":%d,"audio_tokens":0},\
        "completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,\
        "accepted_prediction_tokens":0,"rejected_prediction_tokens":0}},"service_tier":"default"}"""
        .formatted(quote(text), prompt, completion, prompt + completion, cached);
  }

  public static String anthropicError(String type, String message) {
    return "{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":" + quote(message) + "}}";
  }

  public static String openAiError(String type, String code, String message) {
    return "{\"error\":{\"message\":" + quote(message) + ",\"type\":\"" + type
        + "\",\"param\":null,\"code\":" + (code == null ? "null" : "\"" + code + "\"") + "}}";
  }

  public static String quote(String s) {
    try {
      return HttpErrors.JSON.writeValueAsString(s);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
