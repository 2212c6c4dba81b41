package dev.assay.init;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the builds in a repository from their marker files at the root and one level down (where
 * monorepos keep them). Reads at most the first 64 KiB of a marker to tell pytest from other Python.
 */
public final class BuildDetector {
  private static final Set<String> SKIP = Set.of("node_modules", ".git", "target", "build", "vendor");

  private BuildDetector() {}

  /** The builds found, in declaration order of {@link Build}. */
  public static List<Build> detect(Path root) throws IOException {
    Set<Build> found = EnumSet.noneOf(Build.class);
    scan(root, found);
    try (Stream<Path> children = Files.list(root)) {
      for (Path child : children.sorted().toList()) {
        String name = child.getFileName().toString();
        if (Files.isDirectory(child, java.nio.file.LinkOption.NOFOLLOW_LINKS)
            && !name.startsWith(".")
            && !SKIP.contains(name)) {
          scan(child, found);
        }
      }
    }
    return List.copyOf(found);
  }

  private static void scan(Path dir, Set<Build> found) throws IOException {
    if (Files.isRegularFile(dir.resolve("pom.xml"))) {
      found.add(Build.MAVEN);
    }
    for (String g : List.of("build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts")) {
      if (Files.isRegularFile(dir.resolve(g))) {
        found.add(Build.GRADLE);
      }
    }
    if (Files.isRegularFile(dir.resolve("package.json"))) {
      found.add(Build.NPM);
    }
    if (Files.isRegularFile(dir.resolve("go.mod"))) {
      found.add(Build.GO);
    }
    if (Files.isRegularFile(dir.resolve("pytest.ini"))
        || Files.isRegularFile(dir.resolve("conftest.py"))
        || mentions(dir.resolve("pyproject.toml"), "[tool.pytest")
        || mentions(dir.resolve("setup.cfg"), "[tool:pytest]")
        || mentions(dir.resolve("tox.ini"), "[pytest]")) {
      found.add(Build.PYTEST);
    }
  }

  private static boolean mentions(Path file, String text) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (var in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(64 * 1024);
      return new String(head, StandardCharsets.UTF_8).contains(text);
    }
  }
}
