package dev.assay.java.pit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The compiled classes of a project (production and test directories) and who refers to whom, so
 * that the tests which can reach a changed class are found without running anything: a test that
 * refers, directly or through other project classes, to a changed class may exercise it; any other
 * test cannot, short of reflection. Built once per run; not thread-safe while building.
 */
final class ClassIndex {
  private final Map<String, ClassRefs> byName = new HashMap<>();
  private final Map<String, Set<String>> referrers = new HashMap<>();
  private final Set<String> testClasses = new HashSet<>();
  private final Map<String, Path> files = new HashMap<>();

  /** Reads every {@code .class} file under the directories; missing directories are skipped. */
  static ClassIndex of(List<Path> classDirs, List<Path> testClassDirs) {
    ClassIndex index = new ClassIndex();
    for (Path d : classDirs) {
      index.addDir(d, false);
    }
    for (Path d : testClassDirs) {
      index.addDir(d, true);
    }
    return index;
  }

  private void addDir(Path dir, boolean tests) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".class"))::iterator) {
        // Symbolic links are not followed: compiled classes are never links, and a link could
        // point anywhere on the machine.
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.size(p) > 16 * 1024 * 1024) {
          continue;
        }
        ClassRefs refs = ClassRefs.read(Files.readAllBytes(p));
        if (refs.name().isEmpty() || byName.containsKey(refs.name())) {
          continue;
        }
        byName.put(refs.name(), refs);
        files.put(refs.name(), p);
        if (tests) {
          testClasses.add(refs.name());
        }
        for (String r : refs.referenced()) {
          referrers.computeIfAbsent(r, k -> new HashSet<>()).add(refs.name());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classes under " + dir, e);
    }
  }

  boolean contains(String internalName) {
    return byName.containsKey(internalName);
  }

  /**
   * Classes compiled from the source file {@code packagePath/fileName} (internal names): the
   * top-level class named after the file, its nested classes, and other top-level classes of the
   * same package whose constant pool names that source file.
   */
  Set<String> classesOfSource(String packagePath, String fileName) {
    String stem =
        fileName.endsWith(".java") ? fileName.substring(0, fileName.length() - 5) : fileName;
    String prefix = packagePath.isEmpty() ? "" : packagePath + "/";
    Set<String> out = new TreeSet<>();
    for (Map.Entry<String, ClassRefs> e : byName.entrySet()) {
      String n = e.getKey();
      if (testClasses.contains(n)
          || !n.startsWith(prefix)
          || n.indexOf('/', prefix.length()) >= 0) {
        continue;
      }
      String simple = n.substring(prefix.length());
      if (simple.equals(stem)
          || simple.startsWith(stem + "$")
          || e.getValue().strings().contains(fileName)) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * Test classes that refer to any of the given classes, through test code only ({@code
   * throughProduction} false: the test, its helpers, base or nested classes name a changed class)
   * or through any project class ({@code true}: also tests of classes that call the changed ones).
   */
  Set<String> testsReaching(Collection<String> changed, boolean throughProduction) {
    Set<String> seen = new HashSet<>(changed);
    Deque<String> queue = new ArrayDeque<>(changed);
    Set<String> tests = new TreeSet<>();
    while (!queue.isEmpty()) {
      String c = queue.poll();
      if (testClasses.contains(c)) {
        tests.add(c);
      }
      for (String r : referrers.getOrDefault(c, Set.of())) {
        if ((throughProduction || testClasses.contains(r)) && seen.add(r)) {
          queue.add(r);
        }
      }
    }
    return tests;
  }

  int size() {
    return byName.size();
  }

  int testCount() {
    return testClasses.size();
  }
}
