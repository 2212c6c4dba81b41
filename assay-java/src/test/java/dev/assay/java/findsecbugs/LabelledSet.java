package dev.assay.java.findsecbugs;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.assay.api.ChangeType;
import dev.assay.api.ChangedLines;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.api.Severity;
import dev.assay.gate.security.SecurityConfig;
import dev.assay.gate.security.SecurityGate;
import dev.assay.testkit.GateHarness;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The labelled set of vulnerable and safe Java methods under {@code
 * src/test/resources/findsecbugs/labelled}: methods named {@code vuln...} are vulnerable, {@code
 * safe...} are safe look-alikes; the class names the category. Compiled with javac, then scored
 * for FindSecBugs alone and for the security gate with FindSecBugs merged in.
 */
final class LabelledSet {
  /** One labelled method. */
  record Method(String file, String category, String name, int begin, int end, boolean vulnerable) {
    boolean contains(String path, int line) {
      return path.equals(file) && begin <= line && line <= end;
    }
  }

  /** Flagged counts of one analyzer. */
  record Score(int vulnFlagged, int vuln, int safeFlagged, int safe) {
    double tpr() {
      return vuln == 0 ? 0 : (double) vulnFlagged / vuln;
    }

    double fpr() {
      return safe == 0 ? 0 : (double) safeFlagged / safe;
    }

    double score() {
      return tpr() - fpr();
    }
  }

  final Path root;
  final List<Method> methods = new ArrayList<>();
  final Map<String, String> texts = new LinkedHashMap<>();

  private LabelledSet(Path root) {
    this.root = root;
  }

  /** Copies the set into {@code dir}, compiles it into target/classes, and reads its labels. */
  static LabelledSet build(Path dir) throws Exception {
    Path res = resource("findsecbugs/labelled");
    JavaBuild.copy(res.resolve("src"), dir.resolve("src"));
    JavaBuild.compile(res.resolve("stubs"), dir.resolve("target/stubs"), List.of());
    JavaBuild.compile(dir.resolve("src"), dir.resolve("target/classes"),
        List.of(dir.resolve("target/stubs")));
    Files.writeString(dir.resolve("target/classpath.txt"), "target/stubs\n");
    LabelledSet set = new LabelledSet(dir);
    List<Path> sources;
    try (Stream<Path> s = Files.walk(dir.resolve("src"))) {
      sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    for (Path p : sources) {
      String rel = dir.relativize(p).toString().replace('\\', '/');
      String text = Files.readString(p);
      set.texts.put(rel, text);
      CompilationUnit cu = StaticJavaParser.parse(text);
      String category = cu.getType(0).getNameAsString().replace("Cases", "");
      for (MethodDeclaration m : cu.findAll(MethodDeclaration.class)) {
        String name = m.getNameAsString();
        boolean top = m.getParentNode().orElse(null) instanceof TypeDeclaration<?> t
            && t.isTopLevelType();
        if (top && (name.startsWith("vuln") || name.startsWith("safe"))) {
          set.methods.add(new Method(rel, category, name, m.getBegin().get().line,
              m.getEnd().get().line, name.startsWith("vuln")));
        }
      }
    }
    return set;
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(LabelledSet.class.getClassLoader().getResource(name).toURI());
  }

  /** Methods flagged by FindSecBugs alone, at SpotBugs's default threshold. */
  List<Method> flaggedByFindSecBugs() {
    FindSecBugsAnalyzer a = new FindSecBugsAnalyzer();
    var result = a.analyze(request());
    if (result.error().isPresent()) {
      throw new IllegalStateException(result.error().get());
    }
    return methods.stream()
        .filter(m -> result.issues().stream().anyMatch(i -> m.contains(i.path(), i.line())))
        .toList();
  }

  /** Methods with a blocking or advisory (ERROR or WARNING) finding of the combined gate. */
  GateResult lastCombined;

  List<Method> flaggedByCombined() throws Exception {
    GateResult r = combined();
    lastCombined = r;
    return methods.stream()
        .filter(m -> r.findings().stream().anyMatch(f -> f.severity() != Severity.NOTE
            && m.contains(f.path(), f.line())))
        .toList();
  }

  GateResult combined() throws Exception {
    GateHarness<SecurityConfig> h = GateHarness.forGate(new SecurityGate())
        .config(SecurityConfig.defaults().withFindSecBugs(true))
        .root(root);
    texts.forEach((path, text) -> {
      int lines = (int) text.lines().count();
      h.headFile(path, text);
      h.change(new FileChange(path, path, ChangeType.ADDED, 100,
          ChangedLines.ofLines(IntStream.rangeClosed(1, lines).toArray())));
    });
    return h.run();
  }

  dev.assay.gate.security.CompiledJavaAnalyzer.Request request() {
    List<dev.assay.gate.security.CompiledJavaAnalyzer.Source> sources = new ArrayList<>();
    texts.forEach((p, t) -> sources.add(new dev.assay.gate.security.CompiledJavaAnalyzer.Source(p, t)));
    return new dev.assay.gate.security.CompiledJavaAnalyzer.Request(root, sources,
        List.of(root.resolve("target/classes")), List.of(root.resolve("target/stubs")));
  }

  Score score(List<Method> flagged) {
    int vuln = (int) methods.stream().filter(Method::vulnerable).count();
    int vf = (int) flagged.stream().filter(Method::vulnerable).count();
    return new Score(vf, vuln, flagged.size() - vf, methods.size() - vuln);
  }

  /** The table printed by the benchmark command and recorded in docs/benchmarks.md. */
  String table(List<Method> alone, List<Method> combined) {
    StringBuilder sb = new StringBuilder();
    sb.append("| category | vulnerable | safe | FindSecBugs TP | FindSecBugs FP | combined TP | combined FP |\n");
    sb.append("|---|---|---|---|---|---|---|\n");
    Map<String, List<Method>> byCat = new LinkedHashMap<>();
    methods.forEach(m -> byCat.computeIfAbsent(m.category(), k -> new ArrayList<>()).add(m));
    byCat.forEach((cat, ms) -> sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d |%n",
        cat, ms.stream().filter(Method::vulnerable).count(), ms.stream().filter(m -> !m.vulnerable()).count(),
        alone.stream().filter(m -> ms.contains(m) && m.vulnerable()).count(),
        alone.stream().filter(m -> ms.contains(m) && !m.vulnerable()).count(),
        combined.stream().filter(m -> ms.contains(m) && m.vulnerable()).count(),
        combined.stream().filter(m -> ms.contains(m) && !m.vulnerable()).count())));
    Score a = score(alone);
    Score c = score(combined);
    sb.append(String.format(Locale.ROOT, "%nFindSecBugs alone: TPR %d/%d = %.3f, FPR %d/%d = %.3f, TPR-FPR = %.3f%n",
        a.vulnFlagged(), a.vuln(), a.tpr(), a.safeFlagged(), a.safe(), a.fpr(), a.score()));
    sb.append(String.format(Locale.ROOT, "Combined gate:     TPR %d/%d = %.3f, FPR %d/%d = %.3f, TPR-FPR = %.3f%n",
        c.vulnFlagged(), c.vuln(), c.tpr(), c.safeFlagged(), c.safe(), c.fpr(), c.score()));
    sb.append("\nPer method (A = FindSecBugs alone, C = combined):\n");
    for (Method m : methods) {
      sb.append(String.format(Locale.ROOT, "  %-5s %-16s %-22s A:%s C:%s%n", m.vulnerable() ? "VULN" : "safe",
          m.category(), m.name(), alone.contains(m) ? "flag" : "-", combined.contains(m) ? "flag" : "-"));
    }
    if (lastCombined != null) {
      sb.append("\nCombined findings in safe methods, and the gate's notes:\n");
      for (Finding f : lastCombined.findings()) {
        if (methods.stream().anyMatch(m -> !m.vulnerable() && m.contains(f.path(), f.line()))) {
          sb.append("  ").append(f.severity()).append(' ').append(f.path()).append(':')
              .append(f.line()).append(' ').append(f.rule()).append(' ')
              .append(f.properties()).append('\n');
        }
      }
      lastCombined.notes().forEach(n -> sb.append("  note: ").append(n).append('\n'));
    }
    return sb.toString();
  }

  static List<Finding> findings(GateResult r) {
    return r.findings();
  }
}
