package dev.assay.gate.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code gates.tests.command: auto}: the build's own command that compiles, runs the tests and
 * writes JaCoCo's XML report, for a Maven or Gradle project whose build does not configure
 * coverage. The project's wrapper ({@code mvnw}, {@code gradlew}) is preferred over a tool on the
 * PATH. Test failures do not stop the build: the tests gate reads them from the JUnit reports.
 */
final class AutoCommand {
  /** JaCoCo's Maven plugin, run by coordinates so the project's pom needs no change. */
  static final String JACOCO = "org.jacoco:jacoco-maven-plugin:0.8.12";

  private AutoCommand() {}

  /** A command and the sentence that says what it is, for the report's notes. */
  record Resolved(String command, String note) {}

  /** The command for the build at {@code root}, or empty when neither build is found there. */
  static Optional<Resolved> detect(Path root, Path scratch) {
    if (isFile(root.resolve("pom.xml"))) {
      String mvn = isFile(root.resolve("mvnw")) ? "./mvnw" : "mvn";
      String cmd = mvn + " -q -B -Dmaven.test.failure.ignore=true " + JACOCO + ":prepare-agent test "
          + JACOCO + ":report";
      return Optional.of(new Resolved(cmd,
          "Detected a Maven build: ran `" + cmd + "` (JaCoCo added by coordinates; test"
              + " failures are read from the Surefire reports)."));
    }
    for (String build : new String[] {"build.gradle", "build.gradle.kts", "settings.gradle",
        "settings.gradle.kts"}) {
      if (isFile(root.resolve(build))) {
        String gradle = isFile(root.resolve("gradlew")) ? "./gradlew" : "gradle";
        Path init = writeInitScript(scratch);
        String cmd = gradle + " -q --console=plain test --init-script '" + init + "'";
        return Optional.of(new Resolved(cmd,
            "Detected a Gradle build: ran `" + gradle + " test` with an init script that applies"
                + " JaCoCo and writes its XML report (test failures are read from the reports)."));
      }
    }
    return Optional.empty();
  }

  private static boolean isFile(Path p) {
    return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
  }

  private static Path writeInitScript(Path scratch) {
    try (InputStream in = AutoCommand.class.getResourceAsStream("assay-jacoco.gradle")) {
      Files.createDirectories(scratch);
      Path file = scratch.resolve("assay-jacoco.gradle");
      Files.write(file, in.readAllBytes());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Gradle init script: " + e.getMessage(), e);
    }
  }
}
