package dev.assay.java.findsecbugs;

import dev.assay.gate.security.CompiledJavaAnalyzer;
import edu.umd.cs.findbugs.PluginException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The security gate's bytecode analyzer: FindSecBugs on SpotBugs, on the classes compiled from the
 * changed Java files only, with the project's other classes and libraries as auxiliary classpath.
 * Issues are placed on the changed file their source-line annotation names. Thread-safe (runs are
 * serialised by {@link SpotBugsEngine}). Found through {@code META-INF/services}.
 */
public final class FindSecBugsAnalyzer implements CompiledJavaAnalyzer {

  public FindSecBugsAnalyzer() {}

  @Override
  public String name() {
    try {
      return SpotBugsEngine.name();
    } catch (IOException | PluginException | RuntimeException e) {
      return "FindSecBugs";
    }
  }

  @Override
  public Result analyze(Request req) {
    List<String> notes = new ArrayList<>();
    Set<Path> classFiles = new LinkedHashSet<>();
    Map<String, String> bySourcePath = new HashMap<>();
    for (Source s : req.sources()) {
      String file = s.path().substring(s.path().lastIndexOf('/') + 1);
      if (file.equals("package-info.java") || file.equals("module-info.java")) {
        continue;
      }
      ChangedClasses.Found found = ChangedClasses.of(file, s.text(), req.classDirs());
      for (String bad : found.unreadable()) {
        notes.add("FindSecBugs skipped " + bad + ", compiled from " + s.path()
            + "; rebuild the project.");
      }
      if (found.classFiles().isEmpty()) {
        notes.add("FindSecBugs did not analyse " + s.path() + ": no compiled class for it in "
            + dirs(req) + " (compile the project; the build may be stale, or the file may not"
            + " compile).");
        continue;
      }
      classFiles.addAll(found.classFiles());
      String key = found.packagePath().isEmpty() ? file : found.packagePath() + "/" + file;
      bySourcePath.put(key, s.path());
    }
    if (classFiles.isEmpty()) {
      return new Result(List.of(), notes, Optional.empty(), 0);
    }
    List<Path> aux = new ArrayList<>(req.classDirs());
    for (Path p : req.classpath()) {
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        aux.add(p);
      }
    }
    SpotBugsEngine.Run run;
    try {
      run = SpotBugsEngine.run(List.copyOf(classFiles), aux);
    } catch (IOException | PluginException | RuntimeException e) {
      return Result.failed("SpotBugs/FindSecBugs failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.failed("SpotBugs/FindSecBugs was interrupted");
    }
    for (String e : run.errors().stream().limit(20).toList()) {
      notes.add("SpotBugs reported an analysis error: " + e);
    }
    if (!run.missingClasses().isEmpty()) {
      notes.add("SpotBugs could not find " + run.missingClasses().size() + " class(es) the changed"
          + " code uses (e.g. " + run.missingClasses().get(0) + "); add the project's dependencies"
          + " to the classpath file for more precise results.");
    }
    List<Issue> issues = new ArrayList<>();
    for (SpotBugsEngine.Bug b : run.bugs()) {
      String path = bySourcePath.get(b.sourcePath());
      if (path == null || b.line() <= 0) {
        continue;
      }
      issues.add(new Issue(path, b.line(), b.endLine(), b.type(),
          b.cwe() > 0 ? "CWE-" + b.cwe() : "", confidence(b.priority()), b.message()));
    }
    return new Result(issues, notes, Optional.empty(), classFiles.size());
  }

  private static String dirs(Request req) {
    List<String> out = new ArrayList<>();
    for (Path d : req.classDirs()) {
      out.add(d.startsWith(req.root()) ? req.root().relativize(d).toString() : d.toString());
    }
    return String.join(", ", out);
  }

  private static String confidence(int priority) {
    return switch (priority) {
      case 1 -> "high";
      case 2 -> "medium";
      default -> "low";
    };
  }
}
