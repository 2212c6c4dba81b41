package dev.assay.gate.coverage;

import dev.assay.api.FileChange;
import dev.assay.api.Gate;
import dev.assay.api.GateContext;
import dev.assay.api.GateResult;
import dev.assay.api.RuleDescriptor;
import dev.assay.api.Settings;
import dev.assay.api.Severity;
import dev.assay.evidence.ReportAge;
import dev.assay.glob.ChangedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.Set;

/**
 * The {@code coverage} gate: changed executable lines must be covered by tests, read from JaCoCo,
 * Cobertura or LCOV reports; a changed file absent from every report counts as 0%, never as "no
 * data". Stateless and thread-safe. See docs/gates/coverage.md.
 */
public final class CoverageGate implements Gate<CoverageConfig> {
  static final String ID = "coverage";
  static final Set<String> KEYS =
      Set.of(
          "reports",
          "changed-lines",
          "per-file",
          "branches",
          "include",
          "exclude",
          "test-paths",
          "source-roots",
          "require-reports");

  /** Extensions of source files that some coverage tool measures, for the no-report case. */
  private static final Set<String> CODE_EXTENSIONS =
      Set.of(
          "java", "kt", "kts", "groovy", "scala", "py", "js", "jsx", "mjs", "cjs", "ts", "tsx",
          "mts", "cts", "vue", "svelte", "go", "c", "cc", "cpp", "cxx", "h", "hpp", "cs", "rb",
          "php", "rs", "swift", "m", "mm", "dart", "ex", "exs", "erl", "clj", "lua", "pl", "r");

  public CoverageGate() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Changed lines are covered by tests";
  }

  @Override
  public List<RuleDescriptor> rules() {
    return List.of(
        new RuleDescriptor(
            CoverageVerdict.UNCOVERED,
            "UncoveredChangedLines",
            "Changed executable lines that no test executes.",
            Severity.ERROR),
        new RuleDescriptor(
            CoverageVerdict.MISSING,
            "ChangedFileMissingFromCoverageReport",
            "A changed source file that no coverage report lists; it counts as 0% covered.",
            Severity.ERROR));
  }

  /** Read per file (see {@link CoverageVerdict} and {@link #candidates}); the rest is per change. */
  @Override
  public Set<String> pathKeys() {
    return Set.of("per-file", "include", "exclude", "test-paths");
  }

  @Override
  public CoverageConfig configure(Settings s) {
    s.requireKnownKeys(KEYS);
    CoverageConfig d = CoverageConfig.defaults();
    List<String> reports = s.paths("reports", d.reports());
    if (reports.isEmpty()) {
      throw s.error("reports", "is an empty list", "name at least one glob, or remove the key");
    }
    return new CoverageConfig(
        reports,
        s.ratio("changed-lines", d.changedLines()),
        optionalRatio(s, "per-file"),
        optionalRatio(s, "branches"),
        s.paths("include", d.include()),
        excluded(s, d),
        s.paths("source-roots", d.sourceRoots()),
        s.bool("require-reports", d.requireReports()));
  }

  /**
   * Test sources ({@code test-paths}, replaceable) plus the user's {@code exclude} (added to them),
   * so excluding generated code never starts counting tests by accident.
   */
  private static List<String> excluded(Settings s, CoverageConfig d) {
    List<String> all = new java.util.ArrayList<>(s.paths("test-paths", d.exclude()));
    all.addAll(s.paths("exclude", List.of()));
    return List.copyOf(all);
  }

  private static OptionalDouble optionalRatio(Settings s, String key) {
    return s.has(key) ? OptionalDouble.of(s.ratio(key, 0)) : OptionalDouble.empty();
  }

  @Override
  public GateResult evaluate(GateContext<CoverageConfig> ctx) {
    CoverageConfig cfg = ctx.config();
    List<FileChange> candidates = candidates(ctx);
    if (candidates.isEmpty()) {
      return CoverageVerdict.noSourceFiles(List.of());
    }
    List<Path> reports = ctx.findFiles(cfg.reports());
    if (reports.isEmpty()) {
      return noReports(cfg, candidates);
    }
    List<String> interest = candidates.stream().map(FileChange::path).toList();
    CoverageData data = new CoverageData();
    List<String> notes = new ArrayList<>();
    ReportAge.staleNote(ctx.root(), reports, ctx.change()).ifPresent(notes::add);
    Set<String> ambiguities = new TreeSet<>();
    Map<String, String> nearMisses = new java.util.TreeMap<>();
    List<String> errors =
        readAll(
            ctx.root(),
            reports,
            () -> new PathMapper(ctx.root(), interest, cfg.sourceRoots()),
            data,
            ambiguities,
            nearMisses,
            notes);
    if (!errors.isEmpty()) {
      return GateResult.error(ID, String.join("\n", errors));
    }
    List<FileChange> counted = new ArrayList<>();
    List<String> unmeasured = new ArrayList<>();
    for (FileChange c : candidates) {
      boolean measured = data.lines(c.path()).isPresent() || data.measuresExtension(c.path());
      if (measured) {
        counted.add(c);
      } else {
        unmeasured.add(c.path());
      }
    }
    if (!unmeasured.isEmpty()) {
      notes.add(
          "Not counted, no report measures files of their language: "
              + String.join(", ", unmeasured)
              + ".");
    }
    nearMisses.forEach(
        (file, reported) -> {
          if (data.lines(file).isEmpty()) {
            notes.add(
                "No report maps to "
                    + file
                    + ", but one lists "
                    + reported
                    + "; if that is the same file, set `source-roots` to the directory the"
                    + " report's paths are relative to.");
          }
        });
    for (String a : ambiguities) {
      notes.add("Report path matches several changed files equally well, not mapped: " + a + ".");
    }
    if (counted.isEmpty()) {
      return CoverageVerdict.noSourceFiles(notes);
    }
    ChangedLineCoverage measure = new ChangedLineCoverage(data, ctx.head());
    List<FileCoverage> files = counted.stream().map(measure::of).toList();
    return new CoverageVerdict(cfg, ctx::configFor).decide(files, notes);
  }

  /**
   * Reads every report into {@code data}, in parallel (one report per task, each with its own
   * mapper and data, merged in report order so the result does not depend on scheduling); returns
   * one message per unreadable report.
   */
  private static List<String> readAll(
      Path root,
      List<Path> reports,
      Supplier<PathMapper> mappers,
      CoverageData data,
      Set<String> ambiguities,
      Map<String, String> nearMisses,
      List<String> notes) {
    int threads = Math.min(reports.size(), Runtime.getRuntime().availableProcessors());
    List<Callable<ReportRead>> tasks = new ArrayList<>();
    for (Path report : reports) {
      tasks.add(() -> ReportRead.of(root, report, mappers.get()));
    }
    List<String> read = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (ReportRead r : ReportRead.runAll(tasks, threads)) {
      r.error().ifPresentOrElse(errors::add, () -> read.add(r.label()));
      data.addAll(r.data());
      ambiguities.addAll(r.ambiguities());
      r.nearMisses().forEach(nearMisses::putIfAbsent);
    }
    notes.add("Read " + read.size() + " coverage report(s): " + String.join(", ", read) + ".");
    return errors;
  }

  /** Changed files that exist at head, add lines, and pass their include/exclude globs. */
  static List<FileChange> candidates(GateContext<CoverageConfig> ctx) {
    return ChangedFiles.selected(
        ctx, CoverageConfig::include, CoverageConfig::exclude, CoverageConfig.DEFAULT_EXCLUDE);
  }

  private static GateResult noReports(CoverageConfig cfg, List<FileChange> candidates) {
    boolean code =
        candidates.stream()
            .anyMatch(c -> CODE_EXTENSIONS.contains(CoverageData.extension(c.path())));
    if (!code) {
      return CoverageVerdict.noSourceFiles(List.of("No coverage report found, none needed."));
    }
    String searched =
        "no coverage report found (searched " + String.join(", ", cfg.reports()) + ")";
    if (!cfg.requireReports()) {
      return GateResult.skipped(ID, searched + "; `require-reports` is false");
    }
    return GateResult.error(
        ID,
        searched
            + " but source files changed. Produce a report before `assay check`: Maven, add"
            + " jacoco-maven-plugin with goals prepare-agent and report, then `mvn verify`;"
            + " Gradle, apply `jacoco` and run `jacocoTestReport` with xml.required = true;"
            + " Python, `coverage run -m pytest && coverage xml`; JavaScript,"
            + " `nyc --reporter=cobertura`, `c8 --reporter=lcov` or `jest --coverage`"
            + " (lcov.info). Or set `reports` to where yours are, or `require-reports: false`.");
  }

  static String relative(Path root, Path report) {
    Path abs = root.resolve(report).toAbsolutePath().normalize();
    Path r = root.toAbsolutePath().normalize();
    return (abs.startsWith(r) ? r.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
