package dev.assay.llm.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One task of a suite: a folder with {@code task.md} (the prompt), {@code repo/} (the files the
 * target repository starts from, criteria included) and optionally {@code task.properties}
 * ({@code targets}, comma-separated; {@code build}, a shell command; {@code max-attempts}).
 */
public record EvalTask(String name, Path dir, String prompt, List<String> targets, Optional<String> build,
    Optional<Integer> maxAttempts) {
  private static final Set<String> KEYS = Set.of("targets", "build", "max-attempts");

  /**
   * Every task folder under {@code suite}, sorted by name.
   *
   * @throws EvalException naming the folder and file that is wrong
   */
  public static List<EvalTask> readSuite(Path suite) throws EvalException {
    if (!Files.isDirectory(suite)) {
      throw new EvalException(suite + " is not a folder; give the folder that holds the task folders");
    }
    List<Path> dirs;
    try (Stream<Path> s = Files.list(suite)) {
      dirs = s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new EvalException("cannot list " + suite + ": " + e.getMessage());
    }
    List<EvalTask> tasks = new ArrayList<>();
    for (Path d : dirs) {
      tasks.add(read(d));
    }
    if (tasks.isEmpty()) {
      throw new EvalException(suite + " has no task folders; each task is a folder with task.md and repo/");
    }
    return tasks;
  }

  static EvalTask read(Path dir) throws EvalException {
    Path md = dir.resolve("task.md");
    if (!Files.isRegularFile(md)) {
      throw new EvalException(md + ": missing; every task folder needs task.md with the prompt");
    }
    if (!Files.isDirectory(dir.resolve("repo"))) {
      throw new EvalException(dir.resolve("repo") + ": missing; put the files the repository starts from there");
    }
    Properties p = new Properties();
    Path props = dir.resolve("task.properties");
    try {
      if (Files.isRegularFile(props)) {
        try (Reader r = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
          p.load(r);
        }
      }
      for (String k : p.stringPropertyNames()) {
        if (!KEYS.contains(k)) {
          throw new EvalException(props + ": unknown key '" + k + "'; the keys are targets, build and max-attempts");
        }
      }
      Optional<Integer> max = Optional.empty();
      if (p.containsKey("max-attempts")) {
        try {
          max = Optional.of(Integer.parseInt(p.getProperty("max-attempts").strip()));
          if (max.get() < 1) {
            throw new NumberFormatException();
          }
        } catch (NumberFormatException e) {
          throw new EvalException(props + ": max-attempts must be a whole number of at least 1, not '" + p.getProperty("max-attempts") + "'");
        }
      }
      List<String> targets = p.containsKey("targets")
          ? Arrays.stream(p.getProperty("targets").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
          : List.of();
      return new EvalTask(dir.getFileName().toString(), dir, Files.readString(md, StandardCharsets.UTF_8),
          targets, Optional.ofNullable(p.getProperty("build")).map(String::strip).filter(s -> !s.isEmpty()), max);
    } catch (IOException e) {
      throw new EvalException("cannot read task " + dir + ": " + e.getMessage());
    }
  }

  /** A problem with the suite; exit 2. */
  public static final class EvalException extends Exception {
    private static final long serialVersionUID = 1L;

    public EvalException(String message) {
      super(message);
    }
  }
}
