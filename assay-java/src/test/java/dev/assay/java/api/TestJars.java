package dev.assay.java.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources with the JDK's compiler into a real jar, so comparisons run on the class
 * files javac produces rather than on hand-made fixtures.
 */
final class TestJars {
  private TestJars() {}

  /** Compiles {@code sources} (path to text) and jars the classes as {@code jar}. */
  static Path jar(Path work, String jarName, Map<String, String> sources) throws IOException {
    return jar(work, jarName, sources, Map.of());
  }

  /** Like {@link #jar(Path, String, Map)}, adding raw entries (e.g. pom.properties). */
  static Path jar(Path work, String jarName, Map<String, String> sources, Map<String, String> extra)
      throws IOException {
    return jar(work, jarName, sources, extra, null);
  }

  /** Compiles against {@code classpath} (a dependency jar). */
  static Path jarWithClasspath(Path work, String jarName, Map<String, String> sources, Path classpath)
      throws IOException {
    return jar(work, jarName, sources, Map.of(), classpath);
  }

  private static Path jar(
      Path work, String jarName, Map<String, String> sources, Map<String, String> extra, Path cp)
      throws IOException {
    Path src = Files.createDirectories(work.resolve(jarName + "-src"));
    Path classes = Files.createDirectories(work.resolve(jarName + "-classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17", "-g"));
    if (cp != null) {
      args.addAll(List.of("-cp", cp.toString()));
    }
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path f = src.resolve(e.getKey());
      Files.createDirectories(f.getParent());
      Files.writeString(f, e.getValue());
      args.add(f.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter err = new StringWriter();
    int rc = javac.run(null, null, new java.io.PrintStream(new OutputStream() {
      @Override
      public void write(int b) {
        err.write(b);
      }
    }, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
    if (rc != 0) {
      throw new IllegalStateException("javac failed: " + err);
    }
    Path jar = work.resolve(jarName);
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf);
        Stream<Path> walk = Files.walk(classes)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(p));
        out.closeEntry();
      }
      for (Map.Entry<String, String> e : extra.entrySet()) {
        out.putNextEntry(new JarEntry(e.getKey()));
        out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }
}
