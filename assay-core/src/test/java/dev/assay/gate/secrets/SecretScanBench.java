package dev.assay.gate.secrets;

import dev.assay.api.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Benchmark harness (not a test): scans every regular, non-binary file under a directory with
 * {@link SecretScanner#scan} on all cores and prints files, MB, seconds and findings per rule. With
 * a second argument, also writes each finding and its source line to that file, for classifying
 * samples by hand.
 *
 * <pre>
 * bash /work/shared/bench/fetch-java-corpus.sh /tmp/java-corpus
 * java -cp assay-api/target/classes:assay-core/target/classes:assay-core/target/test-classes \
 *     dev.assay.gate.secrets.SecretScanBench /tmp/java-corpus [findings.txt]
 * </pre>
 */
public final class SecretScanBench {
  private SecretScanBench() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (int round = 1; round <= 3; round++) {
      long t0 = System.nanoTime();
      AtomicLong bytes = new AtomicLong();
      List<Finding> all =
          files.parallelStream().flatMap(p -> scan(root, p, bytes).stream()).toList();
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "read+scan round %d: %d files, %.1f MB, %.2f s, %d findings%n",
          round, files.size(), bytes.get() / 1e6, secs, all.size());
      if (round == 3) {
        report(all, args.length > 1 ? args[1] : null, root);
      }
    }
    Map<String, String> texts = new TreeMap<>();
    for (Path p : files) {
      texts.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
    }
    for (int round = 1; round <= 3; round++) {
      long t0 = System.nanoTime();
      long n =
          texts.entrySet().parallelStream()
              .mapToLong(e -> SecretScanner.scan(e.getKey(), e.getValue(), LineFilter.all()).size())
              .sum();
      System.out.printf(
          "scan only (files in memory), round %d: %.2f s, %d findings%n",
          round, (System.nanoTime() - t0) / 1e9, n);
    }
  }

  private static List<Finding> scan(Path root, Path file, AtomicLong bytes) {
    try {
      byte[] b = Files.readAllBytes(file);
      bytes.addAndGet(b.length);
      if (isBinary(b)) {
        return List.of();
      }
      String rel = root.relativize(file).toString().replace('\\', '/');
      return SecretScanner.scan(rel, new String(b, StandardCharsets.UTF_8), LineFilter.all());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Git's heuristic, which the gate's source trees apply before a gate sees a file. */
  private static boolean isBinary(byte[] b) {
    for (int i = 0; i < Math.min(b.length, 8000); i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static void report(List<Finding> all, String out, Path root) throws IOException {
    Map<String, Integer> perRule = new TreeMap<>();
    all.forEach(f -> perRule.merge(f.rule(), 1, Integer::sum));
    perRule.forEach((rule, n) -> System.out.printf("  %-40s %d%n", rule, n));
    if (out == null) {
      return;
    }
    try (PrintStream ps = new PrintStream(Files.newOutputStream(Path.of(out)), true, "UTF-8")) {
      for (Finding f : all) {
        String[] lines =
            new String(Files.readAllBytes(root.resolve(f.path())), StandardCharsets.UTF_8)
                .split("\n", -1);
        ps.println(
            f.rule() + " " + f.severity() + " " + f.path() + ":" + f.line() + " " + f.message());
        ps.println("    | " + lines[f.line() - 1].strip());
      }
    }
  }
}
