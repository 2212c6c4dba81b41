package dev.assay.glob;

import dev.assay.api.FileChange;
import dev.assay.api.GateContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The changed files a measuring gate (coverage, mutation) looks at: they exist at head, add lines,
 * match the gate's {@code include} globs (all files when there are none) and none of its {@code
 * exclude} globs or the default exclusions (tests, generated code). Settings are read per file, so
 * per-path overrides apply; each distinct glob list is compiled once.
 */
public final class ChangedFiles {
  private ChangedFiles() {}

  public static <C> List<FileChange> selected(
      GateContext<C> ctx,
      Function<C, List<String>> include,
      Function<C, List<String>> exclude,
      List<String> defaultExclude) {
    Map<List<String>, List<Glob>> compiled = new HashMap<>();
    Map<List<String>, TestPaths> excluded = new HashMap<>();
    List<FileChange> out = new ArrayList<>();
    for (FileChange f : ctx.change().files()) {
      if (!f.existsAtHead() || f.addedLines().isEmpty()) {
        continue;
      }
      C c = ctx.configFor(f.path());
      List<Glob> in = compiled.computeIfAbsent(include.apply(c), Glob::compileAll);
      TestPaths ex =
          excluded.computeIfAbsent(exclude.apply(c), globs -> new TestPaths(globs, defaultExclude));
      if ((in.isEmpty() || Glob.anyMatch(in, f.path())) && !ex.matches(f.path())) {
        out.add(f);
      }
    }
    return out;
  }
}
