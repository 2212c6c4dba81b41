package dev.assay.llm.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.llm.client.Usage;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Appends records as JSON lines to one file (by default {@code .git/assay/llm-calls.jsonl}, never
 * committed). The same file is the spend ledger the budgets and {@code assay cost} read. One line
 * per record, written with one append, so concurrent runs interleave whole lines.
 */
public final class JsonlCallRecorder implements CallRecorder {
  /** The file name under {@code <git dir>/assay/}. */
  public static final String FILE_NAME = "llm-calls.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path file;

  public JsonlCallRecorder(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  /** The default ledger of a repository whose git directory is {@code gitDir}. */
  public static Path defaultFile(Path gitDir) {
    return gitDir.resolve("assay").resolve(FILE_NAME);
  }

  public Path file() {
    return file;
  }

  @Override
  public void call(CallRecord r) throws RecordException {
    ObjectNode n = callFacts("call", r);
    r.prompt().ifPresent(p -> n.put("prompt", p));
    r.response().ifPresent(p -> n.put("response", p));
    append(n);
  }

  @Override
  public void run(RunRecord r) throws RecordException {
    append(runFacts("run", r));
  }

  /** A call as JSON with {@code type}: its facts only, never the prompt or the answer. */
  static ObjectNode callFacts(String type, CallRecord r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", type);
    n.put("time", r.time().toString());
    n.put("run", r.runId());
    n.put("command", r.command());
    n.put("provider", r.provider());
    n.put("model", r.model());
    n.put("promptHash", r.promptHash());
    ObjectNode u = n.putObject("usage");
    u.put("input", r.usage().inputTokens());
    u.put("output", r.usage().outputTokens());
    u.put("cachedInput", r.usage().cachedInputTokens());
    n.put("costUsd", r.costUsd().toPlainString());
    n.put("latencyMs", r.latencyMillis());
    n.put("attempts", r.attempts());
    n.put("outcome", r.outcome());
    return n;
  }

  /** A finished run as JSON with {@code type}. */
  static ObjectNode runFacts(String type, RunRecord r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", type);
    n.put("time", r.time().toString());
    n.put("run", r.runId());
    n.put("command", r.command());
    n.put("model", r.model());
    n.put("outcome", r.outcome());
    n.put("attempts", r.attempts());
    n.put("costUsd", r.costUsd().toPlainString());
    return n;
  }

  private synchronized void append(ObjectNode n) throws RecordException {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(
          file,
          (JSON.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new RecordException("cannot append to " + file + ": " + e.getMessage(), e);
    }
  }

  /** What a ledger file holds; lines that are not records are counted, not fatal. */
  public record Contents(List<CallRecord> calls, List<RunRecord> runs, List<String> badLines) {}

  /** Reads a ledger; an absent file is an empty ledger. */
  public static Contents read(Path file) throws IOException {
    List<CallRecord> calls = new ArrayList<>();
    List<RunRecord> runs = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    if (!Files.exists(file)) {
      return new Contents(calls, runs, bad);
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int no = 0;
      while ((line = in.readLine()) != null) {
        no++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode n = JSON.readTree(line);
          if (n.path("type").asText().equals("call")) {
            calls.add(call(n));
          } else if (n.path("type").asText().equals("run")) {
            runs.add(run(n));
          } else {
            bad.add(file + ":" + no + ": not a call or run record");
          }
        } catch (IOException | RuntimeException e) {
          bad.add(file + ":" + no + ": not a JSON record (" + e.getClass().getSimpleName() + ")");
        }
      }
    }
    return new Contents(calls, runs, bad);
  }

  private static CallRecord call(JsonNode n) {
    JsonNode u = n.path("usage");
    return new CallRecord(
        Instant.parse(n.path("time").asText()),
        n.path("run").asText(),
        n.path("command").asText(),
        n.path("provider").asText(),
        n.path("model").asText(),
        n.path("promptHash").asText(),
        new Usage(u.path("input").asLong(), u.path("output").asLong(), u.path("cachedInput").asLong()),
        new BigDecimal(n.path("costUsd").asText("0")),
        n.path("latencyMs").asLong(),
        n.path("attempts").asInt(),
        n.path("outcome").asText(),
        Optional.ofNullable(n.get("prompt")).map(JsonNode::asText),
        Optional.ofNullable(n.get("response")).map(JsonNode::asText));
  }

  private static RunRecord run(JsonNode n) {
    return new RunRecord(
        Instant.parse(n.path("time").asText()),
        n.path("run").asText(),
        n.path("command").asText(),
        n.path("model").asText(),
        n.path("outcome").asText(),
        n.path("attempts").asInt(),
        new BigDecimal(n.path("costUsd").asText("0")));
  }
}
