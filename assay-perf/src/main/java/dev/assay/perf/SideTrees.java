package dev.assay.perf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The built tree of one commit, kept under the cache directory by commit id and reused while its
 * build command is the same. A tree is exported like a detached {@code git worktree} but written
 * with JGit, so the repository's work tree, index and worktree list are never touched; a tree is
 * marked built only after its build succeeded, so a failed or killed build is redone, from a
 * fresh export, next time. Concurrent checks of one commit serialise on a lock file.
 */
final class SideTrees {
  static final String MARKER = ".assay-perf-built";

  private final Path repoRoot;
  private final Path cacheDir;
  private final String build;
  private final Duration buildTimeout;

  SideTrees(Path repoRoot, Path cacheDir, String build, Duration buildTimeout) {
    this.repoRoot = repoRoot;
    this.cacheDir = cacheDir;
    this.build = build;
    this.buildTimeout = buildTimeout;
  }

  /** The default cache directory: {@code .git/assay/perf} of the repository at {@code root}. */
  static Path defaultCache(Path root) throws IOException {
    try (Repository repo = new FileRepositoryBuilder().findGitDir(root.toFile()).build()) {
      return repo.getDirectory().toPath().resolve("assay").resolve("perf");
    }
  }

  /** Resolves a ref or commit of the repository to its full commit id. */
  static String resolve(Path root, String ref) throws IOException, PerfException {
    try (Repository repo = new FileRepositoryBuilder().findGitDir(root.toFile()).build()) {
      ObjectId id = repo.resolve(ref + "^{commit}");
      if (id == null) {
        throw new PerfException("`" + ref + "` is not a commit of this repository");
      }
      return id.name();
    }
  }

  /**
   * The tree of {@code commit}, built.
   *
   * @param side for messages: base, head or reference
   * @return the tree and whether it was built now (false: reused from the cache)
   * @throws PerfException when the build fails, naming the side and the build's last output
   */
  Built tree(String side, String commit) throws IOException, PerfException, InterruptedException {
    Path dir = cacheDir.resolve(commit);
    Files.createDirectories(cacheDir);
    Path tree = dir.resolve("tree");
    Path marker = dir.resolve(MARKER);
    try (FileChannel ch = FileChannel.open(cacheDir.resolve(commit + ".lock"),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = ch.lock()) {
      if (Files.isRegularFile(marker) && Files.isDirectory(tree)
          && Files.readString(marker, StandardCharsets.UTF_8).equals(build)) {
        // the marker's time says when the tree was last used, for pruning
        Files.setLastModifiedTime(marker, java.nio.file.attribute.FileTime.fromMillis(
            System.currentTimeMillis()));
        return new Built(tree, false);
      }
      delete(dir);
      Files.createDirectories(tree);
      export(commit, tree);
      if (!build.isEmpty()) {
        runBuild(side + " (" + commit.substring(0, 12) + ")", tree);
      }
      Files.writeString(marker, build, StandardCharsets.UTF_8);
      return new Built(tree, true);
    }
  }

  /**
   * Deletes the least recently used built trees beyond the {@code keep} most recent, skipping any
   * tree another check holds locked and any in {@code inUse}; a tree without a marker (a failed or
   * interrupted build) counts as oldest.
   *
   * @return how many trees were deleted
   */
  int prune(int keep, java.util.Set<String> inUse) throws IOException {
    if (!Files.isDirectory(cacheDir)) {
      return 0;
    }
    List<Path> dirs;
    try (Stream<Path> s = Files.list(cacheDir)) {
      dirs = s.filter(Files::isDirectory)
          .filter(d -> !inUse.contains(d.getFileName().toString()))
          .sorted(Comparator.comparingLong(SideTrees::lastUsed).reversed()).toList();
    }
    int deleted = 0;
    for (Path d : dirs.subList(Math.min(dirs.size(), Math.max(0, keep - inUse.size())),
        dirs.size())) {
      Path lockFile = cacheDir.resolve(d.getFileName() + ".lock");
      try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE); FileLock lock = ch.tryLock()) {
        if (lock != null) {
          delete(d);
          deleted++;
        }
      }
      // the empty lock file stays: deleting it could let two checks lock different files
    }
    return deleted;
  }

  private static long lastUsed(Path dir) {
    try {
      return Files.getLastModifiedTime(dir.resolve(MARKER)).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  /** A tree and whether it was built by this call. */
  record Built(Path tree, boolean fresh) {}

  /** Builds the work tree in place (a head with uncommitted changes). */
  void buildInPlace(String side, Path tree) throws PerfException, InterruptedException {
    if (!build.isEmpty()) {
      runBuild(side, tree);
    }
  }

  private void runBuild(String at, Path tree) throws PerfException, InterruptedException {
    ProcessRun.Outcome o = ProcessRun.run(List.of(), build + " 2>&1", tree, Map.of(),
        buildTimeout);
    if (o.succeeded()) {
      return;
    }
    String how = o.timedOut() ? "timed out after " + buildTimeout.toSeconds() + " s"
        : "failed (exit code " + o.exitCode() + ")";
    List<String> tail = o.tail();
    throw new PerfException("building the " + at + " with `" + build + "` " + how
        + "; fix the build or `gates.performance.build`" + (tail.isEmpty() ? ""
        : "; last output:\n" + String.join("\n", tail)));
  }

  private void export(String commit, Path target) throws IOException {
    try (Repository repo = new FileRepositoryBuilder().findGitDir(repoRoot.toFile()).build();
        RevWalk rw = new RevWalk(repo)) {
      RevCommit c = rw.parseCommit(ObjectId.fromString(commit));
      try (TreeWalk tw = new TreeWalk(repo)) {
        tw.addTree(c.getTree());
        tw.setRecursive(true);
        while (tw.next()) {
          FileMode mode = tw.getFileMode(0);
          Path out = target.resolve(tw.getPathString()).normalize();
          if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE
              || !out.startsWith(target)) {
            continue;
          }
          Files.createDirectories(out.getParent());
          try (OutputStream os = Files.newOutputStream(out)) {
            repo.open(tw.getObjectId(0)).copyTo(os);
          }
          if (mode == FileMode.EXECUTABLE_FILE) {
            var perms = EnumSet.copyOf(Files.getPosixFilePermissions(out));
            perms.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
            Files.setPosixFilePermissions(out, perms);
          }
        }
      }
    }
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
