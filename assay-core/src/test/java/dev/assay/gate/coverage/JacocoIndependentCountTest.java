package dev.assay.gate.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.ChangeType;
import dev.assay.api.ChangedLines;
import dev.assay.api.FileChange;
import dev.assay.api.GateResult;
import dev.assay.testkit.GateHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate's changed-line coverage equals a plain count over the real JaCoCo XML text, done here
 * with a regular expression and no code from the gate.
 */
class JacocoIndependentCountTest {
  private static final Pattern LINE =
      Pattern.compile("<line nr=\"(\\d+)\" mi=\"\\d+\" ci=\"(\\d+)\"");

  @TempDir Path dir;

  @Test
  void gateCountMatchesALineByLineCountOfTheXml() throws Exception {
    Path root = TestReports.copy("maven", dir).resolve("maven");
    String billing = "billing/src/main/java/com/acme/util/Strings.java";
    String catalog = "catalog/src/main/java/com/acme/util/Strings.java";
    int[] billingLines = IntStream.rangeClosed(1, 27).filter(n -> n % 2 == 1).toArray();
    int[] catalogLines = IntStream.rangeClosed(5, 17).toArray();

    int[] expected = new int[2];
    count(root.resolve("billing/target/site/jacoco/jacoco.xml"), billingLines, expected);
    count(root.resolve("catalog/target/site/jacoco/jacoco.xml"), catalogLines, expected);

    GateHarness<CoverageConfig> h =
        GateHarness.forGate(new CoverageGate()).root(root).config(CoverageConfig.defaults());
    for (String p : new String[] {billing, catalog}) {
      h.headFile(p, Files.readString(root.resolve(p)));
    }
    h.change(change(billing, billingLines)).change(change(catalog, catalogLines));
    GateResult r = h.run();

    assertThat(expected[1]).isGreaterThan(expected[0]).isGreaterThan(0);
    assertThat(r.metrics())
        .containsEntry("covered", Integer.toString(expected[0]))
        .containsEntry("executable", Integer.toString(expected[1]));
  }

  private static FileChange change(String path, int[] lines) {
    return new FileChange(path, path, ChangeType.MODIFIED, 100, ChangedLines.ofLines(lines));
  }

  /** Adds covered and executable counts of Strings.java's changed lines to {@code acc}. */
  private static void count(Path xml, int[] changed, int[] acc) throws Exception {
    String text = Files.readString(xml);
    int start = text.indexOf("<sourcefile name=\"Strings.java\">");
    int end = text.indexOf("</sourcefile>", start);
    Set<Integer> wanted = new TreeSet<>();
    for (int n : changed) {
      wanted.add(n);
    }
    Matcher m = LINE.matcher(text.substring(start, end));
    while (m.find()) {
      if (wanted.contains(Integer.parseInt(m.group(1)))) {
        acc[1]++;
        if (Integer.parseInt(m.group(2)) > 0) {
          acc[0]++;
        }
      }
    }
  }
}
