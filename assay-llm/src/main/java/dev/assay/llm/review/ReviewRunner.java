package dev.assay.llm.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.api.CriteriaException;
import dev.assay.api.Finding;
import dev.assay.check.Check;
import dev.assay.diff.ChangeException;
import dev.assay.engine.ReportedFinding;
import dev.assay.llm.client.ChatRequest;
import dev.assay.llm.client.Message;
import dev.assay.llm.client.ModelException;
import dev.assay.llm.cost.MeteredModel;
import dev.assay.llm.record.CallRecorder;
import dev.assay.llm.record.RunRecord;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs a review: the same change and gates as {@code assay check}, the diff compressed to the
 * budget, one structured-output call (and one repair call if the answer is not the JSON asked
 * for), then the comments filtered: below the confidence floor, not on a shown line, a repeat of a
 * gate's finding, or malformed, each counted as dropped.
 */
public final class ReviewRunner {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final MeteredModel model;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public ReviewRunner(MeteredModel model, Clock clock) {
    this.model = model;
    this.clock = clock;
  }

  public ReviewReport run(ReviewRequest req) throws ReviewException {
    Check.Outcome outcome;
    try {
      outcome = Check.run(req.change());
    } catch (ChangeException | CriteriaException e) {
      throw new ReviewException(e.getMessage(), true, e);
    }
    String base = outcome.result().change().base().commit();
    var headRev = outcome.result().change().head();
    List<FileDiff> files;
    try {
      files = DiffReader.read(outcome.workTree(), base, headRev.isWorkingTree() ? null : headRev.commit());
    } catch (IOException e) {
      throw new ReviewException("cannot read the change: " + e.getMessage(), false, e);
    }
    // The same files as the check: for a working tree that leaves out ignored files (build output),
    // and it drops the report folder, whatever the raw tree comparison lists.
    Set<String> inChange = new java.util.HashSet<>();
    outcome.result().change().files().forEach(f -> inChange.add(f.path()));
    files = files.stream().filter(f -> inChange.contains(f.path())).toList();
    List<Finding> gateFindings = outcome.result().findings().stream().filter(ReportedFinding::isOpen)
        .map(ReportedFinding::finding).toList();
    Map<String, Set<Integer>> secretLines = new java.util.HashMap<>();
    for (Finding f : gateFindings) {
      if (f.gate().equals("secrets") && f.hasLine()) {
        for (int l = f.line(); l <= Math.max(f.line(), f.endLine()); l++) {
          secretLines.computeIfAbsent(f.path(), k -> new java.util.HashSet<>()).add(l);
        }
      }
    }
    DiffCompressor.Compressed diff = DiffCompressor.compress(files, req.diffBudgetChars(), secretLines);
    String nonce = HexFormat.of().formatHex(bytes());
    List<Message> conversation = new ArrayList<>(List.of(Message.user(ReviewPrompt.user(nonce, diff, gateFindings))));
    Map<String, Integer> dropped = new TreeMap<>(Map.of("low-confidence", 0, "not-on-a-shown-line", 0,
        "repeats-a-gate-finding", 0, "malformed", 0));
    List<ReviewComment> kept = new ArrayList<>();
    if (!diff.reviewed().isEmpty()) {
      JsonNode answer = ask(req, conversation);
      for (JsonNode c : answer.path("comments")) {
        Optional<ReviewComment> rc = comment(c);
        if (rc.isEmpty()) {
          dropped.merge("malformed", 1, Integer::sum);
        } else if (rc.get().confidence() < req.minConfidence()) {
          dropped.merge("low-confidence", 1, Integer::sum);
        } else if (!diff.anchorable().getOrDefault(rc.get().path(), Set.of()).contains(rc.get().line())) {
          dropped.merge("not-on-a-shown-line", 1, Integer::sum);
        } else if (repeats(rc.get(), gateFindings)) {
          dropped.merge("repeats-a-gate-finding", 1, Integer::sum);
        } else {
          kept.add(rc.get());
        }
      }
    }
    kept.sort(Comparator.comparing(ReviewComment::path).thenComparingInt(ReviewComment::line)
        .thenComparingInt(ReviewComment::rank).thenComparing(ReviewComment::category).thenComparing(ReviewComment::message));
    List<ReviewComment> blockingOnes = req.failOn().map(sev -> kept.stream()
        .filter(c -> c.rank() <= ReviewComment.SEVERITIES.indexOf(sev)).toList()).orElse(List.of());
    try {
      model.recorder().run(new RunRecord(clock.instant(), model.runId(), "review", req.model(),
          blockingOnes.isEmpty() ? "pass" : "fail", model.calls(), model.spent()));
    } catch (CallRecorder.RecordException e) {
      // The review stands; the ledger line is what is lost, and the CLI warns about the calls.
    }
    return new ReviewReport(base, headRev.isWorkingTree() ? "working tree" : headRev.commit(), req.model(),
        kept, dropped, diff.reviewed(), diff.notReviewed(), diff.deletedOnly(), gateFindings, model.spent(),
        req.failOn().isPresent() && !blockingOnes.isEmpty());
  }

  private byte[] bytes() {
    byte[] b = new byte[12];
    random.nextBytes(b);
    return b;
  }

  /** One call, and one repair call when the answer is not the JSON object asked for. */
  private JsonNode ask(ReviewRequest req, List<Message> conversation) throws ReviewException {
    String problem = null;
    for (int i = 0; i < 2; i++) {
      ChatRequest ask = new ChatRequest(req.model(), ReviewPrompt.SYSTEM, conversation, 0, req.maxTokens(),
          Optional.of(new ChatRequest.OutputSchema("review_comments", ReviewPrompt.schema())), req.timeout());
      String text;
      try {
        text = model.call(ask).response().text();
      } catch (MeteredModel.BudgetExceeded e) {
        throw new ReviewException("stopped by budget: " + e.getMessage(), false, e);
      } catch (ModelException e) {
        throw new ReviewException("the model call failed (" + e.kind().name().toLowerCase(Locale.ROOT) + "): " + e.getMessage(), false, e);
      }
      Optional<JsonNode> parsed = parse(text);
      if (parsed.isPresent()) {
        return parsed.get();
      }
      problem = "the answer is not a JSON object with a \"comments\" array";
      conversation.add(Message.assistant(text));
      conversation.add(Message.user("Your answer was not valid: " + problem
          + ". Answer again with only that JSON object, as the schema describes."));
    }
    throw new ReviewException("the model's answer was not the structured JSON asked for, twice: " + problem, false, null);
  }

  static Optional<JsonNode> parse(String text) {
    String t = text.strip();
    if (t.startsWith("```")) {
      int nl = t.indexOf('\n');
      int end = t.lastIndexOf("```");
      t = nl > 0 && end > nl ? t.substring(nl + 1, end) : t;
    }
    try {
      JsonNode n = JSON.readTree(t);
      return n != null && n.isObject() && n.path("comments").isArray() ? Optional.of(n) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<ReviewComment> comment(JsonNode c) {
    if (!c.path("path").isTextual() || !c.path("line").canConvertToInt() || !c.path("message").isTextual()
        || !c.path("confidence").isNumber()) {
      return Optional.empty();
    }
    String severity = c.path("severity").asText().toLowerCase(Locale.ROOT);
    String category = c.path("category").asText().toLowerCase(Locale.ROOT);
    double confidence = c.path("confidence").asDouble();
    int line = c.path("line").asInt();
    int end = c.path("endLine").canConvertToInt() ? Math.max(line, c.path("endLine").asInt()) : line;
    if (!ReviewComment.SEVERITIES.contains(severity) || !ReviewComment.CATEGORIES.contains(category)
        || confidence < 0 || confidence > 1 || line < 1 || c.path("message").asText().isBlank()) {
      return Optional.empty();
    }
    String message = c.path("message").asText().strip();
    if (message.length() > 2000) {
      message = message.substring(0, 2000) + "...";
    }
    return Optional.of(new ReviewComment(c.path("path").asText(), line, end, severity, category, confidence, message));
  }

  private static boolean repeats(ReviewComment c, List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.path().equals(c.path()) && f.hasLine()
        && c.line() <= Math.max(f.line(), f.endLine()) && c.endLine() >= f.line());
  }
}
