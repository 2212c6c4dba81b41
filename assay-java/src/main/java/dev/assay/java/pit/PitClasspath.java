package dev.assay.java.pit;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classpath of PIT's child JVMs: the project first (test classes, classes, libraries), then PIT
 * itself and its JUnit 5 plugin, then, when the project has JUnit 5 but not the platform launcher
 * (Surefire normally supplies it), the launcher of the same version from the local Maven repository
 * next to the project's {@code junit-platform-engine}.
 */
final class PitClasspath {
  private static final Pattern ENGINE =
      Pattern.compile("junit-platform-engine-(\\d[\\w.-]*)\\.jar");

  private PitClasspath() {}

  static List<String> build(PitRequest req) {
    Set<String> cp = new LinkedHashSet<>();
    req.testClassDirs().forEach(p -> cp.add(p.toString()));
    req.classDirs().forEach(p -> cp.add(p.toString()));
    req.classpath().forEach(p -> cp.add(p.toString()));
    boolean hasLauncher = false;
    Optional<Path> engine = Optional.empty();
    for (Path p : req.classpath()) {
      String name = p.getFileName() == null ? "" : p.getFileName().toString();
      hasLauncher |= name.startsWith("junit-platform-launcher-");
      if (ENGINE.matcher(name).matches()) {
        engine = Optional.of(p);
      }
    }
    if (!hasLauncher && engine.isPresent()) {
      cp.add(launcherBeside(engine.get()).toString());
    }
    cp.add(jarOf(org.pitest.testapi.TestUnit.class));
    cp.add(jarOf(org.pitest.junit5.JUnit5TestPluginFactory.class));
    return new ArrayList<>(cp);
  }

  /** {@code .../junit-platform-engine/V/junit-platform-engine-V.jar} to the launcher of V. */
  private static Path launcherBeside(Path engineJar) {
    Matcher m = ENGINE.matcher(engineJar.getFileName().toString());
    m.matches();
    String v = m.group(1);
    Path versionDir = engineJar.toAbsolutePath().getParent();
    Path artifactDir = versionDir == null ? null : versionDir.getParent();
    Path groupDir = artifactDir == null ? null : artifactDir.getParent();
    Path launcher =
        groupDir == null
            ? null
            : groupDir.resolve(
                "junit-platform-launcher/" + v + "/junit-platform-launcher-" + v + ".jar");
    if (launcher == null || !Files.isRegularFile(launcher)) {
      throw new IllegalStateException(
          "the project's classpath has junit-platform-engine "
              + v
              + " but no junit-platform-launcher, which PIT needs to run JUnit 5 tests; add"
              + " org.junit.platform:junit-platform-launcher:"
              + v
              + " to the test dependencies (or to the classpath file)");
    }
    return launcher;
  }

  /** The jar or directory a class of this JVM was loaded from. */
  private static String jarOf(Class<?> type) {
    try {
      CodeSource src = type.getProtectionDomain().getCodeSource();
      return Path.of(src.getLocation().toURI()).toString();
    } catch (URISyntaxException | RuntimeException e) {
      throw new IllegalStateException("cannot locate PIT's jar (" + type.getName() + ")", e);
    }
  }
}
