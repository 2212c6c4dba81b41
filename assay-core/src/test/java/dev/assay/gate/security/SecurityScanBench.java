package dev.assay.gate.security;

import dev.assay.api.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Benchmark harness (not a test): scans every source file under a directory with a default
 * {@link SecurityScanner} on all cores, three rounds, and prints files, candidates (files the
 * prescreen let through and that were parsed), seconds and findings per rule. With a second
 * argument, also writes each finding with its source line to that file, for classifying by hand.
 *
 * <pre>
 * java -cp "$(cat cp.txt)" dev.assay.gate.security.SecurityScanBench DIR [findings.txt]
 * </pre>
 */
public final class SecurityScanBench {
  private SecurityScanBench() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/.git/")).sorted().toList();
    }
    SecurityScanner scanner = new SecurityScanner(SecurityConfig.defaults());
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    for (int round = 1; round <= rounds; round++) {
      long t0 = System.nanoTime();
      AtomicInteger candidates = new AtomicInteger();
      AtomicInteger problems = new AtomicInteger();
      List<Finding> all =
          files.parallelStream()
              .flatMap(p -> scan(scanner, root, p, candidates, problems).stream())
              .toList();
      System.out.printf(
          "round %d: %d files, %d candidates parsed, %d not fully analysed, %.2f s, %d findings%n",
          round, files.size(), candidates.get(), problems.get(), (System.nanoTime() - t0) / 1e9, all.size());
      if (round == rounds) {
        report(all, args.length > 1 ? args[1] : null, root);
      }
    }
  }

  private static List<Finding> scan(
      SecurityScanner scanner, Path root, Path file, AtomicInteger candidates, AtomicInteger problems) {
    try {
      String rel = root.relativize(file).toString().replace('\\', '/');
      if (dev.assay.lang.Language.ofPath(rel).isEmpty() || Files.size(file) > 2 * 1024 * 1024) {
        return List.of();
      }
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      long t0 = System.nanoTime();
      SecurityScanner.FileScan s = scanner.scan(rel, text, line -> true);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      if (ms > 200 && System.getenv("SLOW") != null) {
        System.out.println("slow: " + ms + " ms " + rel);
      }
      if (s.candidate()) {
        candidates.incrementAndGet();
        if (System.getenv("CANDIDATES") != null) {
          System.out.println("candidate " + text.length() + " " + rel + " " + Prescreen.candidates(
              dev.assay.lang.Language.ofPath(rel).get(), text, SecurityConfig.defaults().enabled()));
        }
      }
      if (s.problem().isPresent()) {
        problems.incrementAndGet();
      }
      return s.findings();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void report(List<Finding> all, String out, Path root) throws IOException {
    Map<String, Integer> perRule = new TreeMap<>();
    all.forEach(f -> perRule.merge(f.rule(), 1, Integer::sum));
    perRule.forEach((r, n) -> System.out.printf("  %-40s %d%n", r, n));
    if (out == null) {
      return;
    }
    try (PrintStream p = new PrintStream(Files.newOutputStream(Path.of(out)), true, StandardCharsets.UTF_8)) {
      for (Finding f : all.stream().sorted(java.util.Comparator.comparing(Finding::rule).thenComparing(Finding::path)).toList()) {
        List<String> lines = Files.readAllLines(root.resolve(f.path()), StandardCharsets.ISO_8859_1);
        p.printf("%s %s:%d %s%n    > %s%n", f.rule(), f.path(), f.line(), f.severity(),
            lines.get(f.line() - 1).strip());
        p.printf("    %s%n", f.message().replaceAll("\\. Why and fix:.*", ""));
      }
    }
  }
}
