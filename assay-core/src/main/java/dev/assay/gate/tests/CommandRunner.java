package dev.assay.gate.tests;

import dev.assay.process.ProcessTree;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs the configured test command through the platform shell in the repository root, keeping only
 * the last {@value #TAIL_LINES} lines of output, and kills the whole process tree on timeout so a
 * hung build cannot outlive the check.
 */
final class CommandRunner {
  static final int TAIL_LINES = 200;
  static final int MAX_LINE = 1_000;

  /** Runs {@code command} in {@code dir}; never throws for a failing or hanging command. */
  CommandOutcome run(String command, Path dir, Duration timeout) throws InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(shell(command)).directory(dir.toFile());
    pb.redirectErrorStream(true);
    pb.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return new CommandOutcome(-1, false, List.of(), "cannot start `" + command + "`: " + e);
    }
    Deque<String> tail = new ArrayDeque<>();
    Thread reader = new Thread(() -> drain(p, tail), "assay-tests-command-output");
    reader.setDaemon(true);
    reader.start();
    boolean finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (!finished) {
      ProcessTree.kill(p);
    }
    reader.join(TimeUnit.SECONDS.toMillis(5));
    synchronized (tail) {
      return new CommandOutcome(finished ? p.exitValue() : -1, !finished, new ArrayList<>(tail), "");
    }
  }

  private static List<String> shell(String command) {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    return windows ? List.of("cmd", "/c", command) : List.of("sh", "-c", command);
  }

  private static java.io.File nullDevice() {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    return new java.io.File(windows ? "NUL" : "/dev/null");
  }

  private static void drain(Process p, Deque<String> tail) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String kept = line.length() > MAX_LINE ? line.substring(0, MAX_LINE) + "..." : line;
        synchronized (tail) {
          if (tail.size() == TAIL_LINES) {
            tail.removeFirst();
          }
          tail.addLast(kept);
        }
      }
    } catch (IOException e) {
      // the stream closes when the process tree is killed; what was read is kept
    }
  }
}
