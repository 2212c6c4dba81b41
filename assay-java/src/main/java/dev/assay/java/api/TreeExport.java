package dev.assay.java.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Writes the files of one commit into an empty directory, like a detached {@code git worktree},
 * without touching the repository's work tree, index or worktree list (so a killed check leaves
 * nothing behind in {@code .git}). Executable bits are kept (for {@code mvnw}); symbolic links and
 * submodules are skipped, and counted.
 */
final class TreeExport {
  private TreeExport() {}

  /** Exports {@code commit} of the repository at {@code repoRoot} into {@code target}. */
  static int export(Path repoRoot, String commit, Path target) throws IOException {
    int skipped = 0;
    try (Repository repo = new FileRepositoryBuilder().findGitDir(repoRoot.toFile()).build();
        RevWalk rw = new RevWalk(repo)) {
      RevCommit c = rw.parseCommit(ObjectId.fromString(commit));
      try (TreeWalk tw = new TreeWalk(repo)) {
        tw.addTree(c.getTree());
        tw.setRecursive(true);
        while (tw.next()) {
          FileMode mode = tw.getFileMode(0);
          if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
            skipped++;
            continue;
          }
          Path out = target.resolve(tw.getPathString()).normalize();
          if (!out.startsWith(target)) {
            skipped++;
            continue;
          }
          Files.createDirectories(out.getParent());
          try (OutputStream os = Files.newOutputStream(out)) {
            repo.open(tw.getObjectId(0)).copyTo(os);
          }
          if (mode == FileMode.EXECUTABLE_FILE) {
            executable(out);
          }
        }
      }
    }
    return skipped;
  }

  private static void executable(Path file) {
    try {
      var perms = EnumSet.copyOf(Files.getPosixFilePermissions(file));
      perms.add(PosixFilePermission.OWNER_EXECUTE);
      perms.add(PosixFilePermission.GROUP_EXECUTE);
      Files.setPosixFilePermissions(file, perms);
    } catch (UnsupportedOperationException | IOException e) {
      file.toFile().setExecutable(true);
    }
  }
}
