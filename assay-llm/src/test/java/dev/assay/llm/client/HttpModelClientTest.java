package dev.assay.llm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.llm.ScriptedServer;
import dev.assay.llm.ScriptedServer.Delivery;
import dev.assay.llm.ScriptedServer.Reply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpModelClientTest {
  private final ScriptedServer server = newServer();
  private final List<Duration> slept = Collections.synchronizedList(new ArrayList<>());
  private static final RetryPolicy RETRY =
      new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(10));

  private static ScriptedServer newServer() {
    try {
      return new ScriptedServer();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpModelClient client(Provider p, String path, Optional<ApiKey> key) {
    return new HttpModelClient(p, server.base(path), key, RETRY, slept::add, 64 * 1024);
  }

  private static ChatRequest request(String model) {
    return new ChatRequest(
        model, "You write Java.", List.of(Message.user("Add a method")), 0.2, 1000,
        Optional.empty(), Duration.ofSeconds(5));
  }

  private static JsonNode json(String body) throws IOException {
    return HttpErrors.JSON.readTree(body);
  }

  @Test
  void anthropicRequestAndResponseFollowTheMessagesApi() throws Exception {
    server.then(Reply.json(200, Wire.anthropic("done", 1200, 300, 800)));
    ChatResponse r = client(Provider.ANTHROPIC, "", Optional.of(ApiKey.of("sk-ant-api03-secret-value")))
        .complete(request("claude-sonnet-4-5"));

    ScriptedServer.Received got = server.received().get(0);
    assertThat(got.path()).isEqualTo("/v1/messages");
    assertThat(got.header("x-api-key")).isEqualTo("sk-ant-api03-secret-value");
    assertThat(got.header("anthropic-version")).isEqualTo("2023-06-01");
    JsonNode body = json(got.body());
    assertThat(body.path("model").asText()).isEqualTo("claude-sonnet-4-5");
    assertThat(body.path("max_tokens").asInt()).isEqualTo(1000);
    assertThat(body.path("system").asText()).isEqualTo("You write Java.");
    assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
    assertThat(body.path("messages").toString())
        .isEqualTo("[{\"role\":\"user\",\"content\":\"Add a method\"}]");
    assertThat(r.text()).isEqualTo("done");
    assertThat(r.usage()).isEqualTo(new Usage(1200, 300, 800));
    assertThat(r.stopReason()).isEqualTo("end");
    assertThat(r.model()).isEqualTo("claude-sonnet-4-5-20250929");
    assertThat(r.attempts()).isEqualTo(1);
  }

  @Test
  void anthropicStructuredOutputIsAForcedToolCall() throws Exception {
    server.then(Reply.json(200, """
        {"id":"msg_1","type":"message","role":"assistant","model":"claude-haiku-4-5",
         "content":[{"type":"tool_use","id":"toolu_01","name":"review","input":{"comments":[]}}],
         "stop_reason":"tool_use","stop_sequence":null,
         "usage":{"input_tokens":10,"output_tokens":5}}"""));
    JsonNode schema = json("{\"type\":\"object\",\"properties\":{\"comments\":{\"type\":\"array\"}}}");
    ChatRequest req = new ChatRequest("claude-haiku-4-5", "", List.of(Message.user("x")), 0, 50,
        Optional.of(new ChatRequest.OutputSchema("review", schema)), Duration.ofSeconds(5));

    ChatResponse r = client(Provider.ANTHROPIC, "", Optional.empty()).complete(req);

    JsonNode body = json(server.received().get(0).body());
    assertThat(body.path("tools").get(0).path("input_schema")).isEqualTo(schema);
    assertThat(body.path("tool_choice").toString()).isEqualTo("{\"type\":\"tool\",\"name\":\"review\"}");
    assertThat(body.has("system")).isFalse();
    assertThat(json(r.text())).isEqualTo(json("{\"comments\":[]}"));
  }

  @Test
  void openAiRequestUsesBearerAndMaxCompletionTokensAndSubtractsCachedTokens() throws Exception {
    server.then(Reply.json(200, Wire.openAi("ok", 2000, 150, 1500)));
    JsonNode schema = json("{\"type\":\"object\"}");
    ChatRequest req = new ChatRequest("gpt-4.1", "sys", List.of(Message.user("u"), Message.assistant("a"), Message.user("u2")),
        0, 200, Optional.of(new ChatRequest.OutputSchema("answer", schema)), Duration.ofSeconds(5));

    ChatResponse r = client(Provider.OPENAI, "/v1", Optional.of(ApiKey.of("sk-proj-abcdefghijkl"))).complete(req);

    ScriptedServer.Received got = server.received().get(0);
    assertThat(got.path()).isEqualTo("/v1/chat/completions");
    assertThat(got.header("authorization")).isEqualTo("Bearer sk-proj-abcdefghijkl");
    JsonNode body = json(got.body());
    assertThat(body.path("max_completion_tokens").asInt()).isEqualTo(200);
    assertThat(body.has("max_tokens")).isFalse();
    assertThat(body.path("messages").get(0).toString()).isEqualTo("{\"role\":\"system\",\"content\":\"sys\"}");
    assertThat(body.path("messages").get(2).path("role").asText()).isEqualTo("assistant");
    assertThat(body.path("response_format").toString())
        .isEqualTo("{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"answer\",\"strict\":true,\"schema\":{\"type\":\"object\"}}}");
    assertThat(r.usage()).isEqualTo(new Usage(500, 150, 1500));
    assertThat(r.text()).isEqualTo("ok");
  }

  @Test
  void openAiCompatibleServerGetsMaxTokensAndNoKeyWhenNoneIsGiven() throws Exception {
    // Ollama's OpenAI-compatible answer: no cached-token details at all.
    server.then(Reply.json(200, """
        {"id":"chatcmpl-123","object":"chat.completion","created":1733000000,"model":"qwen2.5-coder:7b",
         "system_fingerprint":"fp_ollama","choices":[{"index":0,"message":{"role":"assistant","content":"hi"},
         "finish_reason":"length"}],"usage":{"prompt_tokens":12,"completion_tokens":1000,"total_tokens":1012}}"""));
    ChatResponse r = client(Provider.OPENAI_COMPATIBLE, "/v1/", Optional.empty()).complete(request("qwen2.5-coder:7b"));

    ScriptedServer.Received got = server.received().get(0);
    assertThat(got.path()).isEqualTo("/v1/chat/completions");
    assertThat(got.header("authorization")).isNull();
    assertThat(json(got.body()).path("max_tokens").asInt()).isEqualTo(1000);
    assertThat(r.usage()).isEqualTo(new Usage(12, 1000, 0));
    assertThat(r.truncated()).isTrue();
  }

  @Test
  void tgiNativeGenerateReadsTokenCountsFromHeadersAndGreedyMeansNoSampling() throws Exception {
    server.then(Reply.json(200, """
        {"generated_text":"public int x;","details":{"finish_reason":"eos_token","generated_tokens":5,"seed":null,"prefill":[],"tokens":[]}}""")
        .withHeaders(Map.of("x-prompt-tokens", "42", "x-generated-tokens", "5", "x-compute-type", "1-nvidia-a10g")));
    ChatRequest req = new ChatRequest("bigcode/starcoder2-15b", "sys", List.of(Message.user("u")), 0, 64,
        Optional.empty(), Duration.ofSeconds(5));

    ChatResponse r = client(Provider.TGI, "", Optional.empty()).complete(req);

    ScriptedServer.Received got = server.received().get(0);
    assertThat(got.path()).isEqualTo("/generate");
    JsonNode body = json(got.body());
    assertThat(body.path("inputs").asText()).isEqualTo("System:\nsys\n\nUser:\nu\n\nAssistant:\n");
    assertThat(body.path("parameters").path("max_new_tokens").asInt()).isEqualTo(64);
    assertThat(body.path("parameters").path("do_sample").asBoolean()).isFalse();
    assertThat(body.path("parameters").has("temperature")).isFalse();
    assertThat(r.usage()).isEqualTo(new Usage(42, 5, 0));
    assertThat(r.text()).isEqualTo("public int x;");
  }

  @Test
  void rateLimitHonoursRetryAfterThenSucceeds() throws Exception {
    server.then(Reply.json(429, Wire.anthropicError("rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit"))
            .withHeaders(Map.of("retry-after", "7", "anthropic-ratelimit-requests-remaining", "0")))
        .then(Reply.json(200, Wire.anthropic("second", 10, 2, 0)));

    ChatResponse r = client(Provider.ANTHROPIC, "", Optional.empty()).complete(request("m"));

    assertThat(r.text()).isEqualTo("second");
    assertThat(r.attempts()).isEqualTo(2);
    assertThat(slept).containsExactly(Duration.ofSeconds(7));
    assertThat(server.received()).hasSize(2);
  }

  @Test
  void openAiRetryAfterMillisecondsWinsOverSeconds() throws Exception {
    server.then(Reply.json(429, Wire.openAiError("requests", "rate_limit_exceeded", "Rate limit reached for gpt-4.1"))
            .withHeaders(Map.of("retry-after-ms", "1500", "retry-after", "2", "x-ratelimit-remaining-requests", "0")))
        .then(Reply.json(200, Wire.openAi("ok", 1, 1, 0)));

    client(Provider.OPENAI, "/v1", Optional.empty()).complete(request("gpt-4.1"));

    assertThat(slept).containsExactly(Duration.ofMillis(1500));
  }

  @Test
  void withoutRetryAfterTheResetOfTheExhaustedLimitIsWaited() throws Exception {
    server.then(Reply.json(429, Wire.openAiError("tokens", "rate_limit_exceeded", "Rate limit reached for gpt-4.1 on tokens per min"))
            .withHeaders(Map.of("x-ratelimit-remaining-requests", "499", "x-ratelimit-reset-requests", "120ms",
                "x-ratelimit-remaining-tokens", "0", "x-ratelimit-reset-tokens", "1m6.5s")))
        .then(Reply.json(200, Wire.openAi("ok", 1, 1, 0)));

    new HttpModelClient(Provider.OPENAI, server.base("/v1"), Optional.empty(),
        new RetryPolicy(2, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMinutes(2)), slept::add, 1 << 16)
        .complete(request("gpt-4.1"));

    assertThat(slept).containsExactly(Duration.ofMillis(66_500));
    assertThat(HttpErrors.goDuration("6m0s")).contains(Duration.ofMinutes(6));
    assertThat(HttpErrors.goDuration("20ms")).contains(Duration.ofMillis(20));
    assertThat(HttpErrors.goDuration("soon")).isEmpty();
  }

  @Test
  void anthropicResetTimeIsUsedWhenTheLimitIsExhausted() throws Exception {
    String reset = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(5).toString();
    server.then(Reply.json(429, Wire.anthropicError("rate_limit_error", "rate limited"))
            .withHeaders(Map.of("anthropic-ratelimit-requests-remaining", "0", "anthropic-ratelimit-requests-reset", reset)))
        .then(Reply.json(200, Wire.anthropic("ok", 1, 1, 0)));

    client(Provider.ANTHROPIC, "", Optional.empty()).complete(request("m"));

    assertThat(slept).singleElement().satisfies(d -> assertThat(d).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(5)));
  }

  @Test
  void overloadedBacksOffExponentiallyWithJitterUntilAttemptsRunOut() {
    for (int i = 0; i < 3; i++) {
      server.then(Reply.json(529, Wire.anthropicError("overloaded_error", "Overloaded")));
    }
    assertThatThrownBy(() -> client(Provider.ANTHROPIC, "", Optional.empty()).complete(request("m")))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.kind()).isEqualTo(ModelException.Kind.OVERLOADED);
          assertThat(e.getMessage()).contains("overloaded_error").contains("after 3 attempts");
        });
    assertThat(server.received()).hasSize(3);
    assertThat(slept).hasSize(2);
    assertThat(slept.get(0)).isLessThanOrEqualTo(Duration.ofMillis(100));
    assertThat(slept.get(1)).isLessThanOrEqualTo(Duration.ofMillis(200));
  }

  @Test
  void authenticationErrorIsNotRetriedAndTheEchoedKeyIsRedacted() {
    String key = "sk-proj-0123456789abcdefXYZ";
    server.then(Reply.json(401, Wire.openAiError("invalid_request_error", "invalid_api_key",
        "Incorrect API key provided: " + key.substring(0, 12) + "*****XYZ. You can find your API key at https://platform.openai.com/account/api-keys.")));

    assertThatThrownBy(() -> client(Provider.OPENAI, "/v1", Optional.of(ApiKey.of(key))).complete(request("gpt-4.1")))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.kind()).isEqualTo(ModelException.Kind.AUTHENTICATION);
          assertThat(e.getMessage()).doesNotContain(key.substring(0, 12)).contains("[key]");
        });
    assertThat(server.received()).hasSize(1);
    assertThat(slept).isEmpty();
  }

  @Test
  void spendLimitAndOversizedPromptsAreNotRetried() {
    server.then(Reply.json(429, Wire.openAiError("insufficient_quota", "insufficient_quota",
        "You exceeded your current quota, please check your plan and billing details.")));
    assertThatThrownBy(() -> client(Provider.OPENAI, "/v1", Optional.empty()).complete(request("gpt-4.1")))
        .isInstanceOfSatisfying(ModelException.class,
            e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.SPEND_LIMIT));
    server.then(Reply.json(400, Wire.anthropicError("invalid_request_error",
        "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.")));
    assertThatThrownBy(() -> client(Provider.ANTHROPIC, "", Optional.empty()).complete(request("m")))
        .isInstanceOfSatisfying(ModelException.class,
            e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.SPEND_LIMIT));
    server.then(Reply.json(400, Wire.openAiError("invalid_request_error", "context_length_exceeded",
        "This model's maximum context length is 128000 tokens. However, your messages resulted in 130000 tokens.")));
    assertThatThrownBy(() -> client(Provider.OPENAI, "/v1", Optional.empty()).complete(request("gpt-4.1")))
        .isInstanceOfSatisfying(ModelException.class,
            e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.REQUEST_TOO_LARGE));
    server.then(Reply.json(413, Wire.anthropicError("request_too_large", "Request exceeds the maximum allowed number of bytes.")));
    assertThatThrownBy(() -> client(Provider.ANTHROPIC, "", Optional.empty()).complete(request("m")))
        .isInstanceOfSatisfying(ModelException.class,
            e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.REQUEST_TOO_LARGE));
    server.then(Reply.json(403, Wire.anthropicError("permission_error", "Your API key does not have permission to use the specified resource.")));
    assertThatThrownBy(() -> client(Provider.ANTHROPIC, "", Optional.empty()).complete(request("m")))
        .isInstanceOfSatisfying(ModelException.class,
            e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.PERMISSION));
    assertThat(server.received()).hasSize(5);
    assertThat(slept).isEmpty();
  }

  @Test
  void htmlErrorPageFromAGatewayIsNamedAndRetried() {
    byte[] page = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 3; i++) {
      server.then(new Reply(502, Map.of("content-type", "text/html"), page, Delivery.NORMAL, 0));
    }
    assertThatThrownBy(() -> client(Provider.OPENAI_COMPATIBLE, "/v1", Optional.empty()).complete(request("m")))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.kind()).isEqualTo(ModelException.Kind.SERVER_ERROR);
          assertThat(e.getMessage()).contains("HTTP 502 with an HTML page").contains("\"502 Bad Gateway\"")
              .doesNotContain("<center>");
        });
    assertThat(server.received()).hasSize(3);
  }

  @Test
  void htmlWithStatus200IsAnInvalidResponseNotRetried() {
    server.then(new Reply(200, Map.of("content-type", "text/html"),
        "<!DOCTYPE html><html><title>Sign in</title></html>".getBytes(StandardCharsets.UTF_8), Delivery.NORMAL, 0));
    assertThatThrownBy(() -> client(Provider.ANTHROPIC, "", Optional.empty()).complete(request("m")))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.kind()).isEqualTo(ModelException.Kind.INVALID_RESPONSE);
          assertThat(e.getMessage()).contains("not a JSON object").contains("<!DOCTYPE html>");
        });
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void slowBodyHitsThePerCallTimeoutAndTheRetrySucceeds() throws Exception {
    server.then(Reply.json(200, Wire.anthropic("late", 1, 1, 0)).delivered(Delivery.SLOW_BODY, 3000))
        .then(Reply.json(200, Wire.anthropic("on time", 1, 1, 0)));
    ChatRequest req = new ChatRequest("m", "", List.of(Message.user("x")), 0, 10, Optional.empty(), Duration.ofMillis(600));

    long start = System.nanoTime();
    ChatResponse r = client(Provider.ANTHROPIC, "", Optional.empty()).complete(req);

    assertThat(r.text()).isEqualTo("on time");
    assertThat(r.attempts()).isEqualTo(2);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
  }

  @Test
  void truncatedBodyIsAConnectionFailureAndIsRetried() throws Exception {
    server.then(Reply.json(200, Wire.openAi("cut", 1, 1, 0)).delivered(Delivery.TRUNCATED, 0))
        .then(Reply.json(200, Wire.openAi("whole", 1, 1, 0)));

    ChatResponse r = client(Provider.OPENAI, "/v1", Optional.empty()).complete(request("gpt-4.1"));

    assertThat(r.text()).isEqualTo("whole");
    assertThat(r.attempts()).isEqualTo(2);
  }

  @Test
  void connectionResetMidResponseIsAConnectionFailure() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread t = new Thread(() -> {
        for (int i = 0; i < 3; i++) {
          try (Socket s = socket.accept()) {
            s.getInputStream().read(new byte[8192]);
            s.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"id\":\"msg_".getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            s.setSoLinger(true, 0); // RST instead of FIN
          } catch (IOException e) {
            return;
          }
        }
      });
      t.start();
      HttpModelClient c = new HttpModelClient(Provider.ANTHROPIC,
          URI.create("http://127.0.0.1:" + socket.getLocalPort()), Optional.empty(), RETRY, slept::add, 1 << 16);
      assertThatThrownBy(() -> c.complete(request("m")))
          .isInstanceOfSatisfying(ModelException.class, e -> {
            assertThat(e.kind()).isEqualTo(ModelException.Kind.CONNECTION);
            assertThat(e.getMessage()).contains("cut off mid-response").contains("after 3 attempts");
          });
      t.join(5000);
    }
  }

  @Test
  void hugeAnswerIsRefusedAtTheCap() {
    server.then(Reply.json(200, Wire.anthropic("x".repeat(100_000), 1, 1, 0)));
    assertThatThrownBy(() -> client(Provider.ANTHROPIC, "", Optional.empty()).complete(request("m")))
        .isInstanceOfSatisfying(ModelException.class,
            e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.RESPONSE_TOO_LARGE));
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void retryAfterLongerThanTheMaximumWaitFailsAtOnce() {
    server.then(Reply.json(429, Wire.anthropicError("rate_limit_error", "slow down"))
        .withHeaders(Map.of("retry-after", "3600")));
    assertThatThrownBy(() -> client(Provider.ANTHROPIC, "", Optional.empty()).complete(request("m")))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.kind()).isEqualTo(ModelException.Kind.RATE_LIMIT);
          assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        });
    assertThat(slept).isEmpty();
  }

  @Test
  void tgiErrorTypesAreMapped() {
    server.then(Reply.json(429, "{\"error\":\"Model is overloaded\",\"error_type\":\"overloaded\"}"))
        .then(Reply.json(422, "{\"error\":\"Input validation error: `inputs` tokens + `max_new_tokens` must be <= 4096. Given: 4000 `inputs` tokens and 1000 `max_new_tokens`\",\"error_type\":\"validation\"}"));
    HttpModelClient c = new HttpModelClient(Provider.TGI, server.base(""), Optional.empty(),
        new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO), slept::add, 1 << 16);
    assertThatThrownBy(() -> c.complete(request("m")))
        .isInstanceOfSatisfying(ModelException.class,
            e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.OVERLOADED));
    assertThatThrownBy(() -> c.complete(request("m")))
        .isInstanceOfSatisfying(ModelException.class,
            e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.REQUEST_TOO_LARGE));
  }

  @Test
  void refusedConnectionIsRetriedAsAConnectionFailure() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    HttpModelClient c = new HttpModelClient(Provider.OPENAI_COMPATIBLE,
        URI.create("http://127.0.0.1:" + port + "/v1"), Optional.empty(), RETRY, slept::add, 1 << 16);
    assertThatThrownBy(() -> c.complete(request("m")))
        .isInstanceOfSatisfying(ModelException.class,
            e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.CONNECTION));
    assertThat(slept).hasSize(2);
  }
}
