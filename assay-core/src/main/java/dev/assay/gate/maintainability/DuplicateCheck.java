package dev.assay.gate.maintainability;

import dev.assay.api.Finding;
import dev.assay.api.GateContext;
import dev.assay.api.Severity;
import dev.assay.glob.Glob;
import dev.assay.lang.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Duplication in check mode, in proportion to the change: the index holds the changed files (whole
 * text at head) and the other files of the same language in the same directories (at most {@link
 * #MAX_NEIGHBOURS}); only windows lying on added lines are looked up.
 */
final class DuplicateCheck {
  static final int MAX_NEIGHBOURS = 500;

  private final GateContext<MaintainabilityConfig> ctx;
  private final List<SourceFile> files;
  private int indexed;

  DuplicateCheck(GateContext<MaintainabilityConfig> ctx, List<SourceFile> files) {
    this.ctx = ctx;
    this.files = files;
  }

  List<Finding> run(List<String> notes) {
    Duplicates d = new Duplicates(ctx.config().minDuplicateTokens());
    List<Integer> ids = new ArrayList<>();
    for (SourceFile f : files) {
      ids.add(d.add(f.normalized()));
    }
    int neighbours = addNeighbours(d, notes);
    indexed = files.size() + neighbours;
    // Queries only read the finished index, so files are looked up side by side; the findings
    // keep file order.
    return IntStream.range(0, files.size()).parallel()
        .mapToObj(i -> d.find(ids.get(i), files.get(i).change().addedLines()::contains, g -> true))
        .flatMap(List::stream)
        .map(DuplicateCheck::finding)
        .toList();
  }

  int indexedFiles() {
    return indexed;
  }

  private static Finding finding(Duplicates.Clone c) {
    String where = c.otherPath() + ":" + c.otherLine() + "-" + c.otherEndLine();
    String msg =
        "added lines " + c.line() + "-" + c.endLine() + " repeat " + c.tokens()
            + " tokens of " + where + " (names and literals aside): extract the shared code"
            + " into one function and call it from both places.";
    return Finding.at("maintainability", FunctionRules.DUPLICATION, c.path(), c.line(),
            c.endLine(), Severity.WARNING, msg)
        .with("otherPath", c.otherPath())
        .with("otherLine", Integer.toString(c.otherLine()))
        .with("tokens", Integer.toString(c.tokens()));
  }

  /** Indexes same-language files beside the changed ones, read at head; returns how many. */
  private int addNeighbours(Duplicates d, List<String> notes) {
    Set<String> changed = new TreeSet<>();
    Set<String> dirs = new TreeSet<>();
    for (SourceFile f : files) {
      changed.add(f.path());
      int slash = f.path().lastIndexOf('/');
      dirs.add(slash < 0 ? "" : f.path().substring(0, slash));
    }
    int added = 0;
    for (String dir : dirs) {
      for (String path : list(dir)) {
        if (added >= MAX_NEIGHBOURS) {
          notes.add("Duplicates searched in the changed files and " + added
              + " neighbouring files only (limit reached).");
          return added;
        }
        if (changed.contains(path) || !sameLanguage(path)) {
          continue;
        }
        Optional<String> text = ctx.head().read(path);
        List<String> ignored = new ArrayList<>();
        if (text.isPresent()) {
          Optional<dev.assay.lang.TokenStream> t =
              SourceFile.tokenize(path, Language.ofPath(path).get(), text.get(), ignored);
          if (t.isPresent()) {
            d.add(Duplicates.normalize(path, t.get()));
            added++;
          }
        }
      }
    }
    return added;
  }

  private boolean sameLanguage(String path) {
    Optional<Language> l = Language.ofPath(path);
    return l.isPresent()
        && files.stream().anyMatch(f -> f.language() == l.get())
        && !Glob.anyMatch(Glob.compileAll(ctx.configFor(path).exclude()), path);
  }

  /** Regular files (never symlinks) directly in a repository directory, sorted. */
  private List<String> list(String dir) {
    Path abs = dir.isEmpty() ? ctx.root() : ctx.root().resolve(dir);
    if (!abs.normalize().startsWith(ctx.root()) || !Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(abs)) {
      return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> (dir.isEmpty() ? "" : dir + "/") + p.getFileName())
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
