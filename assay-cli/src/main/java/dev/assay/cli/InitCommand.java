package dev.assay.cli;

import dev.assay.fs.AtomicFile;
import dev.assay.init.Build;
import dev.assay.init.BuildDetector;
import dev.assay.init.StarterCriteria;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay init}: writes a commented starter {@code .assay.yml} for the detected build. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = "Detect the build (Maven, Gradle, npm, pytest, Go) and write a starter .assay.yml.")
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--repo", paramLabel = "DIR", description = "Repository root (default: .).")
  Path repo = Path.of(".");

  @Option(names = "--force", description = "Overwrite an existing .assay.yml.")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path root = repo.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      err.println("assay: --repo " + repo + " is not a directory");
      return ExitCode.USAGE.code();
    }
    Path file = root.resolve(".assay.yml");
    if (Files.exists(file) && !force) {
      err.println("assay: " + file + " already exists; use --force to overwrite it");
      return ExitCode.USAGE.code();
    }
    try {
      List<Build> builds = BuildDetector.detect(root);
      String yaml = StarterCriteria.render(builds);
      AtomicFile.write(file, w -> w.write(yaml));
      String found =
          builds.isEmpty()
              ? "no build detected"
              : "detected " + String.join(", ", builds.stream().map(Build::label).toList());
      out.println("Wrote .assay.yml (" + found + "). Review it, commit it, then run `assay check`.");
      return ExitCode.OK.code();
    } catch (IOException e) {
      err.println("assay: cannot write " + file + ": " + e.getMessage());
      return ExitCode.ERROR.code();
    }
  }
}
