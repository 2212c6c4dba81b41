package dev.assay.cli;

import dev.assay.check.Check;
import dev.assay.policy.Criteria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import picocli.CommandLine.Option;

/** The repository and criteria options of the provenance, blame and audit commands. */
final class RepoOptions {
  @Option(names = "--repo", paramLabel = "DIR", description = "A directory inside the repository (default: the current directory).")
  Path repo = Path.of(".");

  @Option(names = "--criteria", paramLabel = "FILE", description = "Criteria file (default: .assay.yml at the repository root).")
  Path criteria;

  /** Opens the repository, or fails with a message for the user. */
  Repository open() throws UsageException {
    Path start = repo.toAbsolutePath().normalize();
    if (!Files.isDirectory(start)) {
      throw new UsageException("not a directory: " + start);
    }
    FileRepositoryBuilder b = new FileRepositoryBuilder().findGitDir(start.toFile());
    if (b.getGitDir() == null) {
      throw new UsageException("not a git repository: " + start + " (nor any of its parent directories)");
    }
    try {
      Repository r = b.setMustExist(true).build();
      if (r.isBare()) {
        r.close();
        throw new UsageException("a bare repository has no work tree; run inside a clone");
      }
      return r;
    } catch (IOException e) {
      throw new UsageException("cannot open the repository at " + start + ": " + e.getMessage());
    }
  }

  Criteria criteria(Repository r) {
    return Check.criteria(r.getWorkTree().toPath(), Optional.ofNullable(criteria));
  }

  /** A problem with what the user asked for: exit 2. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }
}
