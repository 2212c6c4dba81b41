package dev.assay.java.findsecbugs;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles Java sources with the JDK's compiler, as a build would (debug info on). */
final class JavaBuild {
  private JavaBuild() {}

  static void compile(Path sourceRoot, Path out, List<Path> classpath) throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.walk(sourceRoot)) {
      files = s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
    Files.createDirectories(out);
    List<String> args = new ArrayList<>(List.of("-g", "-nowarn", "-proc:none", "--release", "17",
        "-d", out.toString()));
    if (!classpath.isEmpty()) {
      args.add("-cp");
      args.add(String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList()));
    }
    args.addAll(files);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter err = new StringWriter();
    int rc = javac.run(null, null, new java.io.PrintStream(
        new java.io.ByteArrayOutputStream()), args.toArray(String[]::new));
    if (rc != 0) {
      // Run again to capture the messages for the failure.
      java.io.ByteArrayOutputStream msgs = new java.io.ByteArrayOutputStream();
      javac.run(null, null, new java.io.PrintStream(msgs), args.toArray(String[]::new));
      throw new IllegalStateException("javac failed: " + msgs + err);
    }
  }

  /** Copies a directory tree. */
  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.createDirectories(t.getParent());
          Files.copy(p, t);
        }
      }
    }
  }
}
