package dev.assay.testkit;

import dev.assay.api.ChangeSet;
import dev.assay.api.ChangedLines;
import dev.assay.api.ChangeType;
import dev.assay.api.FileChange;
import dev.assay.api.Gate;
import dev.assay.api.GateContext;
import dev.assay.api.GateResult;
import dev.assay.api.Revision;
import dev.assay.api.SkippedFile;
import dev.assay.api.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs one gate on inline inputs: files at base and head given as text, the change given as line
 * ranges, the configuration given as the gate's own config value. Not thread-safe; one per test.
 *
 * @param <C> the gate's configuration type
 */
public final class GateHarness<C> {
  private final Gate<C> gate;
  private final Map<String, String> base = new LinkedHashMap<>();
  private final Map<String, String> head = new LinkedHashMap<>();
  private final List<FileChange> changes = new ArrayList<>();
  private final List<SkippedFile> skipped = new ArrayList<>();
  private C config;
  private Function<String, C> configFor;
  private Path root = Path.of(".").toAbsolutePath().normalize();
  private List<dev.assay.api.BuildModule> buildModules = List.of();

  private GateHarness(Gate<C> gate) {
    this.gate = gate;
  }

  public static <C> GateHarness<C> forGate(Gate<C> gate) {
    return new GateHarness<>(gate);
  }

  public GateHarness<C> config(C value) {
    this.config = value;
    return this;
  }

  /** Per-path configuration; defaults to {@link #config} for every path. */
  public GateHarness<C> configFor(Function<String, C> byPath) {
    this.configFor = byPath;
    return this;
  }

  /** The work tree used for {@link GateContext#findFiles} (for report discovery). */
  public GateHarness<C> root(Path dir) {
    this.root = dir.toAbsolutePath().normalize();
    return this;
  }

  /** The modules of the build running the gate, as a build plugin hands them in. */
  public GateHarness<C> buildModules(List<dev.assay.api.BuildModule> modules) {
    this.buildModules = List.copyOf(modules);
    return this;
  }

  public GateHarness<C> baseFile(String path, String text) {
    base.put(path, text);
    return this;
  }

  public GateHarness<C> headFile(String path, String text) {
    head.put(path, text);
    return this;
  }

  /**
   * Declares a modified file whose head text is given; lines marked by a trailing {@code // +} (or
   * {@code # +}) comment are the added lines, and the marker is removed from the text.
   */
  public GateHarness<C> changedFile(String path, String markedHeadText) {
    List<Integer> added = new ArrayList<>();
    StringBuilder clean = new StringBuilder();
    String[] lines = markedHeadText.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      String stripped = l.replaceFirst("\\s*(//|#) \\+$", "");
      if (!stripped.equals(l)) {
        added.add(i + 1);
      }
      clean.append(stripped);
      if (i < lines.length - 1) {
        clean.append('\n');
      }
    }
    head.put(path, clean.toString());
    ChangeType type = base.containsKey(path) ? ChangeType.MODIFIED : ChangeType.ADDED;
    int[] arr = added.stream().mapToInt(Integer::intValue).toArray();
    changes.add(new FileChange(path, path, type, 100, ChangedLines.ofLines(arr)));
    return this;
  }

  /** Declares a change directly. */
  public GateHarness<C> change(FileChange change) {
    changes.add(change);
    return this;
  }

  public GateHarness<C> skipped(String path, String reason) {
    skipped.add(new SkippedFile(path, reason));
    return this;
  }

  /** The change as declared so far. */
  public ChangeSet changeSet() {
    return new ChangeSet(
        new Revision("base", "0".repeat(40)), new Revision("head", "1".repeat(40)), changes, skipped);
  }

  /** Runs the gate and returns its result; exceptions propagate so tests can assert on them. */
  public GateResult run() throws Exception {
    if (config == null) {
      throw new IllegalStateException("call config(...) first");
    }
    return gate.evaluate(context());
  }

  /** The context the gate sees. */
  public GateContext<C> context() {
    ChangeSet cs = changeSet();
    SourceTree baseTree = p -> Optional.ofNullable(base.get(p));
    SourceTree headTree = p -> Optional.ofNullable(head.get(p));
    C cfg = config;
    Function<String, C> per = configFor == null ? p -> cfg : configFor;
    Path r = root;
    List<dev.assay.api.BuildModule> modules = buildModules;
    return new GateContext<>() {
      @Override
      public List<dev.assay.api.BuildModule> buildModules() {
        return modules;
      }

      @Override
      public ChangeSet change() {
        return cs;
      }

      @Override
      public C config() {
        return cfg;
      }

      @Override
      public C configFor(String path) {
        return per.apply(path);
      }

      @Override
      public Path root() {
        return r;
      }

      @Override
      public SourceTree base() {
        return baseTree;
      }

      @Override
      public SourceTree head() {
        return headTree;
      }

      @Override
      public List<Path> findFiles(List<String> globs) {
        return find(r, globs);
      }
    };
  }

  private static List<Path> find(Path root, List<String> globs) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String g : globs) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
      if (g.startsWith("**/")) {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)));
      }
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> matchers.stream().anyMatch(m -> m.matches(root.relativize(p))))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
