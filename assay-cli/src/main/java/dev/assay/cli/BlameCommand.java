package dev.assay.cli;

import dev.assay.api.CriteriaException;
import dev.assay.provenance.BlameLines;
import dev.assay.provenance.ProvenanceReader;
import dev.assay.provenance.ProvenanceSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay blame FILE}: each line with the commit that wrote it and its provenance. */
@Command(name = "blame", mixinStandardHelpOptions = true,
    description = "Print each line of FILE with its commit and provenance (AI agent/model, human, unknown) and the source of the claim.")
final class BlameCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RepoOptions options;

  @Parameters(index = "0", paramLabel = "FILE", description = "Path of the file, relative to the current directory or the repository root.")
  String file;

  @Option(names = "--rev", paramLabel = "REV", description = "Revision to blame (default: HEAD).")
  String rev = "HEAD";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Repository repo = options.open()) {
      Path root = repo.getWorkTree().toPath().toAbsolutePath().normalize();
      Path abs = options.repo.toAbsolutePath().normalize().resolve(file).normalize();
      if (!abs.startsWith(root)) {
        throw new RepoOptions.UsageException(file + " is outside the repository " + root);
      }
      String path = root.relativize(abs).toString().replace('\\', '/');
      ProvenanceReader reader = new ProvenanceReader(repo, root, options.criteria(repo).provenance(),
          ProvenanceSettings.branchFrom(System.getenv()));
      for (BlameLines.Line l : BlameLines.of(reader, path, ProvenanceCommand.resolve(repo, rev))) {
        String who = l.origin().label() + (l.origin().model().isEmpty() ? "" : "/" + l.origin().model());
        String source = l.origin().source().isEmpty() ? "-" : l.origin().source();
        out.println(String.format(Locale.ROOT, "%-7s %-24s %-24s %5d | %s",
            l.commit().isEmpty() ? "-------" : l.commit().substring(0, 7), clip(who), clip(source), l.number(), l.text()));
      }
      out.flush();
      return ExitCode.OK.code();
    } catch (RepoOptions.UsageException | CriteriaException | IllegalArgumentException e) {
      err.println("assay blame: " + e.getMessage());
      return ExitCode.USAGE.code();
    } catch (IOException e) {
      err.println("assay blame: cannot read the history: " + e.getMessage());
      return ExitCode.ERROR.code();
    }
  }

  private static String clip(String s) {
    return s.length() > 24 ? s.substring(0, 21) + "..." : s;
  }
}
