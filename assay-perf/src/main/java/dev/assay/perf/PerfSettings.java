package dev.assay.perf;

import dev.assay.api.Settings;
import dev.assay.perf.stats.Complexity;
import dev.assay.perf.PerfConfig.BenchmarkSpec;
import dev.assay.perf.PerfConfig.Kind;
import dev.assay.perf.PerfConfig.Reference;
import dev.assay.perf.PerfConfig.ScalingSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and validates {@code gates.performance}; every mistake names its key. */
final class PerfSettings {
  static final Set<String> KEYS = Set.of("build", "build-timeout", "cache-dir", "benchmarks",
      "reference", "max-regression", "confidence", "time-budget", "min-rounds", "max-rounds",
      "run-timeout", "inconclusive", "budgets", "scaling", "counters", "syscalls");
  private static final Set<String> BENCHMARK_KEYS =
      Set.of("jmh", "command", "time", "reference-command", "size");
  private static final Set<String> SCALING_KEYS = Set.of("size", "expect", "tolerance");
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");
  private static final Pattern NAME = Pattern.compile("[\\w.$#\\[\\]=,:/-]+");

  private PerfSettings() {}

  static PerfConfig read(Settings s) {
    s.requireKnownKeys(KEYS);
    int minRounds = s.integer("min-rounds", 7);
    int maxRounds = s.integer("max-rounds", 60);
    if (minRounds < 2) {
      throw s.error("min-rounds", "must be at least 2, got " + minRounds,
          "a decision needs several rounds; 7 is the default");
    }
    if (maxRounds < minRounds || maxRounds > 10_000) {
      throw s.error("max-rounds", "must be between min-rounds (" + minRounds + ") and 10000, got "
          + maxRounds, null);
    }
    double maxRegression = s.ratio("max-regression", 0.10);
    if (!(maxRegression > 0) || maxRegression >= 1) {
      throw s.error("max-regression", "must be above 0% and below 100%", "e.g. 10%");
    }
    double confidence = s.ratio("confidence", 0.95);
    if (confidence <= 0.5 || confidence >= 1) {
      throw s.error("confidence", "must be above 50% and below 100%", "e.g. 95% or 99%");
    }
    return new PerfConfig(
        s.string("build", "").strip(),
        duration(s, "build-timeout", PerfConfig.DEFAULT_BUILD_TIMEOUT),
        s.string("cache-dir", "").strip(),
        benchmarks(s),
        reference(s),
        maxRegression,
        confidence,
        duration(s, "time-budget", PerfConfig.DEFAULT_TIME_BUDGET),
        minRounds,
        maxRounds,
        duration(s, "run-timeout", PerfConfig.DEFAULT_RUN_TIMEOUT),
        s.choice("inconclusive", "advisory", List.of("advisory", "blocking")).equals("blocking"),
        budgets(s),
        scaling(s),
        counters(s),
        s.strings("syscalls", List.of("fsync", "fdatasync")));
  }

  private static List<BenchmarkSpec> benchmarks(Settings s) {
    Settings all = s.section("benchmarks");
    List<BenchmarkSpec> out = new ArrayList<>();
    for (String name : all.keys()) {
      checkName(all, name);
      Settings b = all.section(name);
      b.requireKnownKeys(BENCHMARK_KEYS);
      List<Kind> kinds = new ArrayList<>();
      for (Kind k : Kind.values()) {
        if (b.has(k.name().toLowerCase(Locale.ROOT))) {
          kinds.add(k);
        }
      }
      if (kinds.size() != 1) {
        throw all.error(name, kinds.isEmpty() ? "says neither `jmh`, `command` nor `time`"
            : "says more than one of `jmh`, `command` and `time`", "give exactly one, e.g."
            + " `command: python3 bench.py` (prints the benchmark JSON)");
      }
      String key = kinds.get(0).name().toLowerCase(Locale.ROOT);
      String command = b.string(key, "").strip();
      if (command.isEmpty()) {
        throw b.error(key, "the command is empty", "write the command that runs the benchmark");
      }
      long size = b.integer("size", 0);
      if (size < 0) {
        throw b.error("size", "must not be negative", null);
      }
      out.add(new BenchmarkSpec(name, kinds.get(0), command,
          b.string("reference-command", "").strip(), size));
    }
    if (out.isEmpty() && s.has("benchmarks")) {
      throw s.error("benchmarks", "names no benchmark", "add an entry, e.g. `lookup: {command:"
          + " python3 bench.py}`");
    }
    return out;
  }

  private static Reference reference(Settings s) {
    if (!s.has("reference")) {
      return Reference.NONE;
    }
    Settings r = s.section("reference");
    r.requireKnownKeys(Set.of("commit", "directory"));
    if (r.has("commit") == r.has("directory")) {
      throw s.error("reference", "needs exactly one of `commit` and `directory`",
          "e.g. `reference: {commit: v1.4.0}` or `reference: {directory: ../reference-impl}`");
    }
    if (r.has("commit")) {
      String c = r.string("commit", "").strip();
      if (c.isEmpty() || c.startsWith("-")) {
        throw r.error("commit", "is not a commit or ref", "e.g. v1.4.0 or a commit id");
      }
      return new Reference(c, null);
    }
    String d = r.string("directory", "").strip();
    if (d.isEmpty()) {
      throw r.error("directory", "is empty", "name the reference's directory");
    }
    return new Reference("", Path.of(d));
  }

  private static Map<String, List<Budget>> budgets(Settings s) {
    Settings all = s.section("budgets");
    Map<String, List<Budget>> out = new LinkedHashMap<>();
    for (String name : all.keys()) {
      checkName(all, name);
      List<Budget> list = new ArrayList<>();
      for (String text : all.strings(name, List.of())) {
        try {
          list.add(Budget.parse(text).orElseThrow(() -> all.error(name, "`" + text + "` is not a"
              + " budget", "write e.g. `p50 <= 0.15 ms`, `>= 20000 ops/s` or `<= 1.2x reference`")));
        } catch (IllegalArgumentException e) {
          throw all.error(name, "`" + text + "`: " + e.getMessage(), null);
        }
      }
      if (list.stream().anyMatch(Budget::isRatio) && !s.has("reference")
          && !hasReferenceCommand(s)) {
        throw all.error(name, "has a ratio budget but there is no reference", "add"
            + " `reference: {commit: ...}` or a benchmark's `reference-command`");
      }
      out.put(name, list);
    }
    return out;
  }

  private static boolean hasReferenceCommand(Settings s) {
    Settings all = s.section("benchmarks");
    return all.keys().stream().anyMatch(k -> all.section(k).has("reference-command"));
  }

  private static Map<String, ScalingSpec> scaling(Settings s) {
    Settings all = s.section("scaling");
    Map<String, ScalingSpec> out = new LinkedHashMap<>();
    for (String name : all.keys()) {
      checkName(all, name);
      Settings c = all.section(name);
      c.requireKnownKeys(SCALING_KEYS);
      int size = c.integer("size", 0);
      if (size < 2) {
        throw c.error("size", c.has("size") ? "must be at least 2" : "is missing",
            "the smaller size N; Assay also runs 10N, e.g. `size: 1000`");
      }
      String e = c.string("expect", "");
      Complexity x = complexity(e).orElseThrow(() -> c.error("expect", e.isEmpty()
          ? "is missing" : "`" + e + "` is not a known growth", "one of O(1), O(log n), O(n)"));
      double tol = c.ratio("tolerance", 0.5);
      if (!(tol > 0)) {
        throw c.error("tolerance", "must be above 0%", "e.g. 50%");
      }
      out.put(name, new ScalingSpec(name, size, x, tol));
    }
    return out;
  }

  private static List<String> counters(Settings s) {
    List<String> c = s.strings("counters", List.of("instructions", "syscalls"));
    for (String v : c) {
      if (!v.equals("instructions") && !v.equals("syscalls")) {
        throw s.error("counters", "`" + v + "` is not a counter", "use `instructions` and/or"
            + " `syscalls`, or `[]` for none");
      }
    }
    return c;
  }

  static java.util.Optional<Complexity> complexity(String s) {
    String t = s.toLowerCase(Locale.ROOT).replace(" ", "");
    return switch (t) {
      case "o(1)", "constant" -> java.util.Optional.of(Complexity.CONSTANT);
      case "o(logn)", "logarithmic" -> java.util.Optional.of(Complexity.LOGARITHMIC);
      case "o(n)", "linear" -> java.util.Optional.of(Complexity.LINEAR);
      default -> java.util.Optional.empty();
    };
  }

  /** How an O(...) reads in reports. */
  static String text(Complexity c) {
    return switch (c) {
      case CONSTANT -> "O(1)";
      case LOGARITHMIC -> "O(log n)";
      case LINEAR -> "O(n)";
    };
  }

  private static void checkName(Settings s, String name) {
    if (!NAME.matcher(name).matches()) {
      throw s.error(name, "`" + name + "` is not a benchmark name", "use letters, digits and"
          + " . _ - $ # : / [ ] = ,");
    }
  }

  static Duration duration(Settings s, String key, Duration dflt) {
    if (!s.has(key)) {
      return dflt;
    }
    String value = s.string(key, "");
    Matcher m = DURATION.matcher(value.strip());
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw s.error(key, "`" + value + "` is not a positive duration",
          "write a number with a unit: ms, s, m or h, e.g. 90s");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
  }
}
