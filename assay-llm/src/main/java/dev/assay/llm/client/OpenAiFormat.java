package dev.assay.llm.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * The OpenAI Chat Completions API ({@code POST /chat/completions} under a {@code /v1} base), and
 * the same format on self-hosted servers. OpenAI itself takes {@code max_completion_tokens}; the
 * compatible servers (vLLM, Ollama, TGI, LM Studio) take the older {@code max_tokens}. Structured
 * output is {@code response_format: json_schema} with {@code strict: true}.
 */
final class OpenAiFormat implements WireFormat {
  private final boolean openAi;

  OpenAiFormat(boolean openAi) {
    this.openAi = openAi;
  }

  private String name() {
    return openAi ? "openai" : "openai-compatible server";
  }

  @Override
  public HttpRequest.Builder request(URI base, ChatRequest r, Optional<ApiKey> key) {
    ObjectNode body = HttpErrors.JSON.createObjectNode();
    body.put("model", r.model());
    ArrayNode messages = body.putArray("messages");
    if (!r.system().isEmpty()) {
      messages.addObject().put("role", "system").put("content", r.system());
    }
    for (Message m : r.messages()) {
      messages.addObject().put("role", m.role().wire()).put("content", m.content());
    }
    body.put("temperature", r.temperature());
    body.put(openAi ? "max_completion_tokens" : "max_tokens", r.maxTokens());
    r.schema()
        .ifPresent(
            s -> {
              ObjectNode format = body.putObject("response_format");
              format.put("type", "json_schema");
              ObjectNode js = format.putObject("json_schema");
              js.put("name", s.name());
              js.put("strict", true);
              js.set("schema", s.schema());
            });
    HttpRequest.Builder b =
        HttpRequest.newBuilder(Endpoints.resolve(base, "chat/completions"))
            .header("content-type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(Endpoints.bytes(body)));
    key.ifPresent(k -> b.header("authorization", "Bearer " + k.value()));
    return b;
  }

  @Override
  public ChatResponse parse(byte[] body, HttpHeaders headers, ChatRequest r) throws ModelException {
    JsonNode root =
        HttpErrors.json(body)
            .filter(JsonNode::isObject)
            .orElseThrow(() -> HttpErrors.invalid(name(), "the body is not a JSON object", body));
    JsonNode choice = root.path("choices").path(0);
    JsonNode message = choice.path("message");
    if (!message.isObject()) {
      throw HttpErrors.invalid(name(), "there is no choices[0].message", body);
    }
    JsonNode refusal = message.path("refusal");
    String text = HttpErrors.text(message, "content");
    if (text.isEmpty() && refusal.isTextual()) {
      text = refusal.asText();
    }
    JsonNode u = root.path("usage");
    long prompt = HttpErrors.count(u, "prompt_tokens");
    long cached = Math.min(prompt, HttpErrors.count(u.path("prompt_tokens_details"), "cached_tokens"));
    Usage usage = new Usage(prompt - cached, HttpErrors.count(u, "completion_tokens"), cached);
    String finish = HttpErrors.text(choice, "finish_reason");
    String stop = switch (finish) {
      case "stop", "tool_calls" -> "end";
      case "length" -> "max_tokens";
      default -> finish;
    };
    String model = HttpErrors.text(root, "model");
    return new ChatResponse(text, usage, model.isEmpty() ? r.model() : model, stop, Duration.ZERO, 1);
  }

  @Override
  public ModelException error(int status, HttpHeaders headers, byte[] body) {
    Optional<JsonNode> json = HttpErrors.json(body).filter(n -> n.path("error").isObject());
    if (json.isEmpty()) {
      // Some compatible servers (vLLM, older Ollama) answer {"detail": ...} or {"error": "text"}.
      Optional<JsonNode> other = HttpErrors.json(body).filter(JsonNode::isObject);
      if (other.isPresent()) {
        JsonNode o = other.get();
        String msg = o.path("error").isTextual() ? o.path("error").asText() : o.path("detail").toString();
        return new ModelException(
            HttpErrors.byStatus(status), status, name() + " HTTP " + status + ": " + HttpErrors.clip(msg),
            HttpErrors.retryAfter(headers));
      }
      return HttpErrors.notJson(status, headers, body);
    }
    JsonNode e = json.get().path("error");
    String code = HttpErrors.text(e, "code");
    String type = HttpErrors.text(e, "type");
    ModelException.Kind kind =
        switch (code.isEmpty() ? type : code) {
          case "insufficient_quota", "billing_hard_limit_reached" -> ModelException.Kind.SPEND_LIMIT;
          case "context_length_exceeded", "string_above_max_length" ->
              ModelException.Kind.REQUEST_TOO_LARGE;
          case "invalid_api_key", "invalid_authentication" -> ModelException.Kind.AUTHENTICATION;
          case "rate_limit_exceeded" -> ModelException.Kind.RATE_LIMIT;
          case "model_not_found" -> ModelException.Kind.NOT_FOUND;
          case "server_error" -> ModelException.Kind.SERVER_ERROR;
          default -> type.equals("insufficient_quota")
              ? ModelException.Kind.SPEND_LIMIT
              : HttpErrors.byStatus(status);
        };
    String label = code.isEmpty() ? (type.isEmpty() ? "HTTP " + status : type) : code;
    return new ModelException(
        kind,
        status,
        name() + " " + label + ": " + HttpErrors.clip(HttpErrors.text(e, "message")),
        HttpErrors.retryAfter(headers));
  }
}
