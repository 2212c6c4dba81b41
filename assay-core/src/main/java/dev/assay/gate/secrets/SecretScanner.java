package dev.assay.gate.secrets;

import dev.assay.api.Finding;
import dev.assay.api.Severity;
import dev.assay.glob.Glob;
import dev.assay.glob.TestPaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Finds secrets in the text of one file: the analyzer behind the secrets gate, and the entry point
 * of a whole-tree scan. Immutable and thread-safe; build one per configuration and share it.
 * Findings never contain a secret value, only its masked prefix, length and truncated SHA-256.
 */
public final class SecretScanner {
  /** At most this many findings per file; a file with more is generated or hostile. */
  public static final int MAX_FINDINGS_PER_FILE = 200;

  private static final SecretScanner DEFAULT = new SecretScanner(SecretsConfig.defaults());
  private static final AnchorScan ANCHORS = new AnchorScan(detectors());

  private final List<Glob> exclude;
  private final TestPaths testPaths;
  private final Assignments assignments;

  public SecretScanner(SecretsConfig config) {
    Objects.requireNonNull(config, "config");
    this.exclude = Glob.compileAll(config.exclude());
    this.testPaths = new TestPaths(config.testPaths(), SecretsConfig.DEFAULT_TEST_PATHS);
    this.assignments = new Assignments(config.entropyThreshold(), config.minLength());
  }

  /**
   * Scans a file's text with the default configuration.
   *
   * @param path repository-relative path with forward slashes (selects the file kind and test-path
   *     severity, and is copied into the findings)
   * @param text the whole file text
   * @param onlyLines the lines to report on ({@link LineFilter#all()} for a whole-tree scan)
   * @return findings sorted by line then rule, at most {@link #MAX_FINDINGS_PER_FILE}
   */
  public static List<Finding> scan(String path, String text, LineFilter onlyLines) {
    return DEFAULT.findings(path, text, onlyLines);
  }

  /** True when the configuration says never to scan this path. */
  public boolean excludes(String path) {
    return Glob.anyMatch(exclude, path);
  }

  /** As {@link #scan}, with this scanner's configuration; an excluded path yields nothing. */
  public List<Finding> findings(String path, String text, LineFilter onlyLines) {
    if (excludes(path)) {
      return List.of();
    }
    TextIndex lines = new TextIndex(text);
    List<Candidate> found = new ArrayList<>();
    ANCHORS.scan(text, lines, found);
    found.removeIf(c -> !onlyLines.accepts(lines.lineOf(c.start())));
    assignments.scan(text, isConfigFile(path), onlyLines, found);
    boolean test = testPaths.matches(path);
    List<Finding> out = new ArrayList<>();
    for (Candidate c : withoutOverlaps(found)) {
      out.add(finding(path, text, lines, c, test));
    }
    out.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::rule));
    return out.size() > MAX_FINDINGS_PER_FILE
        ? List.copyOf(out.subList(0, MAX_FINDINGS_PER_FILE))
        : out;
  }

  /** Keeps, of overlapping candidates, the one of the earliest rule (the most specific). */
  static List<Candidate> withoutOverlaps(List<Candidate> found) {
    List<Candidate> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing(Candidate::rule).thenComparingInt(Candidate::start));
    TreeMap<Integer, Candidate> kept = new TreeMap<>();
    for (Candidate c : sorted) {
      Map.Entry<Integer, Candidate> before = kept.floorEntry(c.start());
      Map.Entry<Integer, Candidate> after = kept.ceilingEntry(c.start());
      if ((before == null || !before.getValue().overlaps(c))
          && (after == null || !after.getValue().overlaps(c))) {
        kept.put(c.start(), c);
      }
    }
    return List.copyOf(kept.values());
  }

  private static Finding finding(
      String path, String text, TextIndex lines, Candidate c, boolean test) {
    SecretRule rule = c.rule();
    SecretMask mask = SecretMask.of(text.substring(c.start(), c.end()));
    Severity severity = test ? lower(c.severity()) : c.severity();
    String kind = rule.kind();
    String message =
        Character.toUpperCase(kind.charAt(0))
            + kind.substring(1)
            + " "
            + mask.describe()
            + (c.detail().isEmpty() ? "" : " " + c.detail())
            + (test ? ", in test code" : "")
            + ": revoke or rotate it, and read it from the environment or a secret store instead"
            + " (deleting it from the file does not remove it from the history).";
    int line = lines.lineOf(c.start());
    int endLine = lines.lineOf(c.end() - 1);
    Finding f =
        new Finding(SecretsGate.ID, rule.id(), path, line, endLine, severity, message, c.facts());
    f =
        f.with("cwe", rule.cwe())
            .with("confidence", c.confidence())
            .with("masked", mask.masked())
            .with("length", Integer.toString(mask.length()))
            .with("fingerprint", mask.fingerprint());
    return test ? f.with("test-path", "true") : f;
  }

  private static Severity lower(Severity s) {
    return s == Severity.ERROR ? Severity.WARNING : Severity.NOTE;
  }

  /** Files whose values need no quotes: .env, .properties, .ini, YAML, TOML, Dockerfiles. */
  static boolean isConfigFile(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return name.startsWith(".env")
        || name.endsWith(".env")
        || name.endsWith(".properties")
        || name.endsWith(".ini")
        || name.endsWith(".cfg")
        || name.endsWith(".conf")
        || name.endsWith(".yaml")
        || name.endsWith(".yml")
        || name.endsWith(".toml")
        || name.startsWith("dockerfile")
        || name.endsWith(".dockerfile");
  }

  private static List<Detector> detectors() {
    List<Detector> all = new ArrayList<>();
    all.add(new ServiceAccounts());
    all.addAll(TokenFormats.all());
    all.add(new PrivateKeys());
    all.add(new ConnectionStrings());
    return List.copyOf(all);
  }
}
