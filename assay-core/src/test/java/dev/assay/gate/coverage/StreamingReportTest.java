package dev.assay.gate.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A JaCoCo report of several hundred MB, generated while it is read and never held in memory, keeps
 * line data only for the handful of changed files it mentions.
 */
class StreamingReportTest {
  private static final int PACKAGES = 120_000;
  private static final int LINES = 50;

  @Test
  void hugeReportRetainsOnlyTheFilesOfInterest() throws Exception {
    List<String> interest =
        List.of(
            "app/src/main/java/p17/sub/F17.java",
            "app/src/main/java/p60000/sub/F60000.java",
            "app/src/main/java/p119999/sub/F119999.java",
            "app/src/main/java/nowhere/F1.java");
    CoverageData data = new CoverageData();
    PathMapper mapper = new PathMapper(Path.of("/repo"), interest, List.of());
    GeneratedJacocoReport report = new GeneratedJacocoReport();
    ReportFormat format =
        new ReportReader(mapper, data)
            .read(report, ReportSource.of("app/target/site/jacoco/jacoco.xml"));

    assertThat(format).isEqualTo(ReportFormat.JACOCO);
    assertThat(report.produced).isGreaterThan(256L * 1024 * 1024);
    assertThat(data.retainedFiles()).containsExactlyInAnyOrderElementsOf(interest.subList(0, 3));
    for (String f : interest.subList(0, 3)) {
      assertThat(data.lines(f).orElseThrow()).hasSize(LINES);
      // every third line is missed in the generator
      assertThat(TestReports.missed(data, f)).hasSize(17).allMatch(n -> n % 3 == 1);
    }
  }

  /** Writes package after package as it is read; nothing but the current package is in memory. */
  private static final class GeneratedJacocoReport extends InputStream {
    private byte[] chunk =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><!DOCTYPE report PUBLIC"
                + " \"-//JACOCO//DTD Report 1.1//EN\" \"report.dtd\"><report name=\"app\">")
            .getBytes(StandardCharsets.UTF_8);
    private int pos;
    private int next;
    long produced;

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos == chunk.length && !refill()) {
        return -1;
      }
      int n = Math.min(len, chunk.length - pos);
      System.arraycopy(chunk, pos, b, off, n);
      pos += n;
      produced += n;
      return n;
    }

    private boolean refill() {
      if (next > PACKAGES) {
        return false;
      }
      chunk = (next == PACKAGES ? "</report>" : pkg(next)).getBytes(StandardCharsets.UTF_8);
      next++;
      pos = 0;
      return true;
    }

    private static String pkg(int i) {
      StringBuilder sb = new StringBuilder(4096);
      sb.append("<package name=\"p")
          .append(i)
          .append("/sub\"><class name=\"p")
          .append(i)
          .append("/sub/F")
          .append(i)
          .append("\" sourcefilename=\"F")
          .append(i)
          .append(".java\">")
          .append("<counter type=\"LINE\" missed=\"17\" covered=\"33\"/></class>")
          .append("<sourcefile name=\"F")
          .append(i)
          .append(".java\">");
      for (int n = 1; n <= LINES; n++) {
        boolean missed = n % 3 == 1;
        sb.append("<line nr=\"")
            .append(n)
            .append("\" mi=\"")
            .append(missed ? 3 : 0)
            .append("\" ci=\"")
            .append(missed ? 0 : 3)
            .append("\" mb=\"0\" cb=\"0\"/>");
      }
      return sb.append("</sourcefile></package>").toString();
    }
  }
}
