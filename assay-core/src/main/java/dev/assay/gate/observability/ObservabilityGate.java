package dev.assay.gate.observability;

import dev.assay.api.CriterionResult;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.Gate;
import dev.assay.api.GateContext;
import dev.assay.api.GateResult;
import dev.assay.api.RuleDescriptor;
import dev.assay.api.Settings;
import dev.assay.api.Severity;
import dev.assay.gate.observability.ObservabilityRule.Level;
import dev.assay.glob.Glob;
import dev.assay.lang.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code observability} gate: on the lines the change adds, no empty or swallowing error
 * handler, no printed stack trace or console print in production code, and (advisory) no new HTTP
 * handler without logging or metrics. Stateless and thread-safe. See docs/gates/observability.md.
 */
public final class ObservabilityGate implements Gate<ObservabilityConfig> {
  static final String ID = ObservabilityRule.GATE;
  private static final List<String> LEVELS = List.of("error", "advisory", "off");
  /** Below this many candidate files, one thread is faster than starting the common pool. */
  private static final int PARALLEL_FROM = 64;

  public ObservabilityGate() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Errors are logged or passed on, and production code does not print";
  }

  @Override
  public List<RuleDescriptor> rules() {
    return Arrays.stream(ObservabilityRule.values()).map(ObservabilityRule::descriptor).toList();
  }

  static Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    for (ObservabilityRule r : ObservabilityRule.values()) {
      keys.add(r.key());
    }
    keys.addAll(List.of("loggers", "test-paths", "check-tests", "exempt-paths", "exclude"));
    return keys;
  }

  /** Every key is read per file, so every key may be overridden per path. */
  @Override
  public Set<String> pathKeys() {
    return keys();
  }

  @Override
  public ObservabilityConfig configure(Settings s) {
    s.requireKnownKeys(keys());
    ObservabilityConfig d = ObservabilityConfig.defaults();
    Map<ObservabilityRule, Level> levels = new EnumMap<>(ObservabilityRule.class);
    for (ObservabilityRule r : ObservabilityRule.values()) {
      levels.put(r, Level.of(s.choice(r.key(), r.defaultLevel().word(), LEVELS)));
    }
    List<String> loggers = s.strings("loggers", List.of());
    for (int i = 0; i < loggers.size(); i++) {
      String name = loggers.get(i).strip();
      if (name.isEmpty() || !name.chars().allMatch(ch -> Character.isJavaIdentifierPart(ch))) {
        throw s.error("loggers", "`" + loggers.get(i) + "` (entry " + (i + 1) + ") is not a name",
            "list the names of logger objects or functions as they appear in code, e.g."
                + " [\"audit\", \"tracer\"]; `$` and `_` are allowed");
      }
    }
    return new ObservabilityConfig(
        levels,
        loggers.stream().map(String::strip).toList(),
        s.paths("test-paths", d.testPaths()),
        s.bool("check-tests", d.checkTests()),
        s.paths("exempt-paths", d.exempt()),
        exclude(s));
  }

  private static List<String> exclude(Settings s) {
    List<String> out = new ArrayList<>(ObservabilityConfig.DEFAULT_EXCLUDE);
    out.addAll(s.paths("exclude", List.of()));
    return out;
  }

  @Override
  public GateResult evaluate(GateContext<ObservabilityConfig> ctx) {
    Map<ObservabilityConfig, Prepared> prepared = new ConcurrentHashMap<>();
    List<FileChange> files = new ArrayList<>();
    for (FileChange f : ctx.change().files()) {
      if (f.existsAtHead() && !f.addedLines().isEmpty() && Language.ofPath(f.path()).isPresent()) {
        files.add(f);
      }
    }
    var stream = files.size() >= PARALLEL_FROM ? files.parallelStream() : files.stream();
    List<FileScan.Outcome> outcomes =
        stream.map(f -> scan(ctx, f, prepared.computeIfAbsent(ctx.configFor(f.path()),
            Prepared::new))).toList();
    List<Finding> findings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int tokenized = 0;
    for (FileScan.Outcome o : outcomes) {
      findings.addAll(o.findings());
      o.note().ifPresent(notes::add);
      tokenized += o.tokenized() ? 1 : 0;
    }
    return result(files.size(), tokenized, findings, notes, ctx.config());
  }

  private static FileScan.Outcome scan(
      GateContext<ObservabilityConfig> ctx, FileChange f, Prepared p) {
    String path = f.path();
    if (!p.anyRuleOn || !p.exclude.isEmpty() && Glob.anyMatch(p.exclude, path)) {
      return new FileScan.Outcome(List.of(), Optional.empty(), false);
    }
    Optional<String> text = ctx.head().read(path);
    if (text.isEmpty()) {
      return new FileScan.Outcome(List.of(),
          Optional.of("Not analysed: " + path + " (not readable at head)."), false);
    }
    return FileScan.scan(path, Language.ofPath(path).orElseThrow(), text.get(), f.addedLines(),
        p::scope);
  }

  private static GateResult result(int files, int tokenized, List<Finding> findings,
      List<String> notes, ObservabilityConfig config) {
    List<CriterionResult> criteria = new ArrayList<>();
    for (ObservabilityRule rule : ObservabilityRule.values()) {
      List<Finding> mine = findings.stream().filter(f -> f.rule().equals(rule.id())).toList();
      if (config.level(rule) == Level.OFF && mine.isEmpty()) {
        continue;
      }
      // Per-path overrides can make the same rule advisory for some files: the criterion blocks
      // when one of its findings is an error (or, with none, when the rule is an error rule).
      boolean blocking = mine.isEmpty()
          ? config.level(rule) == Level.ERROR
          : mine.stream().anyMatch(f -> f.severity() == Severity.ERROR);
      criteria.add(CriterionResult.noFindings(rule.id(), "No " + rule.kind() + " in the change",
          mine.size(), blocking));
    }
    Map<String, String> metrics = new TreeMap<>();
    metrics.put("files", Integer.toString(files));
    metrics.put("files-tokenized", Integer.toString(tokenized));
    metrics.put("findings", Integer.toString(findings.size()));
    String summary = findings.size() + (findings.size() == 1 ? " finding" : " findings") + " in "
        + files + (files == 1 ? " changed source file" : " changed source files");
    return GateResult.of(ID, summary, criteria, findings, notes, metrics);
  }

  /** A configuration with its globs compiled and its logger recogniser built, shared by files. */
  private static final class Prepared {
    final ObservabilityConfig config;
    final Signals signals;
    final List<Glob> tests;
    final List<Glob> exempt;
    final List<Glob> exclude;
    final boolean anyRuleOn;

    Prepared(ObservabilityConfig config) {
      this.config = config;
      this.signals = new Signals(new HashSet<>(config.loggers()));
      this.tests = Glob.compileAll(config.testPaths());
      this.exempt = Glob.compileAll(config.exempt());
      this.exclude = Glob.compileAll(config.exclude());
      this.anyRuleOn = Arrays.stream(ObservabilityRule.values()).anyMatch(config::on);
    }

    Scope scope(String path) {
      return new Scope(config, signals, Glob.anyMatch(tests, path),
          Glob.anyMatch(exempt, path));
    }
  }
}
