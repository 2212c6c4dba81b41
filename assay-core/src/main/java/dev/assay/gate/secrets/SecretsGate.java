package dev.assay.gate.secrets;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code secrets} gate: no credential (known key formats, private keys, JWTs, passwords in
 * connection strings, random values assigned to secret-like names) on the lines the change adds.
 * Stateless and thread-safe. See docs/gates/secrets.md.
 */
public final class SecretsGate implements Gate<SecretsConfig> {
  static final String ID = "secrets";
  static final Set<String> KEYS =
      Set.of("exclude", "test-paths", "entropy-threshold", "min-length");

  public SecretsGate() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "The change adds no secrets";
  }

  @Override
  public List<RuleDescriptor> rules() {
    return Arrays.stream(SecretRule.values()).map(SecretRule::descriptor).toList();
  }

  /** Every key is read per file, so every key may be overridden per path. */
  @Override
  public Set<String> pathKeys() {
    return KEYS;
  }

  @Override
  public SecretsConfig configure(Settings s) {
    s.requireKnownKeys(KEYS);
    SecretsConfig d = SecretsConfig.defaults();
    List<String> exclude = new ArrayList<>(SecretsConfig.DEFAULT_EXCLUDE);
    exclude.addAll(s.paths("exclude", List.of()));
    int minLength = s.integer("min-length", d.minLength());
    if (minLength < 8 || minLength > 256) {
      throw s.error(
          "min-length",
          "`" + minLength + "` is out of range",
          "use a length between 8 and 256 characters (default 16)");
    }
    return new SecretsConfig(exclude, s.paths("test-paths", d.testPaths()), entropy(s), minLength);
  }

  private static double entropy(Settings s) {
    Optional<String> raw = s.string("entropy-threshold");
    if (raw.isEmpty()) {
      return SecretsConfig.DEFAULT_ENTROPY;
    }
    try {
      double bits = Double.parseDouble(raw.get().strip());
      if (bits >= 2.0 && bits <= 6.0) {
        return bits;
      }
    } catch (NumberFormatException e) {
      // reported below with the same advice as an out-of-range number
    }
    throw s.error(
        "entropy-threshold",
        "`" + raw.get() + "` is not a number of bits per character" + " between 2.0 and 6.0",
        "the default is 3.5; raise it to report fewer, more random values");
  }

  @Override
  public GateResult evaluate(GateContext<SecretsConfig> ctx) {
    Map<SecretsConfig, SecretScanner> scanners = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int scanned = 0;
    int lines = 0;
    for (FileChange f : ctx.change().files()) {
      if (!f.existsAtHead() || f.addedLines().isEmpty()) {
        continue;
      }
      SecretScanner scanner = scanners.computeIfAbsent(ctx.configFor(f.path()), SecretScanner::new);
      Optional<String> text = ctx.head().read(f.path());
      if (scanner.excludes(f.path()) || text.isEmpty()) {
        continue;
      }
      List<Finding> found = scanner.findings(f.path(), text.get(), f.addedLines()::contains);
      if (found.size() == SecretScanner.MAX_FINDINGS_PER_FILE) {
        notes.add(f.path() + ": only the first " + found.size() + " findings are reported.");
      }
      findings.addAll(found);
      scanned++;
      lines += f.addedLines().count();
    }
    notes.add(0, "Scanned " + lines + " added lines in " + scanned + " files.");
    String summary =
        findings.isEmpty()
            ? "no secrets on " + lines + " added lines"
            : findings.size()
                + (findings.size() == 1 ? " suspected secret" : " suspected secrets")
                + " on "
                + lines
                + " added lines";
    return GateResult.of(
        ID,
        summary,
        criteria(findings),
        findings,
        notes,
        Map.of("files", Integer.toString(scanned), "findings", Integer.toString(findings.size())));
  }

  /**
   * One criterion per rule. It blocks when one of its findings is an ERROR (or, with no findings,
   * when the rule's findings usually are); test-code and test-mode findings only warn.
   */
  private static List<CriterionResult> criteria(List<Finding> findings) {
    List<CriterionResult> out = new ArrayList<>();
    for (SecretRule rule : SecretRule.values()) {
      List<Finding> mine = findings.stream().filter(f -> f.rule().equals(rule.id())).toList();
      boolean blocking =
          mine.isEmpty()
              ? rule.defaultSeverity() == Severity.ERROR
              : mine.stream().anyMatch(f -> f.severity() == Severity.ERROR);
      out.add(
          CriterionResult.noFindings(
              rule.id(), "No " + rule.kind() + " in the change", mine.size(), blocking));
    }
    return out;
  }
}
