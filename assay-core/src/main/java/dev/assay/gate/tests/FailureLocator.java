package dev.assay.gate.tests;

import dev.assay.glob.Glob;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps failed tests to the test source file and line in the head tree, from the report's
 * {@code file} attribute, the classname (Java-style {@code com.x.FooTest} or Python-style {@code
 * pkg.test_mod}) and stack-trace frames; falls back to the report itself. All candidate globs are
 * resolved with one walk of the tree, so the cost does not grow with a walk per failure.
 */
final class FailureLocator {
  /** Failures beyond this many are located at their report, to bound the glob matching work. */
  static final int MAX_LOCATED = 500;

  private static final Pattern JVM_FRAME =
      Pattern.compile("\\(([\\w$]+\\.(?:java|kt|groovy|scala)):(\\d{1,9})\\)");
  private static final Pattern PY_FRAME =
      Pattern.compile("^([\\w./\\\\-]+\\.py):(\\d{1,9}):", Pattern.MULTILINE);
  private static final Pattern GO_FRAME =
      Pattern.compile("^\\s+([\\w.-]+_test\\.go):(\\d{1,9}):", Pattern.MULTILINE);
  private static final Pattern ANY_FRAME = Pattern.compile("([^\\s()]+):(\\d{1,9}):(\\d{1,9})");
  private static final Pattern JAVA_CLASS =
      Pattern.compile("(?:[\\w]+\\.)*[A-Z][\\w]*(?:\\$[\\w$]*)?");

  private final Path root;

  FailureLocator(Path root) {
    this.root = root;
  }

  /** A place to report a failure at; line 0 when unknown. */
  record SourceLine(String path, int line) {}

  /**
   * Locates each failure, in order.
   *
   * @param finder the repository file search, {@code GateContext::findFiles}
   */
  List<SourceLine> locate(List<FailedTest> failures, Function<List<String>, List<Path>> finder) {
    List<List<String>> candidates = new ArrayList<>();
    Set<String> all = new LinkedHashSet<>();
    for (int i = 0; i < failures.size(); i++) {
      List<String> globs = i < MAX_LOCATED ? candidateGlobs(failures.get(i)) : List.of();
      candidates.add(globs);
      all.addAll(globs);
    }
    List<String> found =
        all.isEmpty() ? List.of() : finder.apply(List.copyOf(all)).stream().map(this::rel).toList();
    List<SourceLine> out = new ArrayList<>(failures.size());
    for (int i = 0; i < failures.size(); i++) {
      out.add(resolve(failures.get(i), candidates.get(i), found));
    }
    return out;
  }

  private SourceLine resolve(FailedTest f, List<String> globs, List<String> found) {
    for (String g : globs) {
      Glob glob = Glob.compile(g);
      for (String path : found) {
        if (glob.matches(path)) {
          return new SourceLine(path, lineIn(f, path));
        }
      }
    }
    return new SourceLine(f.report(), 0);
  }

  static List<String> candidateGlobs(FailedTest f) {
    List<String> globs = new ArrayList<>();
    String file = normalise(f.file());
    if (!file.isEmpty() && !("/" + file + "/").contains("/../")) {
      globs.add(file.startsWith("/") ? "**/" + lastSegments(file, 2) : file);
    }
    Matcher go = GO_FRAME.matcher(f.trace());
    if (go.find()) {
      String pkg = lastSegments(f.classname(), 1);
      globs.add("**/" + pkg + "/" + go.group(1));
      globs.add("**/" + go.group(1));
    }
    Matcher py = PY_FRAME.matcher(f.trace());
    if (py.find()) {
      globs.add("**/" + normalise(py.group(1)));
    }
    String cls = f.classname();
    if (JAVA_CLASS.matcher(cls).matches()) {
      int dollar = cls.indexOf('$');
      String outer = dollar >= 0 ? cls.substring(0, dollar) : cls;
      globs.add("**/" + outer.replace('.', '/') + ".{java,kt,groovy,scala}");
    } else if (cls.matches("[\\w.]+")) {
      String[] parts = cls.split("\\.");
      for (int n = parts.length; n >= 1; n--) {
        globs.add("**/" + String.join("/", List.of(parts).subList(0, n)) + ".py");
      }
    }
    return globs;
  }

  /** The line of the deepest-nested frame that names this file, or the report's line attribute. */
  static int lineIn(FailedTest f, String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    for (Pattern p : List.of(JVM_FRAME, PY_FRAME, GO_FRAME, ANY_FRAME)) {
      Matcher m = p.matcher(f.trace());
      while (m.find()) {
        String frameFile = normalise(m.group(1));
        if (frameFile.equals(name) || frameFile.endsWith("/" + name)) {
          return Integer.parseInt(m.group(2));
        }
      }
    }
    // pytest writes the 0-based line of the test function.
    return f.line() >= 0 && !f.file().isEmpty() ? f.line() + 1 : 0;
  }

  private String rel(Path p) {
    return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  private static String normalise(String file) {
    String f = file.strip().replace('\\', '/');
    while (f.startsWith("./")) {
      f = f.substring(2);
    }
    return f;
  }

  private static String lastSegments(String path, int n) {
    String[] parts = path.split("/");
    int from = Math.max(0, parts.length - n);
    return String.join("/", List.of(parts).subList(from, parts.length));
  }
}
