package dev.assay.java.findsecbugs;

import dev.assay.gate.security.CompiledJavaAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Benchmark harness (not a test): FindSecBugs on the classes compiled from 1, 10 and 100 changed
 * sources of a real library, to show that its time follows the change. Run by
 * bench/findsecbugs-bench.sh, which lays out commons-lang3 3.17.0 as {@code DIR/src/main/java} and
 * {@code DIR/target/classes}.
 *
 * <p>usage: FindSecBugsBench DIR [ROUNDS] [SIZES...]
 */
public final class FindSecBugsBench {
  private FindSecBugsBench() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int[] sizes = args.length > 2
        ? Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray()
        : new int[] {1, 10, 100};
    List<Path> all;
    try (Stream<Path> s = Files.walk(root.resolve("src/main/java"))) {
      all = s.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java"))
          .sorted().toList();
    }
    System.out.println("corpus: " + root + " (" + all.size() + " source files)");
    FindSecBugsAnalyzer analyzer = new FindSecBugsAnalyzer();
    long t0 = System.nanoTime();
    CompiledJavaAnalyzer.Result first = analyzer.analyze(request(root, pick(all, 1)));
    System.out.printf(Locale.ROOT, "first run in a fresh JVM (loads SpotBugs and FindSecBugs), 1 file:"
        + " %d ms, %d classes%n", (System.nanoTime() - t0) / 1_000_000, first.classes());
    System.out.println("| changed files | classes analysed | median ms | min ms | max ms | issues |");
    System.out.println("|---|---|---|---|---|---|");
    for (int n : sizes) {
      List<Path> picked = pick(all, n);
      long[] ms = new long[rounds];
      CompiledJavaAnalyzer.Result r = null;
      for (int i = 0; i < rounds; i++) {
        long t = System.nanoTime();
        r = analyzer.analyze(request(root, picked));
        ms[i] = (System.nanoTime() - t) / 1_000_000;
        if (r.error().isPresent()) {
          throw new IllegalStateException(r.error().get());
        }
      }
      long[] sorted = ms.clone();
      Arrays.sort(sorted);
      System.out.printf(Locale.ROOT, "| %d | %d | %d | %d | %d | %d |%n", picked.size(), r.classes(),
          sorted[rounds / 2], sorted[0], sorted[rounds - 1], r.issues().size());
    }
  }

  /** {@code n} files spread evenly over the sorted list, so each size samples the whole library. */
  static List<Path> pick(List<Path> all, int n) {
    List<Path> out = new ArrayList<>();
    int k = Math.min(n, all.size());
    for (int i = 0; i < k; i++) {
      out.add(all.get((int) ((long) i * all.size() / k)));
    }
    return out;
  }

  private static CompiledJavaAnalyzer.Request request(Path root, List<Path> files) throws Exception {
    List<CompiledJavaAnalyzer.Source> sources = new ArrayList<>();
    for (Path f : files) {
      sources.add(new CompiledJavaAnalyzer.Source(
          root.relativize(f).toString().replace('\\', '/'), Files.readString(f)));
    }
    return new CompiledJavaAnalyzer.Request(root, sources,
        List.of(root.resolve("target/classes")), List.of());
  }
}
