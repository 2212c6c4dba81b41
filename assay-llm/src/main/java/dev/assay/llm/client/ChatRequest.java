package dev.assay.llm.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to a model.
 *
 * @param model the provider's model name, e.g. {@code claude-sonnet-4-5}
 * @param system the system prompt (instructions), may be empty
 * @param messages the conversation so far, starting with a user turn
 * @param temperature sampling temperature, 0 for the most deterministic answer
 * @param maxTokens the most output tokens the model may produce
 * @param schema a JSON schema the answer must follow (structured output), or empty for free text
 * @param timeout the most one HTTP call may take, body included
 */
public record ChatRequest(
    String model,
    String system,
    List<Message> messages,
    double temperature,
    int maxTokens,
    Optional<OutputSchema> schema,
    Duration timeout) {

  /** A named JSON schema for structured output. */
  public record OutputSchema(String name, JsonNode schema) {
    public OutputSchema {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(schema, "schema");
    }
  }

  public ChatRequest {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(system, "system");
    messages = List.copyOf(messages);
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(timeout, "timeout");
    if (messages.isEmpty() || messages.get(0).role() != Message.Role.USER) {
      throw new IllegalArgumentException("a conversation starts with a user message");
    }
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be at least 1, was " + maxTokens);
    }
    if (temperature < 0 || temperature > 2) {
      throw new IllegalArgumentException("temperature must be between 0 and 2, was " + temperature);
    }
  }

  /** The same request for another model (a cheaper fallback). */
  public ChatRequest withModel(String other) {
    return new ChatRequest(other, system, messages, temperature, maxTokens, schema, timeout);
  }

  /** Characters of prompt text, a cheap upper-bound proxy for input tokens before a call. */
  public long promptChars() {
    return system.length() + messages.stream().mapToLong(m -> m.content().length()).sum();
  }
}
