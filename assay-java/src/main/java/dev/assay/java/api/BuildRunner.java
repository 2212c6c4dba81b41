package dev.assay.java.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs a build command through the platform shell in one tree, keeping the last lines of its
 * output, and kills the process tree on timeout.
 */
final class BuildRunner {
  static final int TAIL_LINES = 40;

  /** How the build ended; {@code exitCode} is -1 when it timed out or did not start. */
  record Outcome(int exitCode, boolean timedOut, List<String> tail) {
    Outcome {
      tail = List.copyOf(tail);
    }

    boolean succeeded() {
      return exitCode == 0 && !timedOut;
    }
  }

  /** The build of a Maven or Gradle tree, preferring its wrapper; empty when there is none. */
  static String detect(Path tree) {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    if (Files.isRegularFile(tree.resolve("pom.xml"))) {
      String mvn = Files.isRegularFile(tree.resolve(windows ? "mvnw.cmd" : "mvnw"))
          ? (windows ? "mvnw.cmd" : "./mvnw") : "mvn";
      return mvn + " -B -q -DskipTests -Dmaven.javadoc.skip=true -Dgpg.skip package";
    }
    if (Files.isRegularFile(tree.resolve("build.gradle"))
        || Files.isRegularFile(tree.resolve("build.gradle.kts"))) {
      String gradle = Files.isRegularFile(tree.resolve(windows ? "gradlew.bat" : "gradlew"))
          ? (windows ? "gradlew.bat" : "./gradlew") : "gradle";
      return gradle + " -q assemble";
    }
    return "";
  }

  Outcome run(String command, Path dir, Duration timeout) throws InterruptedException {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    ProcessBuilder pb = new ProcessBuilder(windows ? List.of("cmd", "/c", command)
        : List.of("sh", "-c", command)).directory(dir.toFile()).redirectErrorStream(true);
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File(windows ? "NUL" : "/dev/null")));
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return new Outcome(-1, false, List.of("cannot start `" + command + "`: " + e.getMessage()));
    }
    Deque<String> tail = new ArrayDeque<>();
    Thread reader = new Thread(() -> drain(p, tail), "assay-api-build-output");
    reader.setDaemon(true);
    reader.start();
    boolean finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (!finished) {
      List<ProcessHandle> children = p.descendants().toList();
      children.forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor(5, TimeUnit.SECONDS);
    }
    reader.join(TimeUnit.SECONDS.toMillis(5));
    synchronized (tail) {
      return new Outcome(finished ? p.exitValue() : -1, !finished, new ArrayList<>(tail));
    }
  }

  private static void drain(Process p, Deque<String> tail) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String kept = line.length() > 500 ? line.substring(0, 500) + "..." : line;
        synchronized (tail) {
          if (tail.size() == TAIL_LINES) {
            tail.removeFirst();
          }
          tail.addLast(kept);
        }
      }
    } catch (IOException e) {
      // the stream closes when the process is killed; what was read is kept
    }
  }
}
