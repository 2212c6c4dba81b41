package dev.assay.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Compiles the example's sources in-process with the JDK's javac, as Maven's compiler would. */
final class ExampleCompiler {
  // -g as in Maven's default: JaCoCo needs line numbers and source file names for its line report.
  private static final List<String> OPTIONS = List.of("--release", "17", "-g", "-proc:none");

  private final JavaCompiler javac;

  private ExampleCompiler(JavaCompiler javac) {
    this.javac = javac;
  }

  /** The JDK's compiler; a JRE has none. */
  static ExampleCompiler ofSystem() throws DemoException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new DemoException(
          "assay demo needs a JDK (javac), not only a JRE: run assay with the java of a JDK 17 or"
              + " newer ("
              + System.getProperty("java.home")
              + " has no compiler)");
    }
    return new ExampleCompiler(javac);
  }

  /** Compiles every {@code .java} file under {@code sourceRoot} into {@code outputDir}. */
  void compile(Path sourceRoot, List<Path> classpath, Path outputDir) throws DemoException {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      Files.createDirectories(outputDir);
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(outputDir));
      Iterable<? extends JavaFileObject> units =
          files.getJavaFileObjectsFromPaths(sources(sourceRoot));
      if (!javac.getTask(output, files, diagnostics, OPTIONS, null, units).call()) {
        throw new DemoException(
            "the example's sources under "
                + sourceRoot
                + " did not compile:\n"
                + errors(diagnostics)
                + output);
      }
    } catch (IOException e) {
      throw new DemoException("could not compile " + sourceRoot + ": " + e.getMessage(), e);
    }
  }

  /**
   * Where the JUnit Jupiter API and the types its signatures name are: separate jars in a Maven
   * build, all the same shaded jar in the assay CLI.
   */
  static List<Path> junitApiClasspath() throws DemoException {
    Set<Path> paths = new LinkedHashSet<>();
    for (Class<?> anchor : List.of(Test.class, AssertionFailedError.class, API.class)) {
      paths.add(locationOf(anchor));
    }
    return List.copyOf(paths);
  }

  private static Path locationOf(Class<?> type) throws DemoException {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    URL location = source == null ? null : source.getLocation();
    try {
      if (location != null) {
        return Path.of(location.toURI());
      }
    } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
      // fall through to the error below, which names what was found
    }
    throw new DemoException(
        "cannot find the jar holding "
            + type.getName()
            + " (found "
            + location
            + ") to compile"
            + " the example's tests against; run assay from its jar file");
  }

  private static List<Path> sources(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String errors(DiagnosticCollector<JavaFileObject> diagnostics) {
    List<String> lines = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        String file = d.getSource() == null ? "" : d.getSource().getName() + ":";
        lines.add(file + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
      }
    }
    return lines.stream().collect(Collectors.joining("\n", "", "\n"));
  }
}
