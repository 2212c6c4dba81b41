package dev.assay.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;
import org.jacoco.core.instr.Instrumenter;
import org.jacoco.core.runtime.IRuntime;
import org.jacoco.core.runtime.LoggerRuntime;
import org.jacoco.core.runtime.RuntimeData;

/**
 * Runs the example's tests against JaCoCo-instrumented main classes in a fresh class loader, the
 * in-process equivalent of Surefire with JaCoCo's agent.
 */
final class CoverageRun {
  private static final String SESSION_ID = "assay-demo";

  /**
   * What the run produced.
   *
   * @param tests the test summary
   * @param executionData the probes each main class hit
   * @param sessions the one session the data came from
   */
  record Outcome(
      ExampleTests.Summary tests, ExecutionDataStore executionData, SessionInfoStore sessions) {}

  private CoverageRun() {}

  /** Instruments {@code classes}, runs the tests in {@code testClasses}, collects coverage. */
  static Outcome run(Path classes, Path testClasses, Path reportsDir) throws DemoException {
    IRuntime runtime = new LoggerRuntime();
    RuntimeData data = new RuntimeData();
    data.setSessionId(SESSION_ID);
    try {
      runtime.startup(data);
    } catch (Exception e) {
      throw new DemoException("could not start the JaCoCo runtime: " + e.getMessage(), e);
    }
    try {
      Map<String, byte[]> definitions = new HashMap<>();
      Instrumenter instrumenter = new Instrumenter(runtime);
      for (Map.Entry<String, byte[]> main : read(classes).entrySet()) {
        definitions.put(main.getKey(), instrumenter.instrument(main.getValue(), main.getKey()));
      }
      Map<String, byte[]> tests = read(testClasses);
      definitions.putAll(tests);
      ClassLoader loader = new ExampleClassLoader(definitions, CoverageRun.class.getClassLoader());
      Files.createDirectories(reportsDir);
      ExampleTests.Summary summary = ExampleTests.run(load(tests, loader), loader, reportsDir);
      ExecutionDataStore executionData = new ExecutionDataStore();
      SessionInfoStore sessions = new SessionInfoStore();
      data.collect(executionData, sessions, false);
      return new Outcome(summary, executionData, sessions);
    } catch (IOException e) {
      throw new DemoException("could not run the example's tests: " + e.getMessage(), e);
    } finally {
      runtime.shutdown();
    }
  }

  /** Class name to class file bytes, for every class file under {@code root}. */
  private static Map<String, byte[]> read(Path root) throws IOException {
    Map<String, byte[]> classes = new HashMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
    for (Path file : files) {
      String relative = root.relativize(file).toString();
      String name = relative.substring(0, relative.length() - ".class".length());
      classes.put(name.replace(file.getFileSystem().getSeparator(), "."), Files.readAllBytes(file));
    }
    return classes;
  }

  /** The top-level test classes; Jupiter finds nested ones itself and ignores non-test classes. */
  private static List<Class<?>> load(Map<String, byte[]> tests, ClassLoader loader)
      throws DemoException {
    List<Class<?>> loaded = new ArrayList<>();
    for (String name : tests.keySet().stream().filter(n -> !n.contains("$")).sorted().toList()) {
      try {
        loaded.add(Class.forName(name, false, loader));
      } catch (ClassNotFoundException | LinkageError e) {
        throw new DemoException("could not load the example's test class " + name + ": " + e, e);
      }
    }
    return loaded;
  }
}
