package dev.assay.gate.maintainability;

import dev.assay.api.CriterionResult;
import dev.assay.api.Finding;
import dev.assay.api.Gate;
import dev.assay.api.GateContext;
import dev.assay.api.GateResult;
import dev.assay.api.RuleDescriptor;
import dev.assay.api.Settings;
import dev.assay.api.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code maintainability} gate: every changed function within the length, complexity, nesting
 * and parameter limits, and no duplicated block introduced by the change. Stateless and
 * thread-safe. See docs/gates/maintainability.md.
 */
public final class MaintainabilityGate implements Gate<MaintainabilityConfig> {
  static final String ID = "maintainability";
  static final Set<String> KEYS =
      Set.of(
          "max-function-lines",
          "max-complexity",
          "max-nesting",
          "max-parameters",
          "min-duplicate-tokens",
          "exclude");

  public MaintainabilityGate() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Changed functions stay small and simple, and the change copies no code";
  }

  @Override
  public List<RuleDescriptor> rules() {
    return List.of(
        rule(FunctionRules.LENGTH, "LongFunction", "A changed function longer than allowed."),
        rule(FunctionRules.COMPLEXITY, "ComplexFunction",
            "A changed function whose cyclomatic complexity is above the maximum."),
        rule(FunctionRules.NESTING, "DeeplyNestedFunction",
            "A changed function with control-flow blocks nested deeper than allowed."),
        rule(FunctionRules.PARAMETERS, "TooManyParameters",
            "A changed function with more parameters than allowed."),
        rule(FunctionRules.DUPLICATION, "DuplicatedBlock",
            "Added code that repeats a block found elsewhere, names and literals aside."));
  }

  private static RuleDescriptor rule(String id, String name, String summary) {
    return new RuleDescriptor(id, name, summary, Severity.WARNING);
  }

  /** Thresholds and excludes are read per file through {@link GateContext#configFor}. */
  @Override
  public Set<String> pathKeys() {
    return Set.of("max-function-lines", "max-complexity", "max-nesting", "max-parameters",
        "exclude");
  }

  @Override
  public MaintainabilityConfig configure(Settings s) {
    s.requireKnownKeys(KEYS);
    MaintainabilityConfig d = MaintainabilityConfig.defaults();
    return new MaintainabilityConfig(
        positive(s, "max-function-lines", d.maxFunctionLines(), 1),
        positive(s, "max-complexity", d.maxComplexity(), 1),
        positive(s, "max-nesting", d.maxNesting(), 0),
        positive(s, "max-parameters", d.maxParameters(), 0),
        positive(s, "min-duplicate-tokens", d.minDuplicateTokens(), 10),
        s.paths("exclude", d.exclude()));
  }

  private static int positive(Settings s, String key, int dflt, int min) {
    int v = s.integer(key, dflt);
    if (v < min) {
      throw s.error(key, "is " + v + " but must be at least " + min, "use a value >= " + min);
    }
    return v;
  }

  @Override
  public GateResult evaluate(GateContext<MaintainabilityConfig> ctx) {
    List<String> notes = new ArrayList<>();
    List<SourceFile> files = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    int measured = 0;
    for (SourceFile.Analysis a : SourceFile.analyseChanged(ctx)) {
      a.file().ifPresent(files::add);
      findings.addAll(a.findings());
      notes.addAll(a.notes());
      measured += a.measured();
    }
    if (files.isEmpty()) {
      return GateResult.skipped(ID, "no changed source file in a language the gate reads");
    }
    DuplicateCheck dup = new DuplicateCheck(ctx, files);
    findings.addAll(dup.run(notes));
    return result(files.size(), measured, findings, notes, dup.indexedFiles());
  }

  private static GateResult result(
      int files, int measured, List<Finding> findings, List<String> notes, int indexed) {
    List<CriterionResult> criteria = new ArrayList<>();
    for (String rule : FunctionRules.ALL) {
      long n = findings.stream().filter(f -> f.rule().equals(rule)).count();
      criteria.add(CriterionResult.noFindings(rule, criterionTitle(rule), (int) n, true));
    }
    Map<String, String> metrics = new TreeMap<>();
    metrics.put("files", Integer.toString(files));
    metrics.put("changed-functions", Integer.toString(measured));
    metrics.put("duplicate-scope-files", Integer.toString(indexed));
    String summary =
        measured + " changed function(s) in " + files + " file(s), " + findings.size()
            + " finding(s)";
    return GateResult.of(ID, summary, criteria, findings, notes, metrics);
  }

  private static String criterionTitle(String rule) {
    return switch (rule) {
      case FunctionRules.LENGTH -> "Changed functions are no longer than the maximum";
      case FunctionRules.COMPLEXITY -> "Changed functions are no more complex than the maximum";
      case FunctionRules.NESTING -> "Changed functions nest no deeper than the maximum";
      case FunctionRules.PARAMETERS -> "Changed functions take no more parameters than the maximum";
      default -> "The change introduces no duplicated block";
    };
  }
}
