package dev.assay.java.api;

import dev.assay.api.CriterionResult;
import dev.assay.api.Gate;
import dev.assay.api.GateContext;
import dev.assay.api.GateResult;
import dev.assay.api.RuleDescriptor;
import dev.assay.api.Settings;
import dev.assay.api.Severity;
import dev.assay.api.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code api} gate: the change keeps the public Java API of the libraries it builds compatible
 * for their callers, or says so with a major version. Base and head jars are compared by japicmp;
 * see docs/gates/api.md.
 */
public final class ApiGate implements Gate<ApiConfig> {
  static final String ID = "api";
  static final String BINARY = "api/binary-break";
  static final String SOURCE = "api/source-break";
  static final String SEMVER = "api/semver-violation";
  static final String ALLOWED = "api/allowed-break";
  private static final Set<String> KEYS = Set.of("build", "build-timeout", "jars", "base-jar",
      "head-jar", "include", "exclude", "internal-packages", "internal-annotations", "semver",
      "base-version", "head-version", "classpath");
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(s|m|h)");
  private static final Pattern PACKAGE = Pattern.compile("[\\w$*]+(\\.[\\w$*]+)*");
  private static final Pattern ANNOTATION = Pattern.compile("[\\w$]+(\\.[\\w$]+)*");

  public ApiGate() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "The public Java API stays compatible for its callers, or the major version says it breaks";
  }

  @Override
  public List<RuleDescriptor> rules() {
    return List.of(
        new RuleDescriptor(BINARY, "BinaryIncompatibleChange", "A change to the public API that"
            + " makes code compiled against the base fail to link or run.", Severity.ERROR),
        new RuleDescriptor(SOURCE, "SourceIncompatibleChange", "A change to the public API that"
            + " makes code written against the base fail to compile.", Severity.ERROR),
        new RuleDescriptor(SEMVER, "SemverViolation", "The API breaks but the version is not a"
            + " new major version.", Severity.ERROR),
        new RuleDescriptor(ALLOWED, "AllowedBreakingChange", "A break of the public API that a"
            + " new major version allows, listed for the release notes.", Severity.NOTE));
  }

  @Override
  public ApiConfig configure(Settings s) {
    s.requireKnownKeys(KEYS);
    ApiConfig d = ApiConfig.defaults();
    return new ApiConfig(
        s.string("build", "").strip(),
        s.string("build-timeout").map(v -> duration(s, v)).orElse(ApiConfig.DEFAULT_BUILD_TIMEOUT),
        s.paths("jars", d.jars()),
        jarList(s, "base-jar"),
        jarList(s, "head-jar"),
        names(s, "include", List.of(), PACKAGE),
        names(s, "exclude", List.of(), PACKAGE),
        names(s, "internal-packages", d.internalPackages(), PACKAGE),
        names(s, "internal-annotations", d.internalAnnotations(), ANNOTATION),
        s.bool("semver", true),
        s.string("base-version", "").strip(),
        s.string("head-version", "").strip(),
        jarList(s, "classpath"));
  }

  private static List<String> jarList(Settings s, String key) {
    List<String> v = s.strings(key, List.of());
    for (String j : v) {
      if (!j.endsWith(".jar")) {
        throw s.error(key, "`" + j + "` is not a .jar file", "name the jar file, e.g."
            + " target/mylib-1.0.0.jar");
      }
    }
    return v;
  }

  private static List<String> names(Settings s, String key, List<String> d, Pattern form) {
    List<String> v = s.strings(key, d);
    for (String n : v) {
      if (!form.matcher(n.strip()).matches()) {
        throw s.error(key, "`" + n + "` is not a " + (form == PACKAGE ? "package pattern"
            : "annotation name"), form == PACKAGE ? "write dotted package names, `*` within a"
            + " segment, `**` across segments, e.g. com.acme.api or **.internal"
            : "write a simple or qualified name, e.g. Internal or com.acme.Internal");
      }
    }
    return v;
  }

  private static Duration duration(Settings s, String value) {
    Matcher m = DURATION.matcher(value.strip());
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw s.error("build-timeout", "`" + value + "` is not a positive duration",
          "write a number with a unit: s, m or h, e.g. 20m");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
  }

  @Override
  public GateResult evaluate(GateContext<ApiConfig> context) throws Exception {
    Path work = Files.createTempDirectory("assay-api-");
    try {
      return compare(context, work);
    } catch (ApiInputException e) {
      return GateResult.error(ID, e.getMessage());
    } finally {
      deleteTree(work);
    }
  }

  private GateResult compare(GateContext<ApiConfig> ctx, Path work)
      throws IOException, ApiInputException, InterruptedException {
    ApiConfig cfg = ctx.config();
    List<String> notes = new ArrayList<>();
    if (cfg.baseJars().isEmpty() && cfg.headJars().isEmpty()
        && ctx.change().files().stream().noneMatch(f -> canChangeApi(f.path()))) {
      return skipped("the change touches no JVM source or build file, so the API cannot have"
          + " changed", notes);
    }
    JarSides sides = new JarSides(cfg, ctx.root(), work);
    JarSides.Side head = sides.head(ctx.change().head());
    notes.addAll(head.notes());
    if (head.jars().isEmpty()) {
      return skipped("no jar at the head to compare (gates.api.jars: " + cfg.jars() + ")", notes);
    }
    JarSides.Side base = sides.base(ctx.change().base());
    notes.addAll(base.notes());
    if (base.jars().isEmpty()) {
      return skipped("the base has no jar to compare against: first release, nothing can break",
          notes);
    }
    notes.addAll(Packages.splitPackageNotes("head", head.jars()));
    List<Path> classpath = new ArrayList<>();
    for (String c : cfg.classpath()) {
      Path p = ctx.root().resolve(c).normalize();
      if (!Files.isRegularFile(p)) {
        throw new ApiInputException("`gates.api.classpath`: " + c + " does not exist");
      }
      classpath.add(p);
    }
    ApiReport report = new ApiReport(ctx, cfg, new SourceIndex(ctx));
    JapicmpComparison japicmp = new JapicmpComparison(cfg.surface(), classpath);
    Map<String, JarInfo> byArtifact = new TreeMap<>();
    for (JarInfo j : base.jars()) {
      if (byArtifact.putIfAbsent(j.artifact(), j) != null) {
        notes.add("Two base jars claim artifact `" + j.artifact() + "`; compared the first, "
            + byArtifact.get(j.artifact()).path().getFileName() + ".");
      }
    }
    Set<String> seen = new java.util.HashSet<>();
    // One jar on each side is the same library whatever the files are called (old.jar, new.jar).
    boolean single = base.jars().size() == 1 && head.jars().size() == 1;
    for (JarInfo h : head.jars().stream().sorted(Comparator.comparing(JarInfo::artifact)).toList()) {
      JarInfo b = single ? base.jars().get(0) : byArtifact.get(h.artifact());
      if (b == null) {
        notes.add("`" + h.artifact() + "` is new at the head (first release): not compared.");
        continue;
      }
      if (!seen.add(b.artifact())) {
        notes.add("Skipped a second head jar for `" + h.artifact() + "`: " + h.path().getFileName()
            + ".");
        continue;
      }
      Path bj = prepare(b, work, notes);
      Path hj = prepare(h, work, notes);
      ApiDiff diff = japicmp.compare(h.artifact(), bj, hj);
      notes.addAll(diff.notes());
      report.add(diff, version(cfg.baseVersion(), b, base.tree()),
          version(cfg.headVersion(), h, head.tree() == null ? ctx.root() : head.tree()));
    }
    for (String gone : byArtifact.keySet()) {
      if (!seen.contains(gone)) {
        notes.add("`" + gone + "` has a jar at the base but none at the head: not compared.");
      }
    }
    notes.addAll(report.notes());
    return GateResult.of(ID, report.summary(), report.criteria(), report.findings(), notes,
        report.metrics());
  }

  /** Sources, build files and build scripts: what can change a built jar's API. */
  static boolean canChangeApi(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.endsWith(".java") || name.endsWith(".kt") || name.endsWith(".groovy")
        || name.endsWith(".scala") || name.equals("pom.xml") || name.startsWith("build.gradle")
        || name.startsWith("settings.gradle") || name.endsWith(".sh") || name.endsWith(".jar")
        || name.equals("gradle.properties") || name.equals("VERSION") || name.equals(".assay.yml");
  }

  private static Path prepare(JarInfo j, Path work, List<String> notes) throws IOException {
    if (!j.multiRelease()) {
      return j.path();
    }
    notes.add(j.path().getFileName() + " is a multi-release jar: compared the classes every Java"
        + " release sees; the META-INF/versions overlays were not compared.");
    return j.baseReleaseCopy(Files.createDirectories(work.resolve("mr-" + notes.size())));
  }

  /** Criteria file, then the jar (pom.properties or file name), then the tree's pom.xml. */
  private static String version(String configured, JarInfo jar, Path tree) {
    if (!configured.isEmpty()) {
      return configured;
    }
    if (!jar.version().isEmpty()) {
      return jar.version();
    }
    if (tree != null && Files.isRegularFile(tree.resolve("pom.xml"))) {
      try {
        return PomVersion.of(Files.readString(tree.resolve("pom.xml"))).orElse("");
      } catch (IOException e) {
        return "";
      }
    }
    return "";
  }

  private static GateResult skipped(String why, List<String> notes) {
    List<CriterionResult> criteria = List.of(
        CriterionResult.skipped(BINARY, ApiReport.BINARY_TITLE, why),
        CriterionResult.skipped(SOURCE, ApiReport.SOURCE_TITLE, why),
        CriterionResult.skipped(SEMVER, ApiReport.SEMVER_TITLE, why));
    List<String> all = new ArrayList<>(notes);
    all.add(Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".");
    return new GateResult(ID, Status.SKIPPED, why, criteria, List.of(), all, Map.of());
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless; the OS cleans it
    }
  }

}
