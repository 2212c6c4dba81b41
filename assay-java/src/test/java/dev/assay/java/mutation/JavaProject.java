package dev.assay.java.mutation;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A small Maven-layout Java project written and compiled for real in a test directory, with JUnit 5
 * from this JVM's own classpath, so that PIT can run on it.
 */
public final class JavaProject {
  private final Path root;

  public JavaProject(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  public JavaProject main(String relPath, String text) throws IOException {
    return write("src/main/java/" + relPath, text);
  }

  public JavaProject test(String relPath, String text) throws IOException {
    return write("src/test/java/" + relPath, text);
  }

  JavaProject write(String path, String text) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return this;
  }

  public Path classes() {
    return root.resolve("target/classes");
  }

  public Path testClasses() {
    return root.resolve("target/test-classes");
  }

  /** The JUnit 5 jars (api, engine, platform, opentest4j) of this JVM's classpath. */
  public static List<Path> junitJars() {
    List<Path> out = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String n = Path.of(e).getFileName().toString();
      if ((n.startsWith("junit-") && !n.startsWith("junit-platform-launcher"))
          || n.startsWith("opentest4j")
          || n.startsWith("apiguardian")) {
        out.add(Path.of(e));
      }
    }
    return out;
  }

  /** Compiles main then test sources into target/classes and target/test-classes. */
  public JavaProject compile() throws IOException {
    compile(root.resolve("src/main/java"), classes(), List.of());
    List<Path> cp = new ArrayList<>(junitJars());
    cp.add(classes());
    compile(root.resolve("src/test/java"), testClasses(), cp);
    return this;
  }

  private static void compile(Path src, Path out, List<Path> cp) throws IOException {
    if (!Files.isDirectory(src)) {
      return;
    }
    List<String> files;
    try (Stream<Path> s = Files.walk(src)) {
      files = s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
    }
    Files.createDirectories(out);
    List<String> args = new ArrayList<>(List.of("-g", "-d", out.toString(), "--release", "17"));
    if (!cp.isEmpty()) {
      args.add("-cp");
      args.add(String.join(File.pathSeparator, cp.stream().map(Path::toString).toList()));
    }
    args.addAll(files);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = javac.run(null, err, err, args.toArray(String[]::new));
    if (rc != 0) {
      throw new IllegalStateException("javac failed: " + err.toString(StandardCharsets.UTF_8));
    }
  }
}
