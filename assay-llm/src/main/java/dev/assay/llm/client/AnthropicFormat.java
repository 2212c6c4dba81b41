package dev.assay.llm.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The Anthropic Messages API ({@code POST /v1/messages}, version header 2023-06-01). Structured
 * output uses a forced tool call whose {@code input_schema} is the schema: the documented way to get
 * JSON that follows a schema.
 */
final class AnthropicFormat implements WireFormat {
  static final String VERSION = "2023-06-01";

  @Override
  public HttpRequest.Builder request(URI base, ChatRequest r, Optional<ApiKey> key) {
    ObjectNode body = HttpErrors.JSON.createObjectNode();
    body.put("model", r.model());
    body.put("max_tokens", r.maxTokens());
    if (!r.system().isEmpty()) {
      body.put("system", r.system());
    }
    body.put("temperature", r.temperature());
    ArrayNode messages = body.putArray("messages");
    for (Message m : r.messages()) {
      messages.addObject().put("role", m.role().wire()).put("content", m.content());
    }
    r.schema()
        .ifPresent(
            s -> {
              ObjectNode tool = body.putArray("tools").addObject();
              tool.put("name", s.name());
              tool.put("description", "Record the answer in this exact structure.");
              tool.set("input_schema", s.schema());
              body.putObject("tool_choice").put("type", "tool").put("name", s.name());
            });
    HttpRequest.Builder b =
        HttpRequest.newBuilder(Endpoints.resolve(base, "v1/messages"))
            .header("content-type", "application/json")
            .header("anthropic-version", VERSION)
            .POST(HttpRequest.BodyPublishers.ofByteArray(Endpoints.bytes(body)));
    key.ifPresent(k -> b.header("x-api-key", k.value()));
    return b;
  }

  @Override
  public ChatResponse parse(byte[] body, HttpHeaders headers, ChatRequest r) throws ModelException {
    JsonNode root =
        HttpErrors.json(body)
            .filter(JsonNode::isObject)
            .orElseThrow(() -> HttpErrors.invalid("anthropic", "the body is not a JSON object", body));
    JsonNode content = root.path("content");
    if (!content.isArray() || !root.path("usage").isObject()) {
      throw HttpErrors.invalid("anthropic", "the message has no content array or usage", body);
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode block : content) {
      String type = HttpErrors.text(block, "type");
      if (type.equals("text")) {
        text.append(HttpErrors.text(block, "text"));
      } else if (type.equals("tool_use") && r.schema().isPresent()) {
        text.append(block.path("input").toString());
      }
    }
    JsonNode u = root.path("usage");
    Usage usage =
        new Usage(
            HttpErrors.count(u, "input_tokens") + HttpErrors.count(u, "cache_creation_input_tokens"),
            HttpErrors.count(u, "output_tokens"),
            HttpErrors.count(u, "cache_read_input_tokens"));
    String stop = HttpErrors.text(root, "stop_reason");
    String normalised = switch (stop) {
      case "end_turn", "stop_sequence", "tool_use" -> "end";
      case "max_tokens" -> "max_tokens";
      default -> stop;
    };
    return new ChatResponse(
        text.toString(), usage, HttpErrors.text(root, "model"), normalised, Duration.ZERO, 1);
  }

  @Override
  public ModelException error(int status, HttpHeaders headers, byte[] body) {
    Optional<JsonNode> json = HttpErrors.json(body).filter(n -> n.path("error").isObject());
    if (json.isEmpty()) {
      return HttpErrors.notJson(status, headers, body);
    }
    JsonNode e = json.get().path("error");
    String type = HttpErrors.text(e, "type");
    String message = HttpErrors.text(e, "message");
    String lower = message.toLowerCase(Locale.ROOT);
    ModelException.Kind kind =
        switch (type) {
          case "authentication_error" -> ModelException.Kind.AUTHENTICATION;
          case "permission_error" -> ModelException.Kind.PERMISSION;
          case "not_found_error" -> ModelException.Kind.NOT_FOUND;
          case "request_too_large" -> ModelException.Kind.REQUEST_TOO_LARGE;
          case "rate_limit_error" -> ModelException.Kind.RATE_LIMIT;
          case "overloaded_error" -> ModelException.Kind.OVERLOADED;
          case "api_error" -> ModelException.Kind.SERVER_ERROR;
          case "billing_error" -> ModelException.Kind.SPEND_LIMIT;
          case "invalid_request_error" ->
              lower.contains("credit balance") || lower.contains("spend limit")
                  ? ModelException.Kind.SPEND_LIMIT
                  : lower.contains("prompt is too long")
                      ? ModelException.Kind.REQUEST_TOO_LARGE
                      : ModelException.Kind.BAD_REQUEST;
          default -> HttpErrors.byStatus(status);
        };
    return new ModelException(
        kind,
        status,
        "anthropic " + (type.isEmpty() ? "HTTP " + status : type) + ": " + HttpErrors.clip(message),
        HttpErrors.retryAfter(headers));
  }
}
