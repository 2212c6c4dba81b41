package dev.assay.perf;

import dev.assay.perf.PerfConfig.BenchmarkSpec;
import dev.assay.perf.PerfConfig.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one benchmark source once, in one side's tree, as a fresh process, and reads its
 * measurements. A failure of any kind (exit code, timeout, no or malformed output, bad values) is
 * a {@link PerfException} naming the side, the benchmark and why, with the output's last lines.
 */
final class BenchmarkRunner {
  private final Path work;
  private final Duration timeout;
  private int runs;

  /**
   * @param work a private scratch directory for result files
   * @param timeout one process's limit
   */
  BenchmarkRunner(Path work, Duration timeout) {
    this.work = work;
    this.timeout = timeout;
  }

  /** What one run produced: its measurements and, when wrapped, the wrapper's output file. */
  record Run(List<Measurement> measurements, ProcessRun.Outcome outcome) {}

  /**
   * Runs {@code spec} on {@code side}.
   *
   * @param size the value of {@code {size}}, 0 for the benchmark's own
   * @param prefix a counting wrapper (strace, perf) or empty
   */
  Run run(BenchmarkSpec spec, Side side, long size, List<String> prefix)
      throws PerfException, InterruptedException, IOException {
    long n = size > 0 ? size : spec.size();
    String template = side.role() == Side.Role.REFERENCE && !spec.referenceCommand().isEmpty()
        ? spec.referenceCommand() : spec.command();
    String command = template.replace("{size}", Long.toString(n));
    Path out = work.resolve("run-" + (++runs) + ".json");
    Files.deleteIfExists(out);
    if (spec.kind() == Kind.JMH) {
      command += " -f 1 -rf json -rff " + quote(out.toString()) + (n > 0 && !template.contains(
          "{size}") ? " -p size=" + n : "");
    }
    Map<String, String> env = new LinkedHashMap<>();
    env.put("ASSAY_BENCH_SIDE", side.role() == Side.Role.CONTROL ? "base"
        : side.role().name().toLowerCase(java.util.Locale.ROOT));
    env.put("ASSAY_BENCH_SIZE", Long.toString(n));
    env.put("ASSAY_BENCH_OUTPUT", out.toString());
    ProcessRun.Outcome o = ProcessRun.run(prefix, command, side.dir(), env, timeout);
    String what = "benchmark `" + spec.name() + "` on the " + side.label();
    if (o.timedOut()) {
      throw failure(what + " ran longer than the run timeout of " + seconds(timeout)
          + " and was killed (raise `gates.performance.run-timeout` if it is just slow)", o);
    }
    if (o.exitCode() != 0) {
      throw failure(what + " failed (exit code " + o.exitCode() + ") running `" + command + "`",
          o);
    }
    try {
      return new Run(switch (spec.kind()) {
        case JMH -> JmhJson.parse(read(out));
        case COMMAND -> BenchmarkJson.parse(Files.isRegularFile(out) && Files.size(out) > 0
            ? read(out) : o.stdout());
        case TIME -> List.of(new Measurement(spec.name(), o.wallNanos() / 1e9, false, 0,
            List.of()));
      }, o);
    } catch (PerfException e) {
      throw failure(what + ": " + e.getMessage(), o);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static String read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return "";
    }
    if (Files.size(file) > ProcessRun.MAX_OUTPUT) {
      return "[too large]";
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static PerfException failure(String message, ProcessRun.Outcome o) {
    List<String> tail = o.tail();
    return new PerfException(message + (tail.isEmpty() ? "" : "; last output:\n"
        + String.join("\n", tail)));
  }

  static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  /** Single-quotes a path for {@code sh -c}. */
  static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
