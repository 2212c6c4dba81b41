package dev.assay.gate.review;

import dev.assay.api.Approval;
import dev.assay.api.ChangedLines;
import dev.assay.api.CriterionResult;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.Gate;
import dev.assay.api.GateContext;
import dev.assay.api.GateResult;
import dev.assay.api.Provenance;
import dev.assay.api.RuleDescriptor;
import dev.assay.api.Settings;
import dev.assay.api.Severity;
import dev.assay.glob.Glob;
import dev.assay.provenance.Identity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code review} gate: AI-authored lines in critical paths, or more AI-authored lines than
 * allowed, need a named human approval by someone other than the change's authors, recorded as a
 * {@code Reviewed-by:}/{@code Approved-by:} trailer or in the approvals file. Stateless and
 * thread-safe. See docs/gates/review.md.
 */
public final class ReviewGate implements Gate<ReviewConfig> {
  static final String ID = "review";
  static final String CRITICAL = "review/critical-path-approval";
  static final String SIZE = "review/large-ai-change-approval";
  private static final Set<String> KEYS = Set.of("critical-paths", "max-ai-lines", "approvals-file", "required-approvals");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "AI-authored changes to critical paths or above a size have a human approval";
  }

  @Override
  public List<RuleDescriptor> rules() {
    return List.of(
        new RuleDescriptor(CRITICAL, "UnapprovedAiCriticalPath",
            "AI-authored lines in a critical path with no human approval by someone other than the author.",
            Severity.ERROR),
        new RuleDescriptor(SIZE, "UnapprovedLargeAiChange",
            "More AI-authored changed lines than allowed without a human approval.", Severity.ERROR));
  }

  @Override
  public ReviewConfig configure(Settings s) {
    s.requireKnownKeys(KEYS);
    int max = s.integer("max-ai-lines", 0);
    if (max < 0) {
      throw s.error("max-ai-lines", "is " + max + " but cannot be negative", "use 0 for no limit, or a number of lines");
    }
    int required = s.integer("required-approvals", 1);
    if (required < 1) {
      throw s.error("required-approvals", "is " + required + " but must be at least 1", "use 1 or more");
    }
    List<String> paths = s.paths("critical-paths", List.of());
    Glob.compileAll(paths);
    List<String> file = s.paths("approvals-file", List.of(ReviewConfig.APPROVALS_FILE));
    if (file.size() != 1) {
      throw s.error("approvals-file", "expected one file, got " + file.size(), "name one JSON file, e.g. `" + ReviewConfig.APPROVALS_FILE + "`");
    }
    return new ReviewConfig(paths, max, file.get(0), required);
  }

  @Override
  public GateResult evaluate(GateContext<ReviewConfig> ctx) throws IOException {
    ReviewConfig cfg = ctx.config();
    if (cfg.criticalPaths().isEmpty() && cfg.maxAiLines() == 0) {
      return GateResult.skipped(ID, "no `critical-paths` and no `max-ai-lines`: nothing needs an approval");
    }
    Provenance p = ctx.provenance();
    List<String> notes = new ArrayList<>();
    List<String> approvers = approvers(ctx, p, notes);
    boolean approved = approvers.size() >= cfg.required();
    List<Glob> critical = Glob.compileAll(cfg.criticalPaths());
    List<Finding> findings = new ArrayList<>();
    int aiLines = 0;
    for (FileChange f : ctx.change().files()) {
      ChangedLines ai = p.aiLines(f.path(), f.addedLines());
      aiLines += ai.count();
      if (!ai.isEmpty() && Glob.anyMatch(critical, f.path()) && !approved) {
        int first = ai.ranges().get(0).start();
        findings.add(Finding.at(ID, CRITICAL, f.path(), first, first, Severity.ERROR,
            ai.count() + " AI-authored line(s) (" + ai + ") in a critical path and "
                + approvedText(approvers, cfg) + ". Have someone other than the author review it and"
                + " record it as a `Reviewed-by:` trailer or in " + cfg.approvalsFile() + "."));
      }
    }
    if (cfg.maxAiLines() > 0 && aiLines > cfg.maxAiLines() && !approved) {
      findings.add(Finding.general(ID, SIZE, Severity.ERROR,
          aiLines + " AI-authored changed lines, more than the " + cfg.maxAiLines()
              + " allowed without approval, and " + approvedText(approvers, cfg)
              + ". Split the change or record a human approval."));
    }
    List<CriterionResult> criteria = new ArrayList<>();
    if (!cfg.criticalPaths().isEmpty()) {
      criteria.add(CriterionResult.noFindings(CRITICAL, "AI-authored lines in critical paths have a human approval",
          (int) findings.stream().filter(f -> f.rule().equals(CRITICAL)).count(), true));
    }
    if (cfg.maxAiLines() > 0) {
      criteria.add(CriterionResult.noFindings(SIZE, "AI-authored changes over " + cfg.maxAiLines() + " lines have a human approval",
          (int) findings.stream().filter(f -> f.rule().equals(SIZE)).count(), true));
    }
    Map<String, String> metrics = new TreeMap<>();
    metrics.put("ai-lines", Integer.toString(aiLines));
    metrics.put("approvers", Integer.toString(approvers.size()));
    String summary = aiLines + " AI-authored changed line(s), " + approvers.size() + " independent approver(s)";
    return GateResult.of(ID, summary, criteria, findings, notes, metrics);
  }

  private static String approvedText(List<String> approvers, ReviewConfig cfg) {
    return approvers.isEmpty()
        ? "no approval by someone other than the author"
        : "only " + approvers.size() + " of " + cfg.required() + " required approvals";
  }

  /** Distinct approvers who are not among the authors of the change's commits. */
  private static List<String> approvers(GateContext<ReviewConfig> ctx, Provenance p, List<String> notes) throws IOException {
    List<Approval> all = new ArrayList<>(p.approvals());
    int[] stale = {0};
    String file = ctx.config().approvalsFile();
    all.addAll(ApprovalsFile.read(ctx.root().resolve(file), file, ctx.change().head().isWorkingTree() ? "" : ctx.change().head().commit(), stale));
    if (stale[0] > 0) {
      notes.add(stale[0] + " approval(s) in " + file + " are for an older commit and do not count.");
    }
    List<Identity> authors = p.authors().stream().map(Identity::parse).toList();
    Map<String, Approval> distinct = new LinkedHashMap<>();
    int self = 0;
    for (Approval a : all) {
      if (authors.stream().anyMatch(who -> a.isBy(who.name(), who.email()))) {
        self++;
        continue;
      }
      distinct.putIfAbsent(a.email().isEmpty() ? a.name().toLowerCase(java.util.Locale.ROOT) : a.email(), a);
    }
    if (self > 0) {
      notes.add(self + " approval(s) are by an author of the change and do not count.");
    }
    return distinct.values().stream().map(a -> a.name() + (a.email().isEmpty() ? "" : " <" + a.email() + ">") + " (" + a.source() + ")").toList();
  }
}
