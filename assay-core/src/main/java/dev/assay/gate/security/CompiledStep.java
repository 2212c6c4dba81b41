package dev.assay.gate.security;

import dev.assay.api.Finding;
import dev.assay.api.GateContext;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The FindSecBugs part of the security gate: resolves the configured class directories and
 * classpath file, hands the changed Java files to the {@link CompiledJavaAnalyzer} found on the
 * class path, keeps its issues on added lines and merges them with the built-in findings ({@link
 * SecurityMerge}).
 */
final class CompiledStep {
  private static final long MAX_CLASSPATH_FILE = 4 * 1024 * 1024;

  private final GateContext<SecurityConfig> ctx;

  CompiledStep(GateContext<SecurityConfig> ctx) {
    this.ctx = ctx;
  }

  /** Merges into {@code byFile}; returns why the gate cannot run, or empty. */
  Optional<String> run(
      List<SecurityGate.Scanned> javaFiles,
      Map<String, List<Finding>> byFile,
      List<String> notes,
      Map<String, String> metrics) {
    SecurityConfig cfg = ctx.config();
    List<SecurityGate.Scanned> java = javaFiles;
    if (java.isEmpty()) {
      notes.add("FindSecBugs: no changed Java file.");
      return Optional.empty();
    }
    Optional<CompiledJavaAnalyzer> analyzer =
        ServiceLoader.load(CompiledJavaAnalyzer.class).findFirst();
    if (analyzer.isEmpty()) {
      return Optional.of("`findsecbugs: true` needs the assay-java module on the class path (the"
          + " assay CLI and Maven plugin include it); this build of Assay has no FindSecBugs");
    }
    List<Path> classDirs = cfg.classes().stream().map(c -> ctx.root().resolve(c).normalize()).toList();
    if (classDirs.stream().noneMatch(d -> Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS))) {
      return Optional.of("FindSecBugs analyses compiled classes, and there are none in "
          + String.join(", ", cfg.classes()) + "; compile the project before `assay check` (e.g."
          + " `mvn compile`, `gradle classes`), or set `gates.security.classes` to where they are");
    }
    List<Path> classpath;
    try {
      classpath = classpath(cfg.classpathFile(), notes);
    } catch (IOException e) {
      return Optional.of("cannot read the classpath file " + cfg.classpathFile() + ": " + e.getMessage());
    }
    List<CompiledJavaAnalyzer.Source> sources = new ArrayList<>();
    for (SecurityGate.Scanned s : java) {
      sources.add(new CompiledJavaAnalyzer.Source(s.file().path(), s.text()));
    }
    CompiledJavaAnalyzer.Result result =
        analyzer.get().analyze(new CompiledJavaAnalyzer.Request(ctx.root(), sources, classDirs, classpath));
    if (result.error().isPresent()) {
      return result.error();
    }
    notes.addAll(result.notes());
    Map<String, List<CompiledJavaAnalyzer.Issue>> issues = new HashMap<>();
    int onChanged = 0;
    Map<String, SecurityGate.Scanned> scanned = new HashMap<>();
    java.forEach(s -> scanned.put(s.file().path(), s));
    for (CompiledJavaAnalyzer.Issue i : result.issues()) {
      SecurityGate.Scanned s = scanned.get(i.path());
      if (s != null && s.file().addedLines().contains(i.line())) {
        issues.computeIfAbsent(i.path(), k -> new ArrayList<>()).add(i);
        onChanged++;
      }
    }
    SecurityMerge merge = new SecurityMerge(cfg, analyzer.get().name());
    for (Map.Entry<String, List<CompiledJavaAnalyzer.Issue>> e : issues.entrySet()) {
      String path = e.getKey();
      List<Proof> proofs = new ArrayList<>(scanned.get(path).proofs());
      proofs.addAll(new SecurityScanner(ctx.configFor(path)).javaProofs(scanned.get(path).text()));
      List<Finding> merged =
          merge.merge(path, byFile.getOrDefault(path, List.of()), proofs, e.getValue());
      merged.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::rule));
      byFile.put(path, merged);
    }
    notes.addAll(merge.notes());
    notes.add(analyzer.get().name() + " analysed " + result.classes() + " class(es) compiled from "
        + java.size() + " changed Java file(s): " + onChanged + " issue(s) on added lines, "
        + merge.merged() + " also found by the built-in rules, " + merge.dropped()
        + " dropped as proven safe, " + merge.downgraded() + " downgraded to notes.");
    metrics.put("findsecbugs-classes", Integer.toString(result.classes()));
    metrics.put("findsecbugs-issues", Integer.toString(onChanged));
    metrics.put("findsecbugs-merged", Integer.toString(merge.merged()));
    metrics.put("findsecbugs-dropped", Integer.toString(merge.dropped()));
    metrics.put("findsecbugs-downgraded", Integer.toString(merge.downgraded()));
    return Optional.empty();
  }

  /**
   * The entries of the classpath file (separated by the path separator or line breaks, relative
   * ones from the repository root); a missing file is a note, since FindSecBugs still runs without
   * the dependencies' types.
   */
  private List<Path> classpath(String file, List<String> notes) throws IOException {
    Path p = ctx.root().resolve(file).normalize();
    if (!Files.isRegularFile(p)) {
      notes.add("FindSecBugs ran without the project's dependencies: classpath file " + file
          + " not found. Write it with `mvn dependency:build-classpath -Dmdep.outputFile=" + file
          + "` (or set `gates.security.classpath-file`), so that calls into libraries are typed.");
      return List.of();
    }
    if (Files.size(p) > MAX_CLASSPATH_FILE) {
      throw new IOException("larger than 4 MB; is it the right file?");
    }
    List<Path> out = new ArrayList<>();
    for (String e : Files.readString(p, StandardCharsets.UTF_8).split("[\\r\\n" + File.pathSeparator + "]+")) {
      String t = e.strip();
      if (!t.isEmpty()) {
        out.add(ctx.root().resolve(t).normalize());
      }
    }
    return out;
  }
}
