package dev.assay.llm.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.llm.ScriptedServer;
import dev.assay.llm.ScriptedServer.Reply;
import dev.assay.llm.client.ChatRequest;
import dev.assay.llm.client.HttpModelClient;
import dev.assay.llm.client.Message;
import dev.assay.llm.client.ModelException;
import dev.assay.llm.client.Provider;
import dev.assay.llm.client.RetryPolicy;
import dev.assay.llm.client.Wire;
import dev.assay.llm.record.JsonlCallRecorder;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeteredModelTest {
  @TempDir Path tmp;

  private static ChatRequest ask(String text) {
    return new ChatRequest("gpt-4.1", "sys", List.of(Message.user(text)), 0, 100, Optional.empty(), Duration.ofSeconds(5));
  }

  @Test
  void recordsTextsOnlyWhenOptedInAndFailedCallsWithTheirKind() throws Exception {
    try (ScriptedServer server = new ScriptedServer()) {
      server.then(Reply.json(200, Wire.openAi("answer one", 1000, 100, 0)))
          .then(Reply.json(401, Wire.openAiError("invalid_request_error", "invalid_api_key", "Incorrect API key provided")));
      HttpModelClient client = new HttpModelClient(Provider.OPENAI, server.base("/v1"), Optional.empty(),
          new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO), d -> {}, 1 << 16);
      JsonlCallRecorder rec = new JsonlCallRecorder(tmp.resolve("ledger.jsonl"));
      MeteredModel m = new MeteredModel(client, new CostMeter(PriceTable.builtInTable(), Budget.NONE, BigDecimal.ZERO),
          rec, "run-9", "review", true, Clock.systemUTC(), w -> {});

      MeteredModel.Answer a = m.call(ask("question one"));
      assertThatThrownBy(() -> m.call(ask("question two"))).isInstanceOf(ModelException.class);

      assertThat(a.cost()).isEqualByComparingTo("0.0028");
      var calls = JsonlCallRecorder.read(rec.file()).calls();
      assertThat(calls).extracting(c -> c.outcome()).containsExactly("ok", "authentication");
      assertThat(calls.get(0).prompt()).contains("system: sys\n\nuser: question one");
      assertThat(calls.get(0).response()).contains("answer one");
      assertThat(calls.get(1).costUsd()).isEqualByComparingTo("0");
      assertThat(calls.get(0).promptHash()).isEqualTo(MeteredModel.hash(ask("question one").withModel("gpt-4.1")))
          .isNotEqualTo(calls.get(1).promptHash());
      assertThat(m.spent()).isEqualByComparingTo("0.0028");
      assertThat(m.calls()).isEqualTo(2);
    }
  }

  @Test
  void unpricedModelCannotRunUnderABudget() {
    CostMeter meter = new CostMeter(PriceTable.builtInTable(),
        new Budget(Optional.of(BigDecimal.ONE), Optional.empty(), Optional.empty()), BigDecimal.ZERO);
    assertThat(meter.decide(ask("x").withModel("my-local-model")))
        .isEqualTo(new CostMeter.Decision.Stop("no price is known for my-local-model, so a budget cannot be kept; add it to a --prices file"));
    assertThat(new CostMeter(PriceTable.builtInTable(), Budget.NONE, BigDecimal.ZERO).decide(ask("x").withModel("my-local-model")))
        .isEqualTo(new CostMeter.Decision.Go("my-local-model"));
  }
}
