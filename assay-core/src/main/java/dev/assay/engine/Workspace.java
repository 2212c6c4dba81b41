package dev.assay.engine;

import dev.assay.api.SourceTree;
import dev.assay.glob.Glob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The regular files of a work tree, listed once and matched against report globs. Never follows a
 * symlink (so nothing outside the repository is reached) and skips VCS and dependency folders.
 * Thread-safe: the listing is computed once under a lock.
 */
final class Workspace {
  private static final Set<String> PRUNED =
      Set.of(".git", ".hg", ".svn", "node_modules", ".venv", "__pycache__", ".gradle", ".idea");

  private final Path root;
  private List<String> files;
  private final Map<SourceTree, SourceTree> shared = new ConcurrentHashMap<>();

  Workspace(Path root) {
    this.root = root;
  }

  /** The tree as all gates of this run read it: each file read and decoded once (by identity). */
  SourceTree shared(SourceTree tree) {
    return shared.computeIfAbsent(tree, SharedReads::new);
  }

  /** Absolute paths of files matching any glob, sorted by repository-relative path. */
  List<Path> find(List<String> globs) {
    List<Glob> compiled = Glob.compileAll(globs);
    List<Path> out = new ArrayList<>();
    for (String rel : files()) {
      if (Glob.anyMatch(compiled, rel)) {
        out.add(root.resolve(rel));
      }
    }
    return List.copyOf(out);
  }

  private synchronized List<String> files() {
    if (files == null) {
      files = list();
    }
    return files;
  }

  private List<String> list() {
    List<String> out = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              Path name = dir.getFileName();
              boolean prune = !dir.equals(root) && name != null && PRUNED.contains(name.toString());
              return prune ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) {
                out.add(root.relativize(file).toString().replace('\\', '/'));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list files under " + root, e);
    }
    out.sort(null);
    return out;
  }
}
