package dev.assay.llm.client;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The wire formats Assay speaks, each with its documented default base URL. */
public enum Provider {
  /** Anthropic Messages API: {@code POST /v1/messages}. */
  ANTHROPIC("anthropic", "https://api.anthropic.com", "ANTHROPIC_API_KEY"),
  /** OpenAI Chat Completions API: {@code POST /chat/completions} under {@code /v1}. */
  OPENAI("openai", "https://api.openai.com/v1", "OPENAI_API_KEY"),
  /** Any server speaking the Chat Completions format (vLLM, Ollama, TGI, LM Studio). */
  OPENAI_COMPATIBLE("openai-compatible", null, null),
  /** Hugging Face Text Generation Inference's native {@code POST /generate}. */
  TGI("tgi", null, null);

  private final String id;
  private final String defaultBase;
  private final String keyVariable;

  Provider(String id, String defaultBase, String keyVariable) {
    this.id = id;
    this.defaultBase = defaultBase;
    this.keyVariable = keyVariable;
  }

  /** The name used on the command line and in records. */
  public String id() {
    return id;
  }

  /** The public endpoint, or empty for self-hosted servers whose base URL must be given. */
  public Optional<URI> defaultBaseUrl() {
    return Optional.ofNullable(defaultBase).map(URI::create);
  }

  /** The conventional environment variable for the key, or empty when none is needed. */
  public Optional<String> keyVariable() {
    return Optional.ofNullable(keyVariable);
  }

  /** True when the provider always needs a key (the public APIs); self-hosted ones may not. */
  public boolean needsKey() {
    return keyVariable != null;
  }

  /**
   * The provider with this id.
   *
   * @throws IllegalArgumentException naming the ids there are
   */
  public static Provider byId(String id) {
    for (Provider p : values()) {
      if (p.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown provider '"
            + id
            + "'; use one of "
            + Arrays.stream(values()).map(Provider::id).collect(Collectors.joining(", ")));
  }

  WireFormat wireFormat() {
    return switch (this) {
      case ANTHROPIC -> new AnthropicFormat();
      case OPENAI -> new OpenAiFormat(true);
      case OPENAI_COMPATIBLE -> new OpenAiFormat(false);
      case TGI -> new TgiFormat();
    };
  }
}
