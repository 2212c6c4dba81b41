package dev.assay.llm.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A build given as a shell command ({@code mvn -q verify}, {@code ./gradlew test jacocoTestReport},
 * {@code npm test -- --coverage}), run in the scratch work tree with a time limit. The last lines
 * of its output go back to the model when it fails.
 */
public final class CommandBuild implements BuildStep {
  private static final int TAIL_LINES = 60;
  private final String command;
  private final Duration timeout;

  public CommandBuild(String command, Duration timeout) {
    this.command = Objects.requireNonNull(command, "command");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  @Override
  public Result run(Path workTree) throws InterruptedException {
    boolean windows = System.getProperty("os.name", "").startsWith("Windows");
    List<String> argv = windows ? List.of("cmd", "/c", command) : List.of("sh", "-c", command);
    Process p;
    try {
      p = new ProcessBuilder(argv).directory(workTree.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      return new Result(false, "the build command could not start: " + e.getMessage());
    }
    Deque<String> tail = new ArrayDeque<>();
    Thread reader = new Thread(() -> drain(p.getInputStream(), tail));
    reader.setDaemon(true);
    reader.start();
    if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      reader.join(1000);
      return new Result(false, "the build did not finish within " + timeout.toSeconds() + " s and was stopped\n" + join(tail));
    }
    reader.join(5000);
    int code = p.exitValue();
    return new Result(code == 0, (code == 0 ? "" : "the build exited with " + code + "\n") + join(tail));
  }

  private static void drain(InputStream in, Deque<String> tail) {
    try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        synchronized (tail) {
          tail.addLast(line.length() > 500 ? line.substring(0, 500) + "..." : line);
          if (tail.size() > TAIL_LINES) {
            tail.removeFirst();
          }
        }
      }
    } catch (IOException e) {
      // The process ended; what was read is kept.
    }
  }

  private static String join(Deque<String> tail) {
    synchronized (tail) {
      return String.join("\n", tail);
    }
  }
}
