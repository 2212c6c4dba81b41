package dev.assay.java.pmd;

import dev.assay.api.CriterionResult;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.Gate;
import dev.assay.api.GateContext;
import dev.assay.api.GateResult;
import dev.assay.api.RuleDescriptor;
import dev.assay.api.Settings;
import dev.assay.api.Severity;
import dev.assay.lang.SourceScreen;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.LanguageRegistry;
import net.sourceforge.pmd.lang.document.FileId;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.lang.rule.RulePriority;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.lang.rule.RuleSetLoadException;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;

/**
 * The {@code pmd} gate: PMD 7's Java rules, run in-process on the changed Java files as they are
 * at head, reported on added lines. A curated default of bug-pattern rules; any PMD rule,
 * category or ruleset file can be configured instead. See docs/gates/pmd.md.
 */
public final class PmdGate implements Gate<PmdConfig> {
  static final String ID = "pmd";
  static final Set<String> KEYS =
      Set.of("rules", "blocking-priority", "min-priority", "aux-classpath", "exclude");

  public PmdGate() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Changed Java lines break no PMD rule of the configured set";
  }

  @Override
  public List<RuleDescriptor> rules() {
    List<RuleDescriptor> out = new ArrayList<>();
    for (Rule r : PmdRules.load(PmdConfig.DEFAULT_RULES, null)) {
      out.add(descriptor(r));
    }
    return out;
  }

  static RuleDescriptor descriptor(Rule r) {
    String summary = r.getDescription() == null ? r.getMessage() : firstSentence(r.getDescription());
    return new RuleDescriptor(ruleId(r), r.getName(), summary, severity(r.getPriority()));
  }

  @Override
  public Set<String> pathKeys() {
    return Set.of("exclude");
  }

  @Override
  public PmdConfig configure(Settings s) {
    s.requireKnownKeys(KEYS);
    PmdConfig d = PmdConfig.defaults();
    List<String> rules = s.strings("rules", d.rules());
    if (rules.isEmpty()) {
      throw s.error("rules", "is empty, so the gate would check nothing",
          "list PMD rules such as `category/java/errorprone.xml/EqualsNull`, or remove the key"
              + " for the default set");
    }
    int blocking = priority(s, "blocking-priority", d.blockingPriority());
    int min = priority(s, "min-priority", d.minPriority());
    PmdConfig c = new PmdConfig(rules, blocking, min, s.paths("aux-classpath", List.of()),
        s.paths("exclude", d.exclude()));
    try {
      PmdRules.load(rules.stream().filter(PmdRules::builtIn).toList(), null);
    } catch (RuleSetLoadException | IllegalArgumentException e) {
      throw s.error("rules", "names a rule or ruleset PMD cannot load: " + PmdRules.reason(e),
          "use references like `category/java/errorprone.xml/EqualsNull` (see"
              + " https://docs.pmd-code.org/latest/pmd_rules_java.html) or a ruleset file in"
              + " the repository");
    }
    return c;
  }

  private static int priority(Settings s, String key, int dflt) {
    int v = s.integer(key, dflt);
    if (v < 1 || v > 5) {
      throw s.error(key, "is " + v + " but PMD priorities run from 1 (most urgent) to 5",
          "use a value from 1 to 5");
    }
    return v;
  }

  @Override
  public GateResult evaluate(GateContext<PmdConfig> ctx) {
    PmdConfig cfg = ctx.config();
    Map<String, FileChange> files = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    PMDConfiguration pmdConfig = new PMDConfiguration();
    pmdConfig.setIgnoreIncrementalAnalysis(true);
    pmdConfig.setThreads(Runtime.getRuntime().availableProcessors());
    pmdConfig.setMinimumPriority(RulePriority.valueOf(cfg.minPriority()));
    pmdConfig.setDefaultLanguageVersion(
        LanguageRegistry.PMD.getLanguageById("java").getDefaultVersion());
    List<Path> aux = PmdRules.auxClasspath(ctx, cfg.auxClasspath());
    if (!aux.isEmpty()) {
      pmdConfig.prependAuxClasspath(
          aux.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    } else if (!cfg.auxClasspath().isEmpty()) {
      notes.add("aux-classpath matched nothing; rules that need types run without them.");
    }
    List<RuleSet> ruleSets;
    try {
      ruleSets = PmdRules.loadSets(cfg.rules(), ctx.root());
    } catch (RuleSetLoadException | IllegalArgumentException e) {
      return GateResult.error(ID, "PMD could not load the configured rules: " + PmdRules.reason(e));
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (FileChange fc : ctx.change().files()) {
      if (!fc.existsAtHead() || fc.addedLines().isEmpty() || !fc.path().endsWith(".java")
          || PmdRules.excluded(ctx.configFor(fc.path()).exclude(), fc.path())) {
        continue;
      }
      var text = ctx.head().read(fc.path());
      if (text.isEmpty()) {
        notes.add("Not analysed: " + fc.path() + " (not readable at head).");
        continue;
      }
      var skip = SourceScreen.skipReason(text.get().toCharArray());
      if (skip.isPresent()) {
        notes.add("Not analysed: " + fc.path() + " (" + skip.get() + ").");
        continue;
      }
      texts.put(fc.path(), text.get());
      files.put(fc.path(), fc);
    }
    if (files.isEmpty()) {
      return GateResult.skipped(ID, "no changed Java file");
    }
    List<RuleViolation> violations = new ArrayList<>();
    try {
      violations.addAll(analyse(pmdConfig, ruleSets, texts, notes));
    } catch (RuntimeException | StackOverflowError crash) {
      // A rule that crashes on one file aborts PMD's whole run; analyse file by file so that
      // only the file that triggers it is left out, and say which.
      for (Map.Entry<String, String> e : texts.entrySet()) {
        try {
          violations.addAll(analyse(pmdConfig, ruleSets, Map.of(e.getKey(), e.getValue()), notes));
        } catch (RuntimeException | StackOverflowError one) {
          notes.add("Not analysed: " + e.getKey() + " (PMD failed on it: "
              + PmdRules.reason(one).lines().findFirst().orElse("") + ").");
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (RuleViolation v : violations) {
      String path = v.getFileId().getOriginalPath();
      FileChange fc = files.get(path);
      if (fc != null && fc.addedLines().contains(v.getBeginLine())) {
        findings.add(finding(path, v));
      }
    }
    return result(files.size(), findings, notes, cfg);
  }

  private static List<RuleViolation> analyse(PMDConfiguration pmdConfig, List<RuleSet> ruleSets,
      Map<String, String> texts, List<String> notes) {
    try (PmdAnalysis pmd = PmdAnalysis.create(pmdConfig)) {
      ruleSets.forEach(pmd::addRuleSet);
      texts.forEach((path, text) ->
          pmd.files().addSourceFile(FileId.fromPathLikeString(path), text));
      Report report = pmd.performAnalysisAndCollectReport();
      for (Report.ProcessingError e : report.getProcessingErrors()) {
        notes.add("Not analysed: " + e.getFileId().getOriginalPath() + " (" + e.getMsg() + ").");
      }
      return report.getViolations();
    }
  }

  private static Finding finding(String path, RuleViolation v) {
    Rule r = v.getRule();
    int end = Math.max(v.getBeginLine(), Math.min(v.getEndLine(), v.getBeginLine() + 20));
    String msg = v.getDescription() + " (PMD " + r.getName() + ", priority "
        + r.getPriority().getPriority() + "; " + r.getExternalInfoUrl() + ")";
    return Finding.at(ID, ruleId(r), path, v.getBeginLine(), end, severity(r.getPriority()), msg)
        .with("pmdRule", r.getName())
        .with("pmdRuleset", r.getRuleSetName() == null ? "" : r.getRuleSetName())
        .with("priority", Integer.toString(r.getPriority().getPriority()));
  }

  private static GateResult result(
      int files, List<Finding> findings, List<String> notes, PmdConfig cfg) {
    Map<String, List<Finding>> byRule = new TreeMap<>();
    for (Finding f : findings) {
      byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
    }
    List<CriterionResult> criteria = new ArrayList<>();
    if (byRule.isEmpty()) {
      criteria.add(CriterionResult.noFindings(ID + "/violations",
          "Changed Java lines break no configured PMD rule", 0, true));
    }
    byRule.forEach((rule, fs) -> {
      int priority = Integer.parseInt(fs.get(0).properties().get("priority"));
      criteria.add(CriterionResult.noFindings(rule,
          "No new " + fs.get(0).properties().get("pmdRule") + " violation (PMD)", fs.size(),
          priority <= cfg.blockingPriority()));
    });
    String summary = findings.size() + (findings.size() == 1 ? " PMD violation" : " PMD violations")
        + " on added lines of " + files + (files == 1 ? " Java file" : " Java files");
    return GateResult.of(ID, summary, criteria, findings, notes,
        Map.of("files", Integer.toString(files), "violations", Integer.toString(findings.size())));
  }

  static String ruleId(Rule r) {
    return ID + "/" + r.getName();
  }

  static Severity severity(RulePriority p) {
    return switch (p.getPriority()) {
      case 1, 2 -> Severity.ERROR;
      case 3 -> Severity.WARNING;
      default -> Severity.NOTE;
    };
  }

  private static String firstSentence(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    int dot = t.indexOf(". ");
    return dot < 0 ? t : t.substring(0, dot + 1);
  }
}
