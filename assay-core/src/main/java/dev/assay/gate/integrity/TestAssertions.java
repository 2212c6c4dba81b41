package dev.assay.gate.integrity;

import dev.assay.api.ChangeSet;
import dev.assay.api.ChangeType;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.Severity;
import dev.assay.api.SourceTree;
import dev.assay.gate.tests.TestSources;
import dev.assay.gate.tests.TestSources.ScannedTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Compares the assertions of the tests in each changed test file at base and head: a test that
 * kept its name but lost assertions, and a test the change adds with no assertion at all. Tests
 * are matched by name within the file (through a rename) and, for tests moved between files,
 * across the changed files.
 */
final class TestAssertions {
  private final List<String> testPaths;
  private final Predicate<String> ignored;

  TestAssertions(List<String> testPaths, Predicate<String> ignored) {
    this.testPaths = testPaths;
    this.ignored = ignored;
  }

  private record FileTests(FileChange change, Map<String, ScannedTest> base, List<ScannedTest> head) {}

  List<Finding> analyze(ChangeSet change, SourceTree base, SourceTree head) {
    List<FileTests> files = new ArrayList<>();
    Map<String, ScannedTest> allBase = new HashMap<>();
    for (FileChange fc : change.files()) {
      if (!fc.existsAtHead() || ignored.test(fc.path())
          || !TestSources.isTestFile(fc.path(), testPaths)) {
        continue;
      }
      Map<String, ScannedTest> b = new LinkedHashMap<>();
      if (fc.type() != ChangeType.ADDED) {
        base.read(fc.oldPath())
            .ifPresent(t -> TestSources.scan(fc.oldPath(), t).forEach(s -> b.put(s.name(), s)));
      }
      List<ScannedTest> h = head.read(fc.path()).map(t -> TestSources.scan(fc.path(), t))
          .orElse(List.of());
      files.add(new FileTests(fc, b, h));
      b.forEach(allBase::putIfAbsent);
    }
    List<Finding> out = new ArrayList<>();
    for (FileTests f : files) {
      for (ScannedTest t : f.head()) {
        ScannedTest before = f.base().getOrDefault(t.name(), allBase.get(t.name()));
        check(f.change().path(), t, before, out);
      }
    }
    return out;
  }

  private static void check(String path, ScannedTest t, ScannedTest before, List<Finding> out) {
    int now = AssertionCounter.count(t.language(), t.body());
    if (before != null) {
      int was = AssertionCounter.count(before.language(), before.body());
      if (now < was) {
        String msg = "assertions in `" + t.name() + "` went from " + was + " to " + now
            + "; a test that checks less passes more easily. Restore them, or have a human"
            + " approve the change";
        out.add(finding(IntegrityGate.ASSERTION_REMOVED, path, t, msg)
            .with("assertionsAtBase", Integer.toString(was))
            .with("assertionsAtHead", Integer.toString(now)));
      }
      return;
    }
    if (now == 0 && !t.skipped() && !AssertionCounter.declaresExpectedException(t.header())) {
      String msg = "new test `" + t.name() + "` contains no assertion, so it passes whatever the"
          + " code does; assert on the result, or have a human approve it";
      out.add(finding(IntegrityGate.WITHOUT_ASSERTION, path, t, msg));
    }
  }

  private static Finding finding(String rule, String path, ScannedTest t, String msg) {
    return Finding.at(IntegrityGate.ID, rule, path, t.line(), t.line(), Severity.WARNING, msg)
        .with("test", t.name());
  }
}
