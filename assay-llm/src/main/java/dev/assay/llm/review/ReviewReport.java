package dev.assay.llm.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.api.Finding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a review: the comments kept, what was dropped and why, what was not reviewed,
 * the gates' own findings, and whether it blocks. Serialised the same way whatever the model
 * answered: the model fills comments, never the verdict or the shape.
 */
public record ReviewReport(
    String base, String head, String model, List<ReviewComment> comments, Map<String, Integer> dropped,
    List<String> reviewed, List<String> notReviewed, List<String> deletedOnly, List<Finding> gateFindings,
    BigDecimal costUsd, boolean blocking) {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public ReviewReport {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(head, "head");
    comments = List.copyOf(comments);
    dropped = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(dropped));
    reviewed = List.copyOf(reviewed);
    notReviewed = List.copyOf(notReviewed);
    deletedOnly = List.copyOf(deletedOnly);
    gateFindings = List.copyOf(gateFindings);
  }

  /** JSON, keys in a fixed order. */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", "assay-review-1");
    root.put("base", base);
    root.put("head", head);
    root.put("model", model);
    root.put("mode", blocking ? "blocking" : "advisory");
    root.put("blocks", blocking && !comments.isEmpty());
    ArrayNode cs = root.putArray("comments");
    for (ReviewComment c : comments) {
      cs.addObject().put("path", c.path()).put("line", c.line()).put("endLine", c.endLine())
          .put("severity", c.severity()).put("category", c.category())
          .put("confidence", c.confidence()).put("message", c.message());
    }
    ObjectNode d = root.putObject("dropped");
    dropped.forEach(d::put);
    root.set("reviewed", JSON.valueToTree(reviewed));
    root.set("notReviewed", JSON.valueToTree(notReviewed));
    root.set("deletedOnly", JSON.valueToTree(deletedOnly));
    ArrayNode gf = root.putArray("gateFindings");
    for (Finding f : gateFindings) {
      gf.addObject().put("gate", f.gate()).put("rule", f.rule()).put("path", f.path())
          .put("line", f.line()).put("message", f.message());
    }
    root.put("costUsd", costUsd.toPlainString());
    return root.toPrettyString() + "\n";
  }

  /** Markdown for a pull-request comment. */
  public String toMarkdown() {
    StringBuilder s = new StringBuilder("## AI review (" + (blocking ? "blocking" : "advisory") + ")\n\n");
    s.append("Model `").append(model).append("`, cost $").append(costUsd.toPlainString()).append(". ");
    s.append(comments.size()).append(comments.size() == 1 ? " comment" : " comments");
    int droppedCount = dropped.values().stream().mapToInt(Integer::intValue).sum();
    if (droppedCount > 0) {
      s.append(" (").append(droppedCount).append(" dropped: ");
      s.append(String.join(", ", dropped.entrySet().stream().filter(e -> e.getValue() > 0)
          .map(e -> e.getValue() + " " + e.getKey()).toList())).append(")");
    }
    s.append(".\n\n");
    if (!comments.isEmpty()) {
      s.append("| Where | Severity | Category | Confidence | Comment |\n|---|---|---|---|---|\n");
      for (ReviewComment c : comments) {
        s.append("| `").append(c.path()).append(':').append(c.line())
            .append(c.endLine() > c.line() ? "-" + c.endLine() : "").append("` | ").append(c.severity())
            .append(" | ").append(c.category()).append(" | ").append(String.format(java.util.Locale.ROOT, "%.2f", c.confidence()))
            .append(" | ").append(c.message().replace("|", "\\|").replace("\n", " ")).append(" |\n");
      }
      s.append('\n');
    }
    if (!notReviewed.isEmpty()) {
      s.append("Not reviewed (did not fit the model's window): ").append(String.join(", ", notReviewed)).append(".\n\n");
    }
    if (!gateFindings.isEmpty()) {
      s.append("The gates reported ").append(gateFindings.size())
          .append(" finding(s) of their own (see the `assay check` report); the review does not repeat them.\n");
    }
    return s.toString();
  }
}
