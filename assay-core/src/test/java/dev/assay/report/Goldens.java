package dev.assay.report;

import static org.assertj.core.api.Assertions.fail;

import dev.assay.engine.RunResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares rendered reports with golden files under {@code src/test/resources/dev/assay/report}.
 * Goldens are rewritten only when the build is run with {@code -Dassay.updateGoldens=true}; a
 * mismatch otherwise fails with the first differing lines.
 */
public final class Goldens {
  public static final Path ROOT = Path.of("src/test/resources/dev/assay/report");

  private Goldens() {}

  /** The report as a string. */
  public static String render(Reporter reporter, RunResult run) {
    StringWriter out = new StringWriter();
    try {
      reporter.write(run, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Fails unless {@code actual} equals the golden file at {@code relative}. */
  public static void assertMatches(String relative, String actual) {
    Path file = ROOT.resolve(relative);
    try {
      if (Boolean.getBoolean("assay.updateGoldens")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail("golden file " + file + " is missing; run with -Dassay.updateGoldens=true to create it");
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        fail("report differs from golden file " + file
            + " (run with -Dassay.updateGoldens=true if the change is intended)\n"
            + diff(expected, actual));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first differing line with three lines of context on each side. */
  static String diff(String expected, String actual) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    int i = 0;
    while (i < e.size() && i < a.size() && e.get(i).equals(a.get(i))) {
      i++;
    }
    StringBuilder sb = new StringBuilder("first difference at line " + (i + 1) + ":\n");
    for (int k = Math.max(0, i - 3); k < i; k++) {
      sb.append("  ").append(e.get(k)).append('\n');
    }
    for (int k = i; k < Math.min(e.size(), i + 3); k++) {
      sb.append("- ").append(e.get(k)).append('\n');
    }
    for (int k = i; k < Math.min(a.size(), i + 3); k++) {
      sb.append("+ ").append(a.get(k)).append('\n');
    }
    if (expected.lines().count() == actual.lines().count() && i == e.size()) {
      sb.append("(the lines match; line endings or the final newline differ)\n");
    }
    return sb.toString();
  }
}
