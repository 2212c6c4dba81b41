package dev.assay.gate.tests;

import dev.assay.api.ChangeSet;
import dev.assay.api.ChangeType;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.Severity;
import dev.assay.api.SourceTree;
import dev.assay.glob.TestPaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares the tests of each changed test file at base and head and reports tests deleted, newly
 * skipped or emptied by the change. A test is matched by name: across a file rename through the
 * base path, and across files when it moved. When a file keeps at least as many tests as it had,
 * a vanished name is a rename when an added test has a similar body.
 */
final class TestChangeAnalyzer {
  static final String DELETED = "tests/deleted";
  static final String SKIPPED = "tests/skipped";
  static final String EMPTIED = "tests/emptied";

  private final TestPaths testPaths;

  TestChangeAnalyzer(List<String> testPaths) {
    this.testPaths = new TestPaths(testPaths, TestsConfig.DEFAULT_TEST_PATHS);
  }

  private record FileTests(
      FileChange change,
      Map<String, TestCase> base,
      Map<String, TestCase> head,
      String baseText,
      String headText) {}

  /** Findings of the three rules, in file order. */
  List<Finding> analyze(ChangeSet change, SourceTree base, SourceTree head) {
    List<FileTests> files = new ArrayList<>();
    Map<String, TestCase> allBase = new HashMap<>();
    Set<String> allHead = new HashSet<>();
    for (FileChange fc : change.files()) {
      if (!isTestFile(fc)) {
        continue;
      }
      String bt = fc.type() == ChangeType.ADDED ? "" : base.read(fc.oldPath()).orElse("");
      String ht = fc.existsAtHead() ? head.read(fc.path()).orElse("") : "";
      Map<String, TestCase> b = tests(fc.oldPath(), bt);
      Map<String, TestCase> h = tests(fc.path(), ht);
      files.add(new FileTests(fc, b, h, bt, ht));
      b.forEach(allBase::putIfAbsent);
      allHead.addAll(h.keySet());
    }
    List<Finding> out = new ArrayList<>();
    for (FileTests f : files) {
      deleted(f, allHead, out);
      skippedAndEmptied(f, allBase, out);
    }
    return out;
  }

  private boolean isTestFile(FileChange fc) {
    boolean known = TestLanguage.of(fc.path()).isPresent() || TestLanguage.of(fc.oldPath()).isPresent();
    return known && (testPaths.matches(fc.path()) || testPaths.matches(fc.oldPath()));
  }

  private static Map<String, TestCase> tests(String path, String text) {
    Map<String, TestCase> out = new LinkedHashMap<>();
    if (!text.isEmpty()) {
      TestScanner.scan(path, text).forEach(t -> out.put(t.name(), t));
    }
    return out;
  }

  private static void deleted(FileTests f, Set<String> allHead, List<Finding> out) {
    List<TestCase> gone = new ArrayList<>();
    int movedOut = 0;
    for (TestCase t : f.base().values()) {
      if (f.head().containsKey(t.name())) {
        continue;
      }
      if (allHead.contains(t.name())) {
        movedOut++;
      } else {
        gone.add(t);
      }
    }
    if (gone.isEmpty()) {
      return;
    }
    FileChange fc = f.change();
    int line = fc.existsAtHead() ? 1 : 0;
    List<String> added = f.head().keySet().stream().filter(n -> !f.base().containsKey(n)).toList();
    if (f.head().size() >= f.base().size() - movedOut) {
      // As many tests as before: only a vanished test whose body an added test kept was renamed.
      // Deleting one test while adding one for new code must not pass as a rename.
      gone = TestBodies.unrenamed(gone, added, f.base(), f.baseText(), f.head(), f.headText());
      if (!gone.isEmpty()) {
        out.add(deletion(fc, line, summary(f, gone, added)).with("tests", names(gone)));
      }
      return;
    }
    if (!added.isEmpty()) {
      out.add(deletion(fc, line, summary(f, gone, added)).with("tests", names(gone)));
      return;
    }
    for (TestCase t : gone) {
      String where = fc.existsAtHead() ? "was removed from this file" : "was deleted with its file";
      String msg =
          "test `" + t.name() + "` (" + fc.oldPath() + ":" + t.line() + " at base) " + where
              + "; restore it, or say why it is no longer needed with an assay:ignore reason";
      out.add(deletion(fc, line, msg).with("test", t.name()));
    }
  }

  private static String summary(FileTests f, List<TestCase> gone, List<String> added) {
    return f.base().size() + " tests at base, " + f.head().size() + " at head: "
        + names(gone) + " removed, " + String.join(", ", added) + " added; restore the "
        + "missing tests, or say why they are no longer needed with an assay:ignore reason";
  }

  private static Finding deletion(FileChange fc, int line, String message) {
    return new Finding("tests", DELETED, fc.path(), line, line, Severity.WARNING, message, Map.of());
  }

  private static void skippedAndEmptied(FileTests f, Map<String, TestCase> allBase, List<Finding> out) {
    Map<Integer, List<String>> byMarker = new TreeMap<>();
    for (TestCase t : f.head().values()) {
      TestCase before = f.base().getOrDefault(t.name(), allBase.get(t.name()));
      if (t.skipped() && (before == null || !before.skipped())) {
        byMarker.computeIfAbsent(t.skipLine(), k -> new ArrayList<>()).add(t.name());
      }
      if (t.empty() && before != null && !before.empty()) {
        String msg = "test `" + t.name() + "` had statements at base and has an empty body now, "
            + "so it passes without checking anything; restore its body or delete it openly";
        out.add(Finding.at("tests", EMPTIED, f.change().path(), t.line(), t.line(),
            Severity.WARNING, msg).with("test", t.name()));
      }
    }
    byMarker.forEach((line, tests) -> {
      String msg = (tests.size() == 1 ? "test `" + tests.get(0) + "` is" : tests.size()
          + " tests (" + String.join(", ", tests) + ") are") + " skipped by this change; "
          + "fix and re-enable, or say why with an assay:ignore reason";
      out.add(Finding.at("tests", SKIPPED, f.change().path(), line, line, Severity.WARNING, msg)
          .with("tests", String.join(", ", tests)));
    });
  }

  private static String names(List<TestCase> tests) {
    return String.join(", ", tests.stream().map(TestCase::name).toList());
  }
}
