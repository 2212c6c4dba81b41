package dev.assay.java.pit;

import dev.assay.api.ChangedLines;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pitest.mutationtest.config.PluginServices;
import org.pitest.mutationtest.config.ReportOptions;
import org.pitest.mutationtest.tooling.AnalysisResult;
import org.pitest.mutationtest.tooling.EntryPoint;
import org.pitest.testapi.TestGroupConfig;
import org.pitest.util.Verbosity;

/**
 * Runs PIT in this JVM (its minions in child JVMs, as PIT always does) on the changed lines only:
 * target classes are the classes compiled from the changed sources, the {@code ASSAYLINES} filter
 * drops mutants off the changed lines, and only test classes that can reach those classes are given
 * to PIT, whose own coverage step then picks, per mutant, the tests that execute it. So the work
 * grows with the change, not with the codebase. No licence is involved. Thread-safe: each call is
 * independent.
 */
public final class PitRunner {
  private static final Pattern PACKAGE =
      Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  /** Runs PIT; every failure is returned as {@link PitOutcome#error()}, never thrown. */
  public PitOutcome run(PitRequest req) {
    long start = System.nanoTime();
    List<String> notes = new ArrayList<>();
    ClassIndex index;
    try {
      index = ClassIndex.of(req.classDirs(), req.testClassDirs());
    } catch (java.io.UncheckedIOException e) {
      return new PitOutcome(
          Optional.empty(),
          Optional.of(e.getMessage() + ": " + e.getCause().getMessage()),
          List.of(),
          0,
          notes,
          since(start));
    }
    Map<String, ChangedLines> lines = new TreeMap<>();
    Set<String> targets = new TreeSet<>();
    List<Path> missing = new ArrayList<>();
    for (Map.Entry<Path, ChangedLines> e : new TreeMap<>(req.sources()).entrySet()) {
      String file = e.getKey().getFileName().toString();
      if (file.equals("package-info.java") || file.equals("module-info.java")) {
        continue;
      }
      String pkg = packagePath(e.getKey());
      Set<String> classes = index.classesOfSource(pkg, file);
      if (classes.isEmpty()) {
        missing.add(e.getKey());
        continue;
      }
      targets.addAll(classes);
      lines.put(pkg.isEmpty() ? file : pkg + "/" + file, e.getValue());
    }
    if (targets.isEmpty()) {
      return new PitOutcome(Optional.empty(), Optional.empty(), missing, 0, notes, since(start));
    }
    Set<String> tests = index.testsReaching(targets, req.transitiveTests());
    notes.add(
        "PIT mutated "
            + targets.size()
            + " class(es) compiled from "
            + lines.size()
            + " changed file(s), with "
            + tests.size()
            + " of "
            + index.testCount()
            + (req.transitiveTests()
                ? " test classes (those that reach the changed classes through any project"
                    + " class)."
                : " test classes (those whose own code refers to the changed classes; set"
                    + " `test-selection: transitive` to add tests that reach them only through"
                    + " other production classes)."));
    List<String> cp;
    try {
      cp = PitClasspath.build(req);
    } catch (IllegalStateException ex) {
      return new PitOutcome(
          Optional.empty(),
          Optional.of(ex.getMessage()),
          missing,
          tests.size(),
          notes,
          since(start));
    }
    ReportOptions opts = options(req, LineSpec.of(lines), targets, tests, cp);
    Optional<String> error = execute(req.workDir(), req.reportDir(), opts);
    Path xml = req.reportDir().resolve("mutations.xml");
    if (error.isEmpty() && !Files.isRegularFile(xml)) {
      error = Optional.of("PIT finished but wrote no " + xml);
    }
    return new PitOutcome(
        error.isEmpty() ? Optional.of(xml) : Optional.empty(),
        error,
        missing,
        tests.size(),
        notes,
        since(start));
  }

  private static synchronized Optional<String> execute(
      Path workDir, Path reportDir, ReportOptions opts) {
    try {
      Files.createDirectories(reportDir);
      Files.deleteIfExists(reportDir.resolve("mutations.xml"));
      ClassLoader previous = Thread.currentThread().getContextClassLoader();
      AnalysisResult result;
      PrintStream stdout = System.out;
      // PIT prints its statistics to standard output; Assay's stdout carries its own report
      // (possibly JSON or SARIF), so PIT's text goes to standard error, as its log already does.
      System.setOut(System.err);
      try {
        // PIT finds its plugins (ours included) through the context class loader.
        Thread.currentThread().setContextClassLoader(PitRunner.class.getClassLoader());
        result =
            new EntryPoint()
                .execute(
                    workDir.toFile(),
                    opts,
                    PluginServices.makeForLoader(PitRunner.class.getClassLoader()),
                    Map.of());
      } finally {
        System.setOut(stdout);
        Thread.currentThread().setContextClassLoader(previous);
      }
      return result.getError().map(PitRunner::describe);
    } catch (IOException | RuntimeException e) {
      return Optional.of(describe(e));
    }
  }

  private static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder("PIT failed: ");
    Set<String> seen = new LinkedHashSet<>();
    for (Throwable t = e; t != null && seen.size() < 4; t = t.getCause()) {
      String m =
          t.getMessage() == null ? t.getClass().getName() + frame(t) : t.getMessage().strip();
      seen.add(m);
    }
    return sb.append(String.join(": ", seen)).toString();
  }

  private static String frame(Throwable t) {
    StackTraceElement[] st = t.getStackTrace();
    return st.length == 0 ? "" : " at " + st[0];
  }

  private static ReportOptions options(
      PitRequest req, LineSpec spec, Set<String> targets, Set<String> tests, List<String> cp) {
    ReportOptions o = new ReportOptions();
    o.setReportDir(req.reportDir().toString());
    o.setClassPathElements(cp);
    o.setIncludeLaunchClasspath(false);
    o.setCodePaths(req.classDirs().stream().map(Path::toString).toList());
    o.setTargetClasses(targets.stream().map(n -> n.replace('/', '.')).toList());
    Set<String> testNames = new TreeSet<>();
    tests.forEach(t -> testNames.add(t.replace('/', '.')));
    Predicate<String> selected = testNames::contains;
    o.setTargetTests(List.of(selected));
    o.setSourceDirs(List.of());
    o.setMutators(req.mutators());
    o.setFeatures(List.of(spec.feature()));
    o.setNumberOfThreads(req.threads());
    o.setTimeoutConstant(req.timeout().toMillis());
    o.setTimeoutFactor(1.25f);
    o.addChildJVMArgs(req.jvmArgs());
    o.addOutputFormats(List.of("XML"));
    o.setShouldCreateTimestampedReports(false);
    o.setFailWhenNoMutations(false);
    o.setSkipFailingTests(req.skipFailingTests());
    o.setExportLineCoverage(false);
    o.setVerbosity(Verbosity.QUIET);
    o.setInputEncoding(StandardCharsets.UTF_8);
    o.setOutputEncoding(StandardCharsets.UTF_8);
    o.setFullMutationMatrix(false);
    o.setDetectInlinedCode(true);
    o.setGroupConfig(new TestGroupConfig(List.of(), List.of()));
    o.setExcludedRunners(List.of());
    o.setIncludedTestMethods(List.of());
    o.setExcludedClasses(List.of());
    o.setExcludedMethods(List.of());
    o.setExcludedTestClasses(List.of());
    o.setLoggingClasses(ReportOptions.LOGGING_CLASSES);
    o.setMutationEngine("gregor");
    o.setProjectBase(req.workDir().toAbsolutePath());
    return o;
  }

  /** The package of a source file, as a path ({@code org/x}), from its declaration. */
  static String packagePath(Path source) {
    try {
      byte[] head;
      try (var in = Files.newInputStream(source)) {
        head = in.readNBytes(64 * 1024);
      }
      Matcher m = PACKAGE.matcher(stripComments(new String(head, StandardCharsets.UTF_8)));
      return m.find() ? m.group(1).replace('.', '/') : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static String stripComments(String s) {
    return s.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", "");
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
