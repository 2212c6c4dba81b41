package dev.assay.gate.integrity;

import dev.assay.api.CriterionResult;
import dev.assay.api.Finding;
import dev.assay.api.Gate;
import dev.assay.api.GateContext;
import dev.assay.api.GateResult;
import dev.assay.api.RuleDescriptor;
import dev.assay.api.Settings;
import dev.assay.api.Severity;
import dev.assay.gate.tests.TestSources;
import dev.assay.glob.Glob;
import dev.assay.policy.GateDefault;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The {@code integrity} gate: flags the moves that turn a red build green without fixing anything
 * (loosened criteria, new suppressions and coverage exclusions, skipped or deleted tests, removed
 * or missing assertions), each of which needs a human's approval. Its own findings cannot be
 * silenced by an {@code assay:ignore} comment.
 */
public final class IntegrityGate implements Gate<IntegrityConfig> {
  static final String ID = "integrity";
  static final String CRITERIA_LOOSENED = "integrity/criteria-loosened";
  static final String SUPPRESSION_ADDED = "integrity/suppression-added";
  static final String COVERAGE_EXCLUSION = "integrity/coverage-exclusion-added";
  static final String TEST_SKIPPED = "integrity/test-skipped";
  static final String TEST_DELETED = "integrity/test-deleted";
  static final String ASSERTION_REMOVED = "integrity/assertion-removed";
  static final String WITHOUT_ASSERTION = "integrity/test-without-assertion";
  private static final Set<String> KEYS = Set.of("criteria-file", "ignore-paths", "test-paths");

  private final Supplier<List<GateDefault>> knownGates;

  /**
   * A gate that learns the gate ids of the criteria file from the file itself, each assumed off
   * by default; for use outside the built-in registry.
   */
  public IntegrityGate() {
    this(List::of);
  }

  /**
   * A gate that reads the criteria file with the registry's gates and defaults.
   *
   * @param knownGates every gate the engine knows, asked at evaluation time (so the registry can
   *     include this gate)
   */
  public IntegrityGate(Supplier<List<GateDefault>> knownGates) {
    this.knownGates = Objects.requireNonNull(knownGates, "knownGates");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "The change does not loosen the criteria, silence checks or weaken tests unseen";
  }

  @Override
  public boolean suppressibleInline() {
    return false;
  }

  @Override
  public List<RuleDescriptor> rules() {
    return List.of(
        rule(CRITERIA_LOOSENED, "CriteriaLoosened", "The change loosens the criteria file: a gate"
            + " off or advisory, a lower threshold, a new exclusion or override."),
        rule(SUPPRESSION_ADDED, "SuppressionAdded", "An added line carries a suppression marker"
            + " (assay:ignore, @SuppressWarnings, NOSONAR, # noqa, eslint-disable, ...)."),
        rule(COVERAGE_EXCLUSION, "CoverageExclusionAdded", "An added line excludes code from"
            + " coverage, in source or in a build or tool configuration."),
        rule(TEST_SKIPPED, "TestSkipped", "A test that ran at the base is skipped at the head."),
        rule(TEST_DELETED, "TestDeleted", "A test that existed at the base is gone at the head."),
        rule(ASSERTION_REMOVED, "AssertionRemoved", "A test has fewer assertions at the head than"
            + " at the base."),
        rule(WITHOUT_ASSERTION, "TestWithoutAssertion", "A test added by the change contains no"
            + " assertion."));
  }

  private static RuleDescriptor rule(String id, String name, String summary) {
    return new RuleDescriptor(id, name, summary, Severity.WARNING);
  }

  @Override
  public IntegrityConfig configure(Settings settings) {
    settings.requireKnownKeys(KEYS);
    IntegrityConfig d = IntegrityConfig.defaults();
    String file = settings.paths("criteria-file", List.of(d.criteriaFile())).stream()
        .findFirst().orElse(d.criteriaFile());
    if (file.isBlank() || file.contains("*")) {
      throw settings.error("criteria-file", "`" + file + "` is not a file path",
          "name the criteria file, e.g. `.assay.yml`");
    }
    return new IntegrityConfig(
        file,
        settings.paths("ignore-paths", d.ignorePaths()),
        settings.paths("test-paths", d.testPaths()));
  }

  @Override
  public GateResult evaluate(GateContext<IntegrityConfig> context) {
    IntegrityConfig config = context.config();
    List<Finding> findings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    CriteriaComparison.Outcome criteria = compareCriteria(context, config);
    findings.addAll(criteria.findings());
    notes.addAll(criteria.notes());
    List<Glob> ignored = Glob.compileAll(config.ignorePaths());
    AddedLineScan scan = new AddedLineScan();
    // Files are read and scanned side by side (the scan keeps no state); findings in change order.
    findings.addAll(context.change().files().parallelStream()
        .filter(fc -> fc.existsAtHead() && !fc.addedLines().isEmpty()
            && !Glob.anyMatch(ignored, fc.path()))
        .flatMap(fc -> context.head().read(fc.path()).map(t -> scan.scan(fc, t))
            .orElse(List.of()).stream())
        .toList());
    for (Finding f : TestSources.changes(context.change(), context.base(), context.head(),
        config.testPaths())) {
      findings.add(fromTestsGate(f));
    }
    findings.addAll(new TestAssertions(config.testPaths(), p -> Glob.anyMatch(ignored, p))
        .analyze(context.change(), context.base(), context.head()));
    return GateResult.of(ID, summary(findings), criteria(findings), findings, notes,
        Map.of("findings", Integer.toString(findings.size())));
  }

  private CriteriaComparison.Outcome compareCriteria(
      GateContext<IntegrityConfig> context, IntegrityConfig config) {
    String file = config.criteriaFile();
    if (file.equals(IntegrityConfig.DEFAULT_CRITERIA_FILE)
        && context.head().read(file).isEmpty() && context.base().read(file).isEmpty()) {
      file = ".assay.yaml";
    }
    var base = context.base().read(file);
    var head = context.head().read(file);
    List<GateDefault> gates = knownGates.get();
    if (gates.isEmpty()) {
      gates = GateIds.named(base.orElse(""), head.orElse(""));
    }
    return CriteriaComparison.compare(file, base, head, gates);
  }

  /** The tests gate's finding as this gate's: same place, a message that asks for approval. */
  private static Finding fromTestsGate(Finding f) {
    String rule = f.rule().equals(TestSources.SKIPPED) ? TEST_SKIPPED : TEST_DELETED;
    int cut = f.message().indexOf("; ");
    String what = cut < 0 ? f.message() : f.message().substring(0, cut);
    String msg = what + "; a test that does not run cannot fail, so this needs a human's approval";
    return new Finding(ID, rule, f.path(), f.line(), f.endLine(), Severity.WARNING, msg,
        f.properties());
  }

  private static final Map<String, String> TITLES = Map.of(
      CRITERIA_LOOSENED, "The criteria file is not loosened",
      SUPPRESSION_ADDED, "No suppression marker is added",
      COVERAGE_EXCLUSION, "No coverage exclusion is added",
      TEST_SKIPPED, "No test is newly skipped",
      TEST_DELETED, "No test is deleted",
      ASSERTION_REMOVED, "No test loses assertions",
      WITHOUT_ASSERTION, "Every new test asserts something");

  private List<CriterionResult> criteria(List<Finding> findings) {
    List<CriterionResult> out = new ArrayList<>();
    for (RuleDescriptor r : rules()) {
      int n = (int) findings.stream().filter(f -> f.rule().equals(r.id())).count();
      out.add(CriterionResult.noFindings(r.id(), TITLES.get(r.id()), n, true));
    }
    return out;
  }

  private static String summary(List<Finding> findings) {
    return findings.isEmpty()
        ? "no loosened criteria, suppressions, exclusions or weakened tests"
        : findings.size() + (findings.size() == 1 ? " move needs" : " moves need")
            + " a human's approval";
  }
}
