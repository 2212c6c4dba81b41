package dev.assay.llm.cost;

import dev.assay.llm.client.ChatRequest;
import dev.assay.llm.client.ChatResponse;
import dev.assay.llm.client.Message;
import dev.assay.llm.client.ModelClient;
import dev.assay.llm.client.ModelException;
import dev.assay.llm.client.Usage;
import dev.assay.llm.record.CallRecord;
import dev.assay.llm.record.CallRecorder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A model client inside one run: every call passes the budget first, is priced after, and is
 * recorded (success or failure) with its prompt hash, tokens, cost, latency and outcome. Prompt
 * and answer texts are recorded only when {@code recordTexts} is set. Not thread-safe.
 */
public final class MeteredModel {
  /** A call the budget did not allow; nothing was sent. */
  public static final class BudgetExceeded extends Exception {
    private static final long serialVersionUID = 1L;

    public BudgetExceeded(String message) {
      super(message);
    }
  }

  /** A priced answer. */
  public record Answer(ChatResponse response, String model, BigDecimal cost) {}

  private final ModelClient client;
  private final CostMeter meter;
  private final CallRecorder recorder;
  private final String runId;
  private final String command;
  private final boolean recordTexts;
  private final Clock clock;
  private final Consumer<String> warnings;
  private Usage usage = Usage.NONE;
  private int calls;
  private final java.util.List<Long> latencies = new java.util.ArrayList<>();

  public MeteredModel(
      ModelClient client, CostMeter meter, CallRecorder recorder, String runId, String command,
      boolean recordTexts, Clock clock, Consumer<String> warnings) {
    this.client = Objects.requireNonNull(client, "client");
    this.meter = Objects.requireNonNull(meter, "meter");
    this.recorder = Objects.requireNonNull(recorder, "recorder");
    this.runId = Objects.requireNonNull(runId, "runId");
    this.command = Objects.requireNonNull(command, "command");
    this.recordTexts = recordTexts;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.warnings = Objects.requireNonNull(warnings, "warnings");
  }

  /**
   * Sends the request if the budget allows, with the fallback model if it must.
   *
   * @throws BudgetExceeded when no allowed model fits the budget
   * @throws ModelException when the call fails (it is recorded first)
   */
  public Answer call(ChatRequest request) throws BudgetExceeded, ModelException {
    CostMeter.Decision d = meter.decide(request);
    if (d instanceof CostMeter.Decision.Stop stop) {
      throw new BudgetExceeded(stop.reason());
    }
    String model = ((CostMeter.Decision.Go) d).model();
    if (!model.equals(request.model())) {
      warnings.accept("budget: switching from " + request.model() + " to the fallback " + model);
    }
    ChatRequest sent = request.withModel(model);
    String hash = hash(sent);
    long start = System.nanoTime();
    calls++;
    try {
      ChatResponse r = client.complete(sent);
      BigDecimal cost = meter.cost(model, r.usage());
      meter.add(cost);
      usage = usage.plus(r.usage());
      latencies.add(r.latency().toMillis());
      record(sent, hash, r.usage(), cost, r.latency(), r.attempts(), "ok", Optional.of(r.text()));
      return new Answer(r, model, cost);
    } catch (ModelException e) {
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      record(sent, hash, Usage.NONE, BigDecimal.ZERO, took, 0,
          e.kind().name().toLowerCase(Locale.ROOT), Optional.empty());
      throw e;
    }
  }

  private void record(
      ChatRequest r, String hash, Usage u, BigDecimal cost, Duration latency, int attempts,
      String outcome, Optional<String> answer) {
    try {
      recorder.call(new CallRecord(clock.instant(), runId, command, client.provider(), r.model(),
          hash, u, cost, latency.toMillis(), attempts, outcome,
          recordTexts ? Optional.of(text(r)) : Optional.empty(),
          recordTexts ? answer : Optional.empty()));
    } catch (CallRecorder.RecordException e) {
      warnings.accept("the call was made but not recorded: " + e.getMessage());
    }
  }

  /** What this run spent. */
  public BigDecimal spent() {
    return meter.spent();
  }

  /** Tokens used by this run's successful calls. */
  public Usage usage() {
    return usage;
  }

  /** Calls attempted in this run. */
  public int calls() {
    return calls;
  }

  /** Latencies of the successful calls, in milliseconds, in call order. */
  public java.util.List<Long> latencies() {
    return java.util.List.copyOf(latencies);
  }

  public String runId() {
    return runId;
  }

  public CallRecorder recorder() {
    return recorder;
  }

  public String provider() {
    return client.provider();
  }

  private static String text(ChatRequest r) {
    StringBuilder s = new StringBuilder("system: ").append(r.system());
    for (Message m : r.messages()) {
      s.append("\n\n").append(m.role().name().toLowerCase(Locale.ROOT)).append(": ").append(m.content());
    }
    return s.toString();
  }

  /** {@code sha256:} of the system prompt, messages and schema: equal prompts, equal hashes. */
  public static String hash(ChatRequest r) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(text(r).getBytes(StandardCharsets.UTF_8));
      r.schema().ifPresent(s -> md.update(s.schema().toString().getBytes(StandardCharsets.UTF_8)));
      return "sha256:" + HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
