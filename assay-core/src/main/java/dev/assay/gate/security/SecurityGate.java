package dev.assay.gate.security;

import dev.assay.api.CriterionResult;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.Gate;
import dev.assay.api.GateContext;
import dev.assay.api.GateResult;
import dev.assay.api.RuleDescriptor;
import dev.assay.api.Settings;
import dev.assay.api.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code security} gate: no injection, unsafe deserialization, XXE, weak crypto or randomness,
 * disabled TLS verification, eval, DOM XSS or insecure cookie on the lines the change adds (every
 * line under {@code assay scan}). Stateless and thread-safe. See docs/gates/security.md.
 */
public final class SecurityGate implements Gate<SecurityConfig> {
  static final String ID = "security";
  static final Set<String> KEYS =
      Set.of("disable", "error", "warning", "note", "exclude", "test-paths", "findsecbugs", "classes",
          "classpath-file");
  /** Keys read once for the whole run (FindSecBugs analyses all changed classes together). */
  private static final Set<String> RUN_KEYS = Set.of("findsecbugs", "classes", "classpath-file");
  private static final List<String> LEVELS = List.of("error", "warning", "note");

  public SecurityGate() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "The change adds no known security weakness";
  }

  @Override
  public List<RuleDescriptor> rules() {
    return Arrays.stream(SecurityRule.values()).map(SecurityRule::descriptor).toList();
  }

  /** The rule keys are read per file, so they may be overridden per path. */
  @Override
  public Set<String> pathKeys() {
    Set<String> keys = new java.util.HashSet<>(KEYS);
    keys.removeAll(RUN_KEYS);
    return Set.copyOf(keys);
  }

  @Override
  public SecurityConfig configure(Settings s) {
    s.requireKnownKeys(KEYS);
    Set<SecurityRule> disabled = EnumSet.noneOf(SecurityRule.class);
    disabled.addAll(rulesAt(s, "disable"));
    Map<SecurityRule, Severity> severities = new EnumMap<>(SecurityRule.class);
    Map<SecurityRule, String> setBy = new HashMap<>();
    for (String level : LEVELS) {
      for (SecurityRule r : rulesAt(s, level)) {
        if (setBy.containsKey(r)) {
          throw s.error(level, "rule `" + r.shortName() + "` is listed under both `" + setBy.get(r)
              + "` and `" + level + "`", "give each rule one severity");
        }
        setBy.put(r, level);
        severities.put(r, Severity.valueOf(level.toUpperCase(java.util.Locale.ROOT)));
      }
    }
    List<String> cp = s.paths("classpath-file", List.of(SecurityConfig.DEFAULT_CLASSPATH_FILE));
    if (cp.size() != 1) {
      throw s.error("classpath-file", "takes one path, got " + cp.size(), null);
    }
    List<String> classes = s.paths("classes", SecurityConfig.DEFAULT_CLASSES);
    if (classes.isEmpty()) {
      throw s.error("classes", "is an empty list", "name the compiled classes directory, e.g. target/classes");
    }
    return new SecurityConfig(
        disabled,
        severities,
        s.paths("exclude", List.of()),
        s.paths("test-paths", SecurityConfig.DEFAULT_TEST_PATHS),
        s.bool("findsecbugs", false),
        classes,
        cp.get(0));
  }

  private static List<SecurityRule> rulesAt(Settings s, String key) {
    List<SecurityRule> out = new ArrayList<>();
    for (String name : s.strings(key, List.of())) {
      Optional<SecurityRule> r = SecurityRule.byName(name);
      if (r.isEmpty()) {
        throw s.error(key, "unknown rule `" + name + "`", hint(name));
      }
      out.add(r.get());
    }
    return out;
  }

  private static String hint(String name) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (SecurityRule r : SecurityRule.values()) {
      int d = distance(name.toLowerCase(java.util.Locale.ROOT).replace('_', '-'), r.shortName());
      if (d < bestDistance) {
        bestDistance = d;
        best = r.shortName();
      }
    }
    if (best != null && bestDistance <= Math.max(2, best.length() / 3)) {
      return "did you mean `" + best + "`?";
    }
    return "valid rules: "
        + String.join(", ", Arrays.stream(SecurityRule.values()).map(SecurityRule::shortName).toList());
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  @Override
  public GateResult evaluate(GateContext<SecurityConfig> ctx) {
    Map<SecurityConfig, SecurityScanner> scanners = new java.util.concurrent.ConcurrentHashMap<>();
    List<FileChange> files =
        ctx.change().files().stream()
            .filter(f -> f.existsAtHead() && !f.addedLines().isEmpty())
            .filter(f -> dev.assay.lang.Language.ofPath(f.path()).isPresent())
            .toList();
    // Files are independent: read and scan them on all cores, then report in change order.
    List<Optional<Scanned>> scans =
        files.parallelStream().map(f -> scan(ctx, scanners, f)).toList();
    Map<String, List<Finding>> byFile = new java.util.LinkedHashMap<>();
    List<Scanned> java = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int read = 0;
    int parsed = 0;
    int unanalysed = 0;
    for (int i = 0; i < files.size(); i++) {
      if (scans.get(i).isEmpty()) {
        continue;
      }
      SecurityScanner.FileScan scan = scans.get(i).get().scan();
      String path = files.get(i).path();
      read++;
      parsed += scan.candidate() ? 1 : 0;
      if (scan.problem().isPresent()) {
        unanalysed++;
        if (unanalysed <= 50) {
          notes.add("Not fully analysed: " + path + " (" + scan.problem().get() + ").");
        }
      }
      if (scan.findings().size() == SecurityScanner.MAX_FINDINGS_PER_FILE) {
        notes.add(path + ": only the first " + scan.findings().size() + " findings are reported.");
      }
      byFile.put(path, scan.findings());
      if (path.endsWith(".java")) {
        java.add(scans.get(i).get());
      }
    }
    if (unanalysed > 50) {
      notes.add((unanalysed - 50) + " more files not fully analysed.");
    }
    notes.add(0, "Read " + read + " source files; " + parsed + " had a sink word and were analysed.");
    Map<String, String> metrics = new java.util.TreeMap<>();
    if (ctx.config().findsecbugs()) {
      Optional<String> error = new CompiledStep(ctx).run(java, byFile, notes, metrics);
      if (error.isPresent()) {
        return GateResult.error(ID, error.get());
      }
    }
    List<Finding> findings = new ArrayList<>();
    byFile.values().forEach(findings::addAll);
    String summary =
        findings.isEmpty()
            ? "no security weakness in " + read + " changed source files"
            : findings.size() + (findings.size() == 1 ? " security finding" : " security findings")
                + " in " + read + " changed source files";
    metrics.put("files", Integer.toString(read));
    metrics.put("analysed", Integer.toString(parsed));
    metrics.put("unanalysed", Integer.toString(unanalysed));
    metrics.put("findings", Integer.toString(findings.size()));
    return GateResult.of(
        ID, summary, criteria(findings, ctx.config().findsecbugs()), findings, notes, metrics);
  }

  /** One file's scan, with the built-in proofs and (for Java) its text, for FindSecBugs. */
  record Scanned(FileChange file, String text, SecurityScanner.FileScan scan, List<Proof> proofs) {}

  private static Optional<Scanned> scan(
      GateContext<SecurityConfig> ctx, Map<SecurityConfig, SecurityScanner> scanners, FileChange f) {
    SecurityScanner scanner = scanners.computeIfAbsent(ctx.configFor(f.path()), SecurityScanner::new);
    if (scanner.excludes(f.path())) {
      return Optional.empty();
    }
    return ctx.head().read(f.path()).map(text -> {
      List<Proof> proofs = new ArrayList<>();
      SecurityScanner.FileScan scan = scanner.scan(f.path(), text, f.addedLines()::contains, proofs);
      return new Scanned(f, f.path().endsWith(".java") ? text : "", scan, proofs);
    });
  }

  private static String title(SecurityRule rule) {
    String t = " " + rule.shortName().replace('-', ' ') + " ";
    for (String[] r : new String[][] {{" sql ", " SQL "}, {" xxe ", " XXE "}, {" ldap ", " LDAP "},
        {" xpath ", " XPath "}, {" tls ", " TLS "}, {" dom xss ", " DOM XSS "},
        {" findsecbugs ", " FindSecBugs "}}) {
      t = t.replace(r[0], r[1]);
    }
    return t.strip();
  }

  /**
   * One criterion per rule. It blocks when one of its findings is an ERROR (with no findings, when
   * the rule's findings usually are); warnings and notes are advisory.
   */
  private static List<CriterionResult> criteria(List<Finding> findings, boolean compiled) {
    List<CriterionResult> out = new ArrayList<>();
    for (SecurityRule rule : SecurityRule.values()) {
      if (!compiled && SecurityRule.COMPILED_ONLY.contains(rule)) {
        continue;
      }
      List<Finding> mine = findings.stream().filter(f -> f.rule().equals(rule.id())).toList();
      boolean blocking =
          mine.isEmpty()
              ? rule.defaultSeverity() == Severity.ERROR
              : mine.stream().anyMatch(f -> f.severity() == Severity.ERROR);
      String what = rule.what();
      out.add(CriterionResult.noFindings(rule.id(), "No " + title(rule) + " (" + rule.cwe() + ")", mine.size(), blocking));
    }
    return out;
  }
}
