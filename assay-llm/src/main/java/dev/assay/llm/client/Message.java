package dev.assay.llm.client;

import java.util.Objects;

/** One turn of a conversation. */
public record Message(Role role, String content) {
  /** Who said it; the system prompt is not a message but a field of {@link ChatRequest}. */
  public enum Role {
    USER,
    ASSISTANT;

    String wire() {
      return this == USER ? "user" : "assistant";
    }
  }

  public Message {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
  }

  public static Message user(String content) {
    return new Message(Role.USER, content);
  }

  public static Message assistant(String content) {
    return new Message(Role.ASSISTANT, content);
  }
}
