package dev.assay.llm.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Text Generation Inference's native {@code POST /generate}: one prompt string in, {@code
 * generated_text} out. Token counts come from the {@code x-prompt-tokens} and {@code
 * x-generated-tokens} headers TGI sets, or {@code details} when a proxy drops the headers.
 * Structured output is TGI's grammar ({@code {"type": "json", "value": schema}}). TGI refuses a
 * temperature of 0, so 0 becomes greedy decoding ({@code do_sample: false}).
 */
final class TgiFormat implements WireFormat {
  @Override
  public HttpRequest.Builder request(URI base, ChatRequest r, Optional<ApiKey> key) {
    ObjectNode body = HttpErrors.JSON.createObjectNode();
    body.put("inputs", prompt(r));
    ObjectNode p = body.putObject("parameters");
    p.put("max_new_tokens", r.maxTokens());
    if (r.temperature() > 0) {
      p.put("temperature", r.temperature());
      p.put("do_sample", true);
    } else {
      p.put("do_sample", false);
    }
    p.put("details", true);
    p.put("decoder_input_details", false);
    p.put("return_full_text", false);
    r.schema()
        .ifPresent(s -> p.putObject("grammar").put("type", "json").set("value", s.schema()));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(Endpoints.resolve(base, "generate"))
            .header("content-type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(Endpoints.bytes(body)));
    key.ifPresent(k -> b.header("authorization", "Bearer " + k.value()));
    return b;
  }

  /** The native endpoint takes one string: the turns are laid out as labelled sections. */
  static String prompt(ChatRequest r) {
    StringBuilder s = new StringBuilder();
    if (!r.system().isEmpty()) {
      s.append("System:\n").append(r.system()).append("\n\n");
    }
    for (Message m : r.messages()) {
      s.append(m.role() == Message.Role.USER ? "User:\n" : "Assistant:\n")
          .append(m.content())
          .append("\n\n");
    }
    return s.append("Assistant:\n").toString();
  }

  @Override
  public ChatResponse parse(byte[] body, HttpHeaders headers, ChatRequest r) throws ModelException {
    JsonNode root = HttpErrors.json(body).orElse(null);
    // TGI answers an object; some versions answer a one-element array.
    if (root != null && root.isArray() && root.size() == 1) {
      root = root.get(0);
    }
    if (root == null || !root.path("generated_text").isTextual()) {
      throw HttpErrors.invalid("tgi", "there is no generated_text", body);
    }
    JsonNode details = root.path("details");
    long generated =
        header(headers, "x-generated-tokens").orElse(HttpErrors.count(details, "generated_tokens"));
    long prompt = header(headers, "x-prompt-tokens").orElse((long) details.path("prefill").size());
    String finish = HttpErrors.text(details, "finish_reason");
    String stop = switch (finish) {
      case "eos_token", "stop_sequence", "" -> "end";
      case "length" -> "max_tokens";
      default -> finish;
    };
    return new ChatResponse(
        root.path("generated_text").asText(),
        new Usage(prompt, generated, 0),
        r.model(),
        stop,
        Duration.ZERO,
        1);
  }

  private static Optional<Long> header(HttpHeaders headers, String name) {
    try {
      return headers.firstValue(name).map(v -> Math.max(0, Long.parseLong(v.strip())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public ModelException error(int status, HttpHeaders headers, byte[] body) {
    Optional<JsonNode> json = HttpErrors.json(body).filter(n -> n.path("error").isTextual());
    if (json.isEmpty()) {
      return HttpErrors.notJson(status, headers, body);
    }
    String type = HttpErrors.text(json.get(), "error_type");
    String message = HttpErrors.text(json.get(), "error");
    String lower = message.toLowerCase(Locale.ROOT);
    ModelException.Kind kind =
        switch (type) {
          case "overloaded" -> ModelException.Kind.OVERLOADED;
          case "generation", "incomplete_generation" -> ModelException.Kind.SERVER_ERROR;
          case "validation" ->
              lower.contains("must have less than") || lower.contains("must be <=")
                  ? ModelException.Kind.REQUEST_TOO_LARGE
                  : ModelException.Kind.BAD_REQUEST;
          default -> HttpErrors.byStatus(status);
        };
    return new ModelException(
        kind,
        status,
        "tgi " + (type.isEmpty() ? "HTTP " + status : type) + ": " + HttpErrors.clip(message),
        HttpErrors.retryAfter(headers));
  }
}
