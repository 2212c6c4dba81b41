package dev.assay.perf;

import dev.assay.process.ProcessTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command through the shell in a directory with a time limit, keeping its standard output
 * (up to {@value #MAX_OUTPUT} bytes) and the tail of its standard error, and measuring its wall
 * time. On timeout the whole process tree is killed, children first. Never throws for a failing
 * or hanging command.
 */
final class ProcessRun {
  static final int MAX_OUTPUT = 8 * 1024 * 1024;
  static final int TAIL_LINES = 20;

  /**
   * How the run ended.
   *
   * @param exitCode the exit code, or -1 when it timed out or did not start
   * @param timedOut whether it was killed for running too long
   * @param stdout what it printed on standard output (cut at {@link #MAX_OUTPUT})
   * @param stderrTail the last lines it printed on standard error (or the reason it did not start)
   * @param wallNanos its wall time
   */
  record Outcome(int exitCode, boolean timedOut, String stdout, List<String> stderrTail,
      long wallNanos) {
    Outcome {
      stderrTail = List.copyOf(stderrTail);
    }

    boolean succeeded() {
      return exitCode == 0 && !timedOut;
    }

    /** The last lines of both streams, for an error message. */
    List<String> tail() {
      List<String> all = new ArrayList<>(Arrays.asList(stdout.split("\n")));
      all.removeIf(String::isBlank);
      List<String> out = new ArrayList<>(all.subList(Math.max(0, all.size() - 10), all.size()));
      out.addAll(stderrTail);
      return out.stream().map(l -> l.length() > 300 ? l.substring(0, 300) + "..." : l).toList();
    }
  }

  private ProcessRun() {}

  /**
   * Runs {@code prefix} followed by {@code sh -c command}.
   *
   * @param prefix a wrapper such as {@code strace -f -c -o FILE}, or empty
   */
  static Outcome run(List<String> prefix, String command, Path dir, Map<String, String> env,
      Duration timeout) throws InterruptedException {
    List<String> argv = new ArrayList<>(prefix);
    argv.addAll(List.of("sh", "-c", command));
    ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile());
    pb.environment().putAll(env);
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    long start = System.nanoTime();
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return new Outcome(-1, false, "", List.of("cannot start `" + command + "`: "
          + e.getMessage()), 0);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread o = drain(p.getInputStream(), out, "assay-perf-stdout");
    Thread e = drain(p.getErrorStream(), err, "assay-perf-stderr");
    boolean finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    long wall = System.nanoTime() - start;
    if (!finished) {
      ProcessTree.kill(p);
    }
    o.join(5_000);
    e.join(5_000);
    String stdout;
    String stderr;
    synchronized (out) {
      stdout = out.toString(StandardCharsets.UTF_8);
    }
    synchronized (err) {
      stderr = err.toString(StandardCharsets.UTF_8);
    }
    List<String> lines = new ArrayList<>(Arrays.asList(stderr.split("\n")));
    lines.removeIf(String::isBlank);
    List<String> tail = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
    return new Outcome(finished ? p.exitValue() : -1, !finished, stdout, tail, wall);
  }

  private static Thread drain(InputStream in, ByteArrayOutputStream sink, String name) {
    Thread t = new Thread(() -> {
      byte[] buf = new byte[8192];
      try (in) {
        int n;
        while ((n = in.read(buf)) > 0) {
          synchronized (sink) {
            if (sink.size() < MAX_OUTPUT) {
              sink.write(buf, 0, Math.min(n, MAX_OUTPUT - sink.size()));
            }
          }
        }
      } catch (IOException ex) {
        // the stream closes when the process tree is killed; what was read is kept
      }
    }, name);
    t.setDaemon(true);
    t.start();
    return t;
  }
}
