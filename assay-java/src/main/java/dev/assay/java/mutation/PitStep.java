package dev.assay.java.mutation;

import dev.assay.api.BuildModule;
import dev.assay.api.ChangedLines;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.GateContext;
import dev.assay.api.Severity;
import dev.assay.java.pit.PitOutcome;
import dev.assay.java.pit.PitRequest;
import dev.assay.java.pit.PitRunner;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Glue between the gate's configuration and the PIT adapter: resolves the configured directories
 * and classpath file against the repository, hands PIT the changed lines, and turns changed sources
 * without classes into findings.
 */
final class PitStep {
  private static final long MAX_CLASSPATH_FILE = 4 * 1024 * 1024;

  private final GateContext<MutationConfig> ctx;
  private final MutationConfig cfg;

  PitStep(GateContext<MutationConfig> ctx, MutationConfig cfg) {
    this.ctx = ctx;
    this.cfg = cfg;
  }

  PitOutcome run(List<FileChange> candidates) throws IOException {
    if (fromBuild()) {
      return runWithBuildModules(candidates);
    }
    Path root = ctx.root();
    List<Path> classes = dirs(cfg.classes());
    if (classes.stream().noneMatch(Files::isDirectory)) {
      return failed(
          "no compiled classes in "
              + String.join(", ", cfg.classes())
              + "; compile the project before `assay check` (e.g. `mvn test-compile`), or set"
              + " `classes` to where they are");
    }
    Path cpFile = root.resolve(cfg.classpathFile()).normalize();
    if (!Files.isRegularFile(cpFile)) {
      return failed(
          "classpath file "
              + cfg.classpathFile()
              + " not found; PIT needs the project's test classpath. Write it with `mvn"
              + " dependency:build-classpath -Dmdep.outputFile="
              + cfg.classpathFile()
              + " -Dmdep.includeScope=test`, or set `classpath-file`");
    }
    if (Files.size(cpFile) > MAX_CLASSPATH_FILE) {
      return failed(
          "classpath file " + cfg.classpathFile() + " is larger than 4 MB; is it the right file?");
    }
    return runPit(candidates, classes, dirs(cfg.testClasses()), classpath(cpFile));
  }

  /**
   * Whether the classes and the classpath come from the build that runs Assay (the Maven plugin)
   * rather than from the configuration: when the build handed in its modules and the criteria file
   * left {@code classes}, {@code test-classes} and {@code classpath-file} at their defaults.
   */
  boolean fromBuild() {
    MutationConfig d = MutationConfig.defaults();
    return !ctx.buildModules().isEmpty()
        && cfg.classes().equals(d.classes())
        && cfg.testClasses().equals(d.testClasses())
        && cfg.classpathFile().equals(d.classpathFile());
  }

  /** Every module's classes, test classes and test classpath, as the build resolved them. */
  private PitOutcome runWithBuildModules(List<FileChange> candidates) {
    List<Path> classes = new ArrayList<>();
    List<Path> testClasses = new ArrayList<>();
    java.util.Set<Path> classpath = new java.util.LinkedHashSet<>();
    for (BuildModule m : ctx.buildModules()) {
      classes.add(m.classes());
      testClasses.add(m.testClasses());
      classpath.addAll(m.classpath());
    }
    if (classes.stream().noneMatch(Files::isDirectory)) {
      return failed(
          "no compiled classes in any module of the build ("
              + ctx.buildModules().size()
              + " modules); run the check after the compile phase");
    }
    classpath.removeAll(classes);
    classpath.removeAll(testClasses);
    return runPit(candidates, classes, testClasses, new ArrayList<>(classpath));
  }

  private PitOutcome runPit(
      List<FileChange> candidates, List<Path> classes, List<Path> testClasses, List<Path> cp) {
    Path root = ctx.root();
    Map<Path, ChangedLines> sources = new LinkedHashMap<>();
    for (FileChange f : candidates) {
      sources.put(root.resolve(f.path()).normalize(), f.addedLines());
    }
    PitRequest req =
        new PitRequest(
            root,
            sources,
            classes,
            testClasses,
            cp,
            root.resolve(cfg.reportDir()).normalize(),
            cfg.mutators(),
            cfg.threads(),
            cfg.timeout(),
            cfg.jvmArgs(),
            cfg.skipFailingTests(),
            cfg.testSelection().equals("transitive"));
    return new PitRunner().run(req);
  }

  private List<Path> dirs(List<String> paths) {
    return paths.stream().map(p -> ctx.root().resolve(p).normalize()).toList();
  }

  /** Entries separated by the path separator or line breaks; relative ones from the root. */
  private List<Path> classpath(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<Path> out = new ArrayList<>();
    for (String e : text.split("[\\r\\n" + File.pathSeparator + "]+")) {
      String t = e.strip();
      if (!t.isEmpty()) {
        out.add(ctx.root().resolve(t).normalize());
      }
    }
    return out;
  }

  private static PitOutcome failed(String why) {
    return new PitOutcome(
        java.util.Optional.empty(),
        java.util.Optional.of(why),
        List.of(),
        0,
        List.of(),
        java.time.Duration.ZERO);
  }

  /** One finding per changed source for which no class was found. */
  List<Finding> missingFindings(PitOutcome outcome) {
    List<Finding> out = new ArrayList<>();
    for (Path p : outcome.missingClasses()) {
      String rel = MutationGate.relative(ctx.root(), p);
      out.add(
          Finding.at(
              MutationGate.ID,
              MutationVerdict.MISSING_CLASSES,
              rel,
              0,
              0,
              Severity.ERROR,
              "No compiled class found for "
                  + rel
                  + " in "
                  + (fromBuild()
                      ? "the classes of the build's modules"
                      : String.join(", ", cfg.classes()))
                  + ", so its changed lines were not mutation-tested. Compile the project"
                  + " (the build may be stale or the file may not compile), or set `classes`."));
    }
    return out;
  }
}
