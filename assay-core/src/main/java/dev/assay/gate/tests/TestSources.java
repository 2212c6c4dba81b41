package dev.assay.gate.tests;

import dev.assay.api.ChangeSet;
import dev.assay.api.Finding;
import dev.assay.api.SourceTree;
import dev.assay.glob.TestPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tests gate's test discovery and change analysis, for other built-in gates that judge tests
 * (the integrity gate). Public only so that another gate package can call it; stateless.
 */
public final class TestSources {
  /** Rule id of a deleted test in {@link #changes}' findings. */
  public static final String DELETED = TestChangeAnalyzer.DELETED;

  /** Rule id of a newly skipped test in {@link #changes}' findings. */
  public static final String SKIPPED = TestChangeAnalyzer.SKIPPED;

  private TestSources() {}

  /**
   * One test found in a source file, with its declaration and body as masked text (comments and
   * string contents blanked, same length).
   *
   * @param name name qualified by class or describe titles, unique within the file
   * @param line 1-based line of the declaration
   * @param skipped whether a marker skips it
   * @param language {@code jvm}, {@code python}, {@code javascript} or {@code go}
   * @param header masked text from the declaration's start (first annotation, decorator or call)
   *     to the body
   * @param body masked text of the body, without its braces
   */
  public record ScannedTest(
      String name, int line, boolean skipped, String language, String header, String body) {
    public ScannedTest {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(body, "body");
    }
  }

  /** The default {@code test-paths} of the tests gate. */
  public static List<String> defaultTestPaths() {
    return TestsConfig.DEFAULT_TEST_PATHS;
  }

  /** Compiled test globs by their text: callers ask once per file of a whole tree. */
  private static final Map<List<String>, TestPaths> TEST_PATHS =
      new ConcurrentHashMap<>();

  /** True for a file in a language the scanners read that the globs name as a test source. */
  public static boolean isTestFile(String path, List<String> testPaths) {
    return TestLanguage.of(path).isPresent()
        && TEST_PATHS.computeIfAbsent(
                List.copyOf(testPaths), g -> new TestPaths(g, TestsConfig.DEFAULT_TEST_PATHS))
            .matches(path);
  }

  /**
   * The tests in a file's text whose body the scanners could delimit, in declaration order; empty
   * for a language they do not read.
   */
  public static List<ScannedTest> scan(String path, String text) {
    var lang = TestLanguage.of(path);
    if (lang.isEmpty()) {
      return List.of();
    }
    MaskedSource src = MaskedSource.of(text, lang.get());
    String m = src.masked();
    List<ScannedTest> out = new ArrayList<>();
    for (TestCase t : TestScanner.unique(TestScanner.of(lang.get()).scan(src))) {
      if (t.hasBody() && t.bodyEnd() <= m.length()) {
        String language = lang.get().name().toLowerCase(Locale.ROOT);
        out.add(new ScannedTest(t.name(), t.line(), t.skipped(), language,
            m.substring(t.headerStart(), Math.max(t.headerStart(), t.bodyStart())),
            m.substring(t.bodyStart(), t.bodyEnd())));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Findings of tests deleted ({@link #DELETED}) or newly skipped ({@link #SKIPPED}) by the change,
   * exactly as the tests gate reports them.
   */
  public static List<Finding> changes(
      ChangeSet change, SourceTree base, SourceTree head, List<String> testPaths) {
    return new TestChangeAnalyzer(testPaths).analyze(change, base, head).stream()
        .filter(f -> f.rule().equals(DELETED) || f.rule().equals(SKIPPED))
        .toList();
  }
}
