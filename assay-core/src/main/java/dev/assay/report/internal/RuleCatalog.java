package dev.assay.report.internal;

import dev.assay.api.Finding;
import dev.assay.api.RuleDescriptor;
import dev.assay.engine.GateReport;
import dev.assay.engine.ReportedFinding;
import dev.assay.engine.RunResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every rule of a run, sorted by id: the rules the gates declare, plus a minimal descriptor for each
 * rule that has findings but no declaration, so that every finding can point at a rule entry and a
 * documentation page. Immutable and thread-safe.
 */
public final class RuleCatalog {
  private final String docsUrl;
  private final List<CatalogRule> rules;
  private final Map<String, Integer> indexById;

  private RuleCatalog(String docsUrl, List<CatalogRule> rules) {
    this.docsUrl = docsUrl;
    this.rules = List.copyOf(rules);
    Map<String, Integer> index = new TreeMap<>();
    for (int i = 0; i < this.rules.size(); i++) {
      index.put(this.rules.get(i).id(), i);
    }
    this.indexById = index;
  }

  /** The catalog of a run; the first declaration of a rule id wins when gates repeat one. */
  public static RuleCatalog of(RunResult run) {
    TreeMap<String, CatalogRule> byId = new TreeMap<>();
    for (GateReport gate : run.gates()) {
      for (RuleDescriptor rule : gate.rules()) {
        byId.putIfAbsent(rule.id(), new CatalogRule(rule, gate.id(), false));
      }
    }
    for (ReportedFinding reported : run.findings()) {
      Finding f = reported.finding();
      byId.computeIfAbsent(
          f.rule(),
          id -> new CatalogRule(
              new RuleDescriptor(id, nameOf(id), "Findings of rule " + id + ".", f.severity()),
              f.gate(),
              true));
    }
    return new RuleCatalog(run.docsUrl(), List.copyOf(byId.values()));
  }

  /** All rules, sorted by id. */
  public List<CatalogRule> rules() {
    return rules;
  }

  /** Position of the rule in {@link #rules()}, or -1 when the run never mentions it. */
  public int indexOf(String ruleId) {
    return indexById.getOrDefault(ruleId, -1);
  }

  /** The documentation page of any rule id, declared or not. */
  public String docsUrl(String ruleId) {
    // same shape as RuleDescriptor.docsPath(), encoded because third-party rule ids are not vetted
    return docsUrl + RelativeUri.of("rules/" + ruleId + ".md");
  }

  /** The documentation page of a gate. */
  public String gateDocsUrl(String gateId) {
    return docsUrl + RelativeUri.of("gates/" + gateId + ".md");
  }

  /** A PascalCase name from the last segment of a rule id: {@code tests/failed-test} -> FailedTest. */
  static String nameOf(String ruleId) {
    String last = ruleId.substring(ruleId.lastIndexOf('/') + 1);
    StringBuilder sb = new StringBuilder();
    for (String part : last.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    return sb.isEmpty() ? "Rule" : sb.toString();
  }
}
