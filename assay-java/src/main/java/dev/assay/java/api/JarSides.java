package dev.assay.java.api;

import dev.assay.api.Revision;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.FileVisitResult;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * Finds or builds the jars of one side of the change: jars named in the criteria, jars already
 * built in the work tree, or jars built from a clean export of the commit with the build command.
 */
final class JarSides {
  /** Jars that are not the library's classes: sources, javadoc, tests, pre-shading copies. */
  private static final Pattern NOT_API =
      Pattern.compile("(?i).*-(sources|javadoc|tests|test|test-sources|test-fixtures)\\.jar|original-.*");

  /**
   * The jars of one side.
   *
   * @param jars the jars found, sorted by path
   * @param tree the source tree the jars were built from (for the build file's version), or null
   * @param notes what the reader should know (where the jars came from, what was skipped)
   */
  record Side(List<JarInfo> jars, Path tree, List<String> notes) {
    Side {
      jars = List.copyOf(jars);
      notes = List.copyOf(notes);
    }
  }

  /** Directories never searched for jars: VCS data, package caches, IDE state. */
  private static final Set<String> SKIPPED_DIRS =
      Set.of(".git", ".hg", ".svn", "node_modules", ".gradle", ".idea", ".m2");

  private final ApiConfig cfg;
  private final Path root;
  private final Path work;

  JarSides(ApiConfig cfg, Path root, Path work) {
    this.cfg = cfg;
    this.root = root;
    this.work = work;
  }

  Side base(Revision base) throws IOException, ApiInputException, InterruptedException {
    if (!cfg.baseJars().isEmpty()) {
      return new Side(configured(cfg.baseJars(), "base-jar"), null, List.of());
    }
    if (base.commit().isEmpty()) {
      return new Side(List.of(), null, List.of("The base has no commit: nothing to compare"
          + " against (first release)."));
    }
    return built("base", base.commit());
  }

  Side head(Revision head) throws IOException, ApiInputException, InterruptedException {
    if (!cfg.headJars().isEmpty()) {
      return new Side(configured(cfg.headJars(), "head-jar"), null, List.of());
    }
    if (!head.isWorkingTree()) {
      return built("head", head.commit());
    }
    List<Path> present = find(root);
    if (cfg.build().isBlank() && !present.isEmpty()) {
      return new Side(read(present), root, List.of("Head jars taken as already built in the work"
          + " tree (" + present.size() + "); set `gates.api.build` to rebuild them on every check."));
    }
    String command = cfg.build().isBlank() ? BuildRunner.detect(root) : cfg.build();
    if (command.isEmpty()) {
      throw new ApiInputException("no jar was found at the head and there is no pom.xml or"
          + " build.gradle to build one; set `gates.api.build` (or `head-jar`)");
    }
    runBuild("head (work tree)", command, root);
    return new Side(read(find(root)), root, List.of("Head built in the work tree with `" + command + "`."));
  }

  private Side built(String side, String commit)
      throws IOException, ApiInputException, InterruptedException {
    Path tree = Files.createDirectories(work.resolve(side));
    TreeExport.export(root, commit, tree);
    String command = cfg.build().isBlank() ? BuildRunner.detect(tree) : cfg.build();
    String at = side + " (" + commit.substring(0, Math.min(12, commit.length())) + ")";
    if (command.isEmpty()) {
      if (side.equals("base")) {
        return new Side(List.of(), tree, List.of("The base has no pom.xml or build.gradle and no"
            + " `gates.api.build` is set: nothing to compare against (first release)."));
      }
      throw new ApiInputException("the " + at + " has no pom.xml or build.gradle; set"
          + " `gates.api.build` to the command that builds its jars");
    }
    runBuild(at, command, tree);
    List<Path> jars = find(tree);
    List<String> notes = new ArrayList<>();
    notes.add("Built the " + at + " in a clean export with `" + command + "`: " + jars.size()
        + (jars.size() == 1 ? " jar." : " jars."));
    return new Side(read(jars), tree, notes);
  }

  private void runBuild(String at, String command, Path dir)
      throws ApiInputException, InterruptedException {
    BuildRunner.Outcome o = new BuildRunner().run(command, dir, cfg.buildTimeout());
    if (o.succeeded()) {
      return;
    }
    String how = o.timedOut() ? "timed out after " + cfg.buildTimeout().toMinutes() + " min"
        : "failed (exit code " + o.exitCode() + ")";
    List<String> tail = o.tail().subList(Math.max(0, o.tail().size() - 20), o.tail().size());
    throw new ApiInputException("building the " + at + " with `" + command + "` " + how
        + "; fix the build or set `gates.api.build`/`base-jar`" + (tail.isEmpty() ? ""
        : "; last output:\n" + String.join("\n", tail)));
  }

  private List<JarInfo> configured(List<String> paths, String key)
      throws IOException, ApiInputException {
    List<Path> jars = new ArrayList<>();
    for (String p : paths) {
      Path jar = root.resolve(p).normalize();
      if (!Files.isRegularFile(jar)) {
        throw new ApiInputException("`gates.api." + key + "`: " + p + " does not exist or is not"
            + " a file (paths are relative to the repository root)");
      }
      jars.add(jar);
    }
    return read(jars);
  }

  private static List<JarInfo> read(List<Path> jars) throws ApiInputException {
    List<JarInfo> out = new ArrayList<>();
    for (Path j : jars) {
      try {
        out.add(JarInfo.read(j));
      } catch (IOException e) {
        throw new ApiInputException(e.getMessage() + "; point `gates.api` at the library's jar");
      }
    }
    return out;
  }

  /** Jars under {@code tree} matching the globs, minus sources/javadoc/test jars; sorted. */
  List<Path> find(Path tree) throws IOException {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String g : cfg.jars()) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
      if (g.startsWith("**/")) {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)));
      }
    }
    List<Path> out = new ArrayList<>();
    Files.walkFileTree(tree, EnumSet.noneOf(FileVisitOption.class), 30, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        String name = d.getFileName() == null ? "" : d.getFileName().toString();
        return !d.equals(tree) && SKIPPED_DIRS.contains(name)
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
        Path rel = tree.relativize(p);
        if (attrs.isRegularFile() && !NOT_API.matcher(p.getFileName().toString()).matches()
            && matchers.stream().anyMatch(m -> m.matches(rel))) {
          out.add(p);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path p, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
    out.sort(null);
    return out;
  }
}
