package dev.assay.llm.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.api.CriterionResult;
import dev.assay.api.Finding;
import dev.assay.api.Status;
import dev.assay.engine.GateReport;
import dev.assay.engine.ReportedFinding;
import dev.assay.engine.RunResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The failing criteria of a check, as the next task for the model: one sentence per failure
 * ("coverage changed-lines: 41% of the changed lines run under tests, at least 80% required") and
 * the same as JSON with every open finding's file, lines, rule and message.
 */
final class FailureTask {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_FINDINGS_PER_GATE = 25;

  private FailureTask() {}

  /** The ids ({@code gate/criterion}, as the engine names them) of the blocking criteria that failed, sorted. */
  static List<String> failing(RunResult r) {
    List<String> ids = new ArrayList<>();
    for (GateReport g : r.gates()) {
      for (CriterionResult c : g.criteria()) {
        if (c.status() == Status.FAIL) {
          ids.add(c.id());
        }
      }
      if (g.status() == Status.ERROR) {
        ids.add(g.id() + "/error");
      }
    }
    return ids.stream().sorted().toList();
  }

  static String render(RunResult r) {
    StringBuilder s = new StringBuilder();
    s.append("Your edits were applied and committed, the build ran, and `assay check` did not accept the change (verdict ")
        .append(r.verdict()).append("). Fix these failures with further edits to the files as they are now:\n\n");
    ObjectNode root = JSON.createObjectNode();
    root.put("verdict", r.verdict().name());
    ArrayNode failing = root.putArray("failing");
    for (GateReport g : r.gates()) {
      if (g.status() != Status.FAIL && g.status() != Status.ERROR) {
        continue;
      }
      for (CriterionResult c : g.criteria()) {
        if (c.status() != Status.FAIL) {
          continue;
        }
        s.append("- ").append(c.id()).append(": ").append(c.title())
            .append(" - measured ").append(c.actual()).append(", required ").append(c.expected()).append('\n');
        ObjectNode n = failing.addObject();
        n.put("gate", g.id());
        n.put("criterion", c.id());
        n.put("title", c.title());
        n.put("actual", c.actual());
        n.put("expected", c.expected());
      }
      if (g.status() == Status.ERROR) {
        s.append("- ").append(g.id()).append(" could not run: ").append(g.summary()).append('\n');
        failing.addObject().put("gate", g.id()).put("criterion", "error").put("title", g.summary());
      }
      ArrayNode findings = JSON.createArrayNode();
      int n = 0;
      for (ReportedFinding rf : g.openFindings()) {
        if (n++ == MAX_FINDINGS_PER_GATE) {
          break;
        }
        Finding f = rf.finding();
        ObjectNode o = findings.addObject();
        o.put("gate", f.gate());
        o.put("rule", f.rule());
        o.put("path", f.path());
        o.put("line", f.line());
        o.put("endLine", f.endLine());
        o.put("message", f.message());
        s.append("  - ").append(f.path().isEmpty() ? "" : f.path() + (f.hasLine() ? ":" + f.line() + (f.endLine() > f.line() ? "-" + f.endLine() : "") : "") + " ")
            .append(f.message()).append(" [").append(f.rule()).append("]\n");
      }
      if (!findings.isEmpty()) {
        root.withArray("findings").addAll(findings);
      }
      g.notes().forEach(note -> s.append("  note: ").append(note).append('\n'));
    }
    s.append("\nThe same, as data:\n\n```json\n").append(root.toPrettyString()).append("\n```\n");
    return s.toString();
  }

  static String buildFailed(String log) {
    return "Your edits were applied but the build failed, so the criteria could not be checked. "
        + "Fix the cause shown in the end of its output:\n\n```\n" + log.strip() + "\n```\n";
  }

  static String didNotApply(List<String> problems) {
    return "Your answer was not applied; nothing was changed. Fix these and send the edits again:\n\n- "
        + String.join("\n- ", problems) + "\n";
  }
}
