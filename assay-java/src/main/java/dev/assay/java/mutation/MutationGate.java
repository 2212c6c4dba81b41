package dev.assay.java.mutation;

import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.Gate;
import dev.assay.api.GateContext;
import dev.assay.api.GateResult;
import dev.assay.api.RuleDescriptor;
import dev.assay.api.Settings;
import dev.assay.api.Severity;
import dev.assay.evidence.ReportAge;
import dev.assay.gate.coverage.CoverageConfig;
import dev.assay.glob.ChangedFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code mutation} gate: mutants on changed lines must be detected by the tests, read from
 * PIT's {@code mutations.xml}, or produced by running PIT on the changed lines only ({@code run:
 * true}). Stateless and thread-safe. See docs/gates/mutation.md.
 */
public final class MutationGate implements Gate<MutationConfig> {
  static final String ID = "mutation";
  static final Set<String> KEYS =
      Set.of(
          "min-score",
          "reports",
          "run",
          "classes",
          "test-classes",
          "classpath-file",
          "report-dir",
          "mutators",
          "threads",
          "timeout-ms",
          "jvm-args",
          "include",
          "exclude",
          "test-paths",
          "skip-failing-tests",
          "test-selection");

  /** Reports are streamed (PIT) or read whole (Stryker JSON); beyond this, something is off. */
  private static final long MAX_REPORT_BYTES = 512L * 1024 * 1024;

  public MutationGate() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Mutants on changed lines are detected by tests";
  }

  @Override
  public List<RuleDescriptor> rules() {
    return List.of(
        new RuleDescriptor(
            MutationVerdict.SURVIVED,
            "SurvivingMutant",
            "A mutant on a changed line that the tests ran without any of them failing.",
            Severity.ERROR),
        new RuleDescriptor(
            MutationVerdict.NO_COVERAGE,
            "UncoveredMutant",
            "A mutant on a changed line that no test executes.",
            Severity.ERROR),
        new RuleDescriptor(
            MutationVerdict.TIMED_OUT,
            "TimedOutMutant",
            "A mutant on a changed line that made the tests run past PIT's time limit.",
            Severity.NOTE),
        new RuleDescriptor(
            MutationVerdict.RUN_ERROR,
            "UntestableMutant",
            "A mutant on a changed line that PIT could not test (run error, non-viable, memory).",
            Severity.WARNING),
        new RuleDescriptor(
            MutationVerdict.MISSING_CLASSES,
            "ChangedSourceWithoutClasses",
            "A changed Java source for which no compiled class was found to mutate.",
            Severity.ERROR));
  }

  @Override
  public Set<String> pathKeys() {
    return Set.of("include", "exclude", "test-paths");
  }

  @Override
  public MutationConfig configure(Settings s) {
    s.requireKnownKeys(KEYS);
    MutationConfig d = MutationConfig.defaults();
    List<String> reports = s.paths("reports", d.reports());
    if (reports.isEmpty()) {
      throw s.error("reports", "is an empty list", "name at least one glob, or remove the key");
    }
    List<String> mutators = s.strings("mutators", d.mutators());
    if (mutators.isEmpty()) {
      throw s.error("mutators", "is an empty list", "use DEFAULTS, STRONGER or mutator names");
    }
    int threads = s.integer("threads", d.threads());
    if (threads < 1 || threads > 64) {
      throw s.error("threads", "must be between 1 and 64, got " + threads, null);
    }
    int timeoutMs = s.integer("timeout-ms", (int) d.timeout().toMillis());
    if (timeoutMs < 1) {
      throw s.error(
          "timeout-ms", "must be a positive number of milliseconds", "PIT's default is 4000");
    }
    List<String> tests = new ArrayList<>(s.paths("test-paths", d.exclude()));
    tests.addAll(s.paths("exclude", List.of()));
    return new MutationConfig(
        s.ratio("min-score", d.minScore()),
        reports,
        s.bool("run", d.run()),
        s.paths("classes", d.classes()),
        s.paths("test-classes", d.testClasses()),
        single(s, "classpath-file", d.classpathFile()),
        single(s, "report-dir", d.reportDir()),
        mutators,
        threads,
        Duration.ofMillis(timeoutMs),
        s.strings("jvm-args", d.jvmArgs()),
        s.paths("include", d.include()),
        tests,
        s.bool("skip-failing-tests", d.skipFailingTests()),
        s.choice("test-selection", d.testSelection(), List.of("direct", "transitive")));
  }

  private static String single(Settings s, String key, String def) {
    List<String> v = s.paths(key, List.of(def));
    if (v.size() != 1) {
      throw s.error(key, "takes one path, got " + v.size(), null);
    }
    return v.get(0);
  }

  @Override
  public GateResult evaluate(GateContext<MutationConfig> ctx) throws IOException {
    MutationConfig cfg = ctx.config();
    List<FileChange> candidates = candidates(ctx);
    if (candidates.isEmpty()) {
      return GateResult.skipped(ID, "no changed source files of a mutated language");
    }
    List<FileChange> java = candidates.stream().filter(c -> isJava(c.path())).toList();
    boolean runPit = cfg.run() && !java.isEmpty();
    List<String> notes = new ArrayList<>();
    List<Finding> missing = new ArrayList<>();
    List<ReportedMutant> mutants = new ArrayList<>();
    if (runPit) {
      PitStep step = new PitStep(ctx, cfg);
      var outcome = step.run(java);
      if (outcome.error().isPresent()) {
        return GateResult.error(ID, outcome.error().get());
      }
      notes.addAll(outcome.notes());
      missing.addAll(step.missingFindings(outcome));
      if (outcome.report().isPresent()) {
        Path xml = outcome.report().get();
        try {
          mutants.addAll(read(ctx.root(), xml, relative(ctx.root(), xml)));
        } catch (MutationReportException e) {
          return GateResult.error(ID, e.getMessage());
        }
      }
    }
    if (!runPit || java.size() < candidates.size()) {
      List<Path> reports = newestFirst(ctx.root(), ctx.findFiles(cfg.reports()));
      if (reports.isEmpty() && !runPit) {
        return noReports(cfg);
      }
      if (!reports.isEmpty()) {
        ReportAge.staleNote(ctx.root(), reports, ctx.change()).ifPresent(notes::add);
      }
      List<String> errors = new ArrayList<>();
      for (Path r : reports) {
        try {
          for (ReportedMutant m : read(ctx.root(), r, relative(ctx.root(), r))) {
            // With a PIT run, Java mutants come from the run only, never from older reports.
            if (!runPit || !isJava(m.sourceFile())) {
              mutants.add(m);
            }
          }
        } catch (MutationReportException e) {
          errors.add(e.getMessage());
        }
      }
      if (!errors.isEmpty()) {
        return GateResult.error(ID, String.join("\n", errors));
      }
      notes.add(
          "Read "
              + reports.size()
              + " mutation report(s)"
              + (reports.isEmpty()
                  ? "."
                  : ": "
                      + String.join(
                          ", ", reports.stream().map(r -> relative(ctx.root(), r)).toList())
                      + "."));
    }
    List<MutationVerdict.Placed> placed = place(ctx, candidates, mutants, notes);
    return new MutationVerdict(cfg).decide(placed, missing, runPit, notes);
  }

  private static boolean isJava(String path) {
    return path.endsWith(".java");
  }

  /**
   * Reports newest first, so that when several list the same mutant (timestamped report folders of
   * earlier runs), the latest outcome is the one counted.
   */
  private static List<Path> newestFirst(Path root, List<Path> reports) {
    Map<Path, Long> time = new HashMap<>();
    for (Path p : reports) {
      try {
        time.put(p, java.nio.file.Files.getLastModifiedTime(root.resolve(p)).toMillis());
      } catch (IOException e) {
        time.put(p, 0L);
      }
    }
    List<Path> out = new ArrayList<>(reports);
    out.sort(
        java.util.Comparator.comparing((Path p) -> -time.get(p)).thenComparing(Path::toString));
    return out;
  }

  /** Reads PIT XML or Stryker JSON, told apart by the first significant character. */
  private static List<ReportedMutant> read(Path root, Path file, String label)
      throws IOException, MutationReportException {
    Path abs = root.resolve(file);
    if (java.nio.file.Files.size(abs) > MAX_REPORT_BYTES) {
      throw new MutationReportException(
          label, 0, 0, "larger than 512 MiB", "Is this the right file? Split the run by module");
    }
    try (java.io.InputStream raw = java.nio.file.Files.newInputStream(abs);
        java.io.BufferedInputStream in = new java.io.BufferedInputStream(raw)) {
      in.mark(4096);
      byte[] head = in.readNBytes(4096);
      in.reset();
      char first = firstSignificant(head);
      if (first == '{') {
        return new StrykerJsonParser().parse(in, label, root);
      }
      if (first == '<') {
        return new PitXmlParser().parse(in, label);
      }
      throw new MutationReportException(
          label,
          0,
          0,
          first == 0 ? "the file is empty" : "neither PIT XML nor Stryker JSON",
          "Point `reports` at PIT's mutations.xml or Stryker's mutation.json");
    }
  }

  private static char firstSignificant(byte[] head) {
    int i = head.length >= 3 && (head[0] & 0xff) == 0xef ? 3 : 0;
    for (; i < head.length; i++) {
      char c = (char) (head[i] & 0xff);
      if (!Character.isWhitespace(c)) {
        return c;
      }
    }
    return 0;
  }

  /**
   * Maps mutants to changed files by package path and file name, keeps those on changed lines,
   * drops duplicates listed by several reports, and notes changed files no report mentions.
   */
  private static List<MutationVerdict.Placed> place(
      GateContext<MutationConfig> ctx,
      List<FileChange> candidates,
      List<ReportedMutant> mutants,
      List<String> notes) {
    Map<String, List<FileChange>> bySuffix = new HashMap<>();
    Set<String> mentioned = new HashSet<>();
    Set<String> seen = new HashSet<>();
    Set<String> ambiguous = new java.util.TreeSet<>();
    Map<String, String[]> lines = new HashMap<>();
    List<MutationVerdict.Placed> out = new ArrayList<>();
    for (ReportedMutant m : mutants) {
      List<FileChange> match =
          bySuffix.computeIfAbsent(m.packagePath(), k -> matching(candidates, k));
      if (match.size() != 1) {
        if (match.size() > 1) {
          ambiguous.add(m.packagePath());
        }
        continue;
      }
      FileChange f = match.get(0);
      mentioned.add(f.path());
      if (!f.addedLines().contains(m.line()) || !seen.add(m.key())) {
        continue;
      }
      String[] text =
          lines.computeIfAbsent(f.path(), p -> ctx.head().read(p).orElse("").split("\n", -1));
      String line = m.line() <= text.length ? text[m.line() - 1] : "";
      out.add(new MutationVerdict.Placed(f.path(), m, line));
    }
    for (String a : ambiguous) {
      notes.add("Several changed files end in " + a + "; its mutants were not mapped.");
    }
    List<String> unmentioned =
        candidates.stream().map(FileChange::path).filter(p -> !mentioned.contains(p)).toList();
    if (!unmentioned.isEmpty()) {
      notes.add(
          "No mutant in any report for: "
              + String.join(", ", unmentioned)
              + " (no mutable code, or PIT did not analyse them).");
    }
    return out;
  }

  private static List<FileChange> matching(List<FileChange> candidates, String packagePath) {
    return candidates.stream()
        .filter(c -> c.path().equals(packagePath) || c.path().endsWith("/" + packagePath))
        .toList();
  }

  /** Changed sources that exist at head, add lines, and pass include/exclude. */
  static List<FileChange> candidates(GateContext<MutationConfig> ctx) {
    return ChangedFiles.selected(
        ctx, MutationConfig::include, MutationConfig::exclude, CoverageConfig.DEFAULT_EXCLUDE);
  }

  private static GateResult noReports(MutationConfig cfg) {
    return GateResult.error(
        ID,
        "no mutation report found (searched "
            + String.join(", ", cfg.reports())
            + ") but source files changed. For Java, set `run: true` to let Assay run PIT on the"
            + " changed lines only (needs compiled classes and `classpath-file`), or produce a"
            + " report first: Maven, `mvn test-compile org.pitest:pitest-maven:mutationCoverage"
            + " -DoutputFormats=XML -DtimestampedReports=false`; Gradle, the pitest plugin with"
            + " outputFormats = ['XML']. For JavaScript/TypeScript, run Stryker with the `json`"
            + " reporter (reports/mutation/mutation.json). Or set `reports` to where yours are.");
  }

  static String relative(Path root, Path report) {
    Path abs = root.resolve(report).toAbsolutePath().normalize();
    Path r = root.toAbsolutePath().normalize();
    return (abs.startsWith(r) ? r.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
