package dev.assay.gate.observability;

import dev.assay.api.ChangedLines;
import dev.assay.api.Finding;
import dev.assay.api.LineRange;
import dev.assay.lang.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs the observability rules (default configuration) over every source file under a directory
 * as if every line were added, the way {@code assay scan} does, on one thread; prints the time spent
 * reading and scanning and the findings per rule, and writes every finding as a tab-separated line
 * to the file named by the second argument (for reading a sample). Not a test: run it by hand, see
 * docs/benchmarks.md.
 */
public final class ObservabilityScanBench {
  private ObservabilityScanBench() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    Path out = Path.of(args.length > 1 ? args[1] : "observability-findings.tsv");
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> !p.toString().contains("/node_modules/") || args.length > 3)
          .filter(p -> Language.ofPath(p.toString()).isPresent())
          .sorted()
          .toList();
    }
    ObservabilityConfig cfg = ObservabilityConfig.defaults();
    var prepared = new java.util.function.Function<String, Scope>() {
      final Signals signals = new Signals(java.util.Set.of());
      final List<dev.assay.glob.Glob> tests = dev.assay.glob.Glob.compileAll(cfg.testPaths());
      final List<dev.assay.glob.Glob> prints = dev.assay.glob.Glob.compileAll(cfg.exempt());

      @Override
      public Scope apply(String path) {
        return new Scope(cfg, signals, dev.assay.glob.Glob.anyMatch(tests, path),
            dev.assay.glob.Glob.anyMatch(prints, path));
      }
    };
    List<dev.assay.glob.Glob> exclude = dev.assay.glob.Glob.compileAll(cfg.exclude());
    for (int r = 0; r < rounds; r++) {
      var mx = java.lang.management.ManagementFactory.getThreadMXBean();
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      List<String> texts = new ArrayList<>(files.size());
      for (Path p : files) {
        texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      }
      long t1 = System.nanoTime();
      long c1 = mx.getCurrentThreadCpuTime();
      List<Finding> findings = new ArrayList<>();
      int tokenized = 0;
      for (int i = 0; i < files.size(); i++) {
        String rel = root.relativize(files.get(i)).toString().replace('\\', '/');
        String text = texts.get(i);
        if (dev.assay.glob.Glob.anyMatch(exclude, rel)) {
          continue;
        }
        ChangedLines all = ChangedLines.of(List.of(new LineRange(1, Integer.MAX_VALUE / 2)));
        FileScan.Outcome o = FileScan.scan(rel, Language.ofPath(rel).orElseThrow(), text, all,
            prepared);
        findings.addAll(o.findings());
        tokenized += o.tokenized() ? 1 : 0;
      }
      long t2 = System.nanoTime();
      long c2 = mx.getCurrentThreadCpuTime();
      Map<String, Integer> perRule = new TreeMap<>();
      findings.forEach(f -> perRule.merge(f.rule(), 1, Integer::sum));
      System.out.printf(
          "files=%d tokenized=%d read=%.2fs (%.2fs CPU) scan=%.2fs (%.2fs CPU) findings=%d %s%n",
          files.size(), tokenized, (t1 - t0) / 1e9, (c1 - c0) / 1e9, (t2 - t1) / 1e9,
          (c2 - c1) / 1e9, findings.size(), perRule);
      if (r == rounds - 1) {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
          for (Finding f : findings) {
            w.println(f.rule() + "\t" + f.path() + "\t" + f.line() + "\t" + f.endLine() + "\t"
                + f.message());
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
