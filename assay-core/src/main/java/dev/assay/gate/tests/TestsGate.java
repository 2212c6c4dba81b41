package dev.assay.gate.tests;

import dev.assay.api.CriterionResult;
import dev.assay.api.Finding;
import dev.assay.api.Gate;
import dev.assay.api.GateContext;
import dev.assay.api.GateResult;
import dev.assay.api.RuleDescriptor;
import dev.assay.api.Settings;
import dev.assay.api.Severity;
import dev.assay.api.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code tests} gate: the project's JUnit XML results all pass, and the change deletes, skips or
 * empties no test without saying so.
 */
public final class TestsGate implements Gate<TestsConfig> {
  static final String ID = "tests";
  static final String FAILED = "tests/failed";
  static final String COMMAND = "tests/command";
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");
  private static final Set<String> KEYS =
      Set.of("reports", "command", "command-timeout", "require-reports", "test-paths");

  public TestsGate() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Tests pass, and none is deleted, skipped or emptied without a reason";
  }

  @Override
  public List<RuleDescriptor> rules() {
    return List.of(
        new RuleDescriptor(FAILED, "FailedTest", "A test in the JUnit XML results failed or "
            + "raised an error.", Severity.ERROR),
        new RuleDescriptor(COMMAND, "TestCommandFailed", "The configured test command exited "
            + "with a non-zero code or timed out.", Severity.ERROR),
        new RuleDescriptor(TestChangeAnalyzer.DELETED, "DeletedTest", "A test that existed at "
            + "the base is gone at the head.", Severity.WARNING),
        new RuleDescriptor(TestChangeAnalyzer.SKIPPED, "NewlySkippedTest", "A test that ran at "
            + "the base is skipped at the head.", Severity.WARNING),
        new RuleDescriptor(TestChangeAnalyzer.EMPTIED, "EmptiedTest", "A test whose body had "
            + "statements at the base is empty at the head.", Severity.WARNING));
  }

  @Override
  public TestsConfig configure(Settings settings) {
    settings.requireKnownKeys(KEYS);
    TestsConfig d = TestsConfig.defaults();
    String command = settings.string("command", "").strip();
    Duration timeout = settings.string("command-timeout").map(v -> duration(settings, v))
        .orElse(TestsConfig.DEFAULT_TIMEOUT);
    return new TestsConfig(
        settings.paths("reports", d.reports()),
        command,
        timeout,
        settings.bool("require-reports", true),
        settings.paths("test-paths", d.testPaths()));
  }

  static Duration duration(Settings settings, String value) {
    Matcher m = DURATION.matcher(value.strip());
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw settings.error("command-timeout", "`" + value + "` is not a positive duration",
          "write a number with a unit: ms, s, m or h, e.g. 30m");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
  }

  /** A configured command builds and tests the project, writing the reports other gates read. */
  @Override
  public boolean producesEvidence(TestsConfig config) {
    return config.hasCommand() || config.isAutoCommand();
  }

  @Override
  public GateResult evaluate(GateContext<TestsConfig> context) throws Exception {
    TestsConfig cfg = context.config();
    List<CriterionResult> criteria = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (!context.buildModules().isEmpty() && (cfg.isAutoCommand() || cfg.hasCommand())) {
      // Inside a build (the Maven plugin) the build itself has just run the tests; running it
      // again from within would recurse.
      notes.add("`command` not run: Assay runs inside the build that produced the test reports.");
    } else if (cfg.isAutoCommand()) {
      Path scratch = Files.createTempDirectory("assay-build-");
      try {
        Optional<AutoCommand.Resolved> auto = AutoCommand.detect(context.root(), scratch);
        if (auto.isEmpty()) {
          return GateResult.error(ID, "`command: auto` found no Maven (pom.xml) or Gradle"
              + " (build.gradle, settings.gradle) build at the repository root; write the"
              + " command that runs the tests instead");
        }
        notes.add(auto.get().note());
        cfg = cfg.withCommand(auto.get().command(), cfg.commandTimeout());
        evaluateCommand(cfg, context, criteria, findings);
      } finally {
        deleteTree(scratch);
      }
    } else if (cfg.hasCommand()) {
      evaluateCommand(cfg, context, criteria, findings);
    }
    ReportSummary reports = ReportSummary.read(context, cfg.reports());
    notes.addAll(reports.notes());
    findings.addAll(reports.findings(context));
    criteria.add(reports.criterion(cfg));
    List<Finding> changes =
        new TestChangeAnalyzer(cfg.testPaths()).analyze(context.change(), context.base(), context.head());
    findings.addAll(changes);
    List<String> rules =
        List.of(TestChangeAnalyzer.DELETED, TestChangeAnalyzer.SKIPPED, TestChangeAnalyzer.EMPTIED);
    int[] counts = new int[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      String rule = rules.get(i);
      counts[i] = (int) changes.stream().filter(f -> f.rule().equals(rule)).count();
      criteria.add(CriterionResult.noFindings(rule, changeTitle(rule), counts[i], true));
    }
    String summary = reports.summaryLine() + "; " + counts[0] + " deleted, " + counts[1]
        + " newly skipped, " + counts[2] + " emptied";
    return GateResult.of(ID, summary, criteria, findings, notes, reports.metrics());
  }

  private static void evaluateCommand(TestsConfig cfg, GateContext<TestsConfig> context,
      List<CriterionResult> criteria, List<Finding> findings) throws Exception {
    CommandOutcome run = new CommandRunner().run(cfg.command(), context.root(), cfg.commandTimeout());
    criteria.add(commandCriterion(cfg, run));
    if (!run.succeeded()) {
      findings.add(commandFinding(cfg, run));
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a scratch file left in the temp directory is harmless
    }
  }

  private static String changeTitle(String rule) {
    return switch (rule) {
      case TestChangeAnalyzer.DELETED -> "No test is deleted without a reason";
      case TestChangeAnalyzer.SKIPPED -> "No test is newly skipped without a reason";
      default -> "No test is emptied without a reason";
    };
  }

  private static CriterionResult commandCriterion(TestsConfig cfg, CommandOutcome run) {
    String actual;
    if (!run.startError().isEmpty()) {
      actual = run.startError();
    } else if (run.timedOut()) {
      actual = "timed out after " + cfg.commandTimeout().toString().substring(2).toLowerCase(java.util.Locale.ROOT)
          + " (process tree killed)";
    } else {
      actual = "exit code " + run.exitCode();
    }
    return CriterionResult.threshold(COMMAND, "The test command `" + cfg.command() + "` succeeds",
        run.succeeded(), actual, "exit code 0", true);
  }

  private static Finding commandFinding(TestsConfig cfg, CommandOutcome run) {
    List<String> tail = run.tail();
    List<String> last = tail.subList(Math.max(0, tail.size() - 40), tail.size());
    String how = run.timedOut() ? "timed out" : run.startError().isEmpty()
        ? "exited with code " + run.exitCode() : "could not start";
    String msg = "test command `" + cfg.command() + "` " + how + "; fix the build or the tests, "
        + "or raise gates.tests.command-timeout" + (last.isEmpty() ? "" : "; last output:\n"
        + String.join("\n", last));
    Map<String, String> props = new LinkedHashMap<>();
    props.put("exitCode", Integer.toString(run.exitCode()));
    props.put("output", String.join("\n", tail));
    return new Finding(ID, COMMAND, "", 0, 0, Severity.ERROR, msg, props);
  }
}
