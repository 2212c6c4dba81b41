package dev.assay.gate.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Access to the real-tool fixtures, and a one-call way to read a report for assertions. */
final class TestReports {
  private TestReports() {}

  static Path fixtures() {
    try {
      return Path.of(TestReports.class.getResource("/dev/assay/gate/coverage").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies the fixture project {@code name} to {@code dir/name} and returns {@code dir}. */
  static Path copy(String name, Path dir) {
    Path from = fixtures().resolve(name);
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path to = dir.resolve(name).resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /** Reads one report under {@code root} keeping the given repository paths. */
  static CoverageData read(Path root, String report, Collection<String> interest)
      throws IOException, ReportException {
    CoverageData data = new CoverageData();
    PathMapper mapper = new PathMapper(root, interest, List.of());
    try (InputStream in = Files.newInputStream(root.resolve(report))) {
      new ReportReader(mapper, data).read(in, ReportSource.of(report));
    }
    return data;
  }

  /** Lines of the file the reports say are covered. */
  static Set<Integer> covered(CoverageData data, String path) {
    Set<Integer> out = new TreeSet<>();
    data.lines(path)
        .orElseThrow()
        .forEach(
            (n, h) -> {
              if (h.covered()) out.add(n);
            });
    return out;
  }

  /** Lines of the file the reports list as not covered. */
  static Set<Integer> missed(CoverageData data, String path) {
    Set<Integer> out = new TreeSet<>();
    data.lines(path)
        .orElseThrow()
        .forEach(
            (n, h) -> {
              if (!h.covered()) out.add(n);
            });
    return out;
  }

  /** Lines with branches, as "covered/total". */
  static Map<Integer, String> branches(CoverageData data, String path) {
    Map<Integer, String> out = new TreeMap<>();
    data.lines(path)
        .orElseThrow()
        .forEach(
            (n, h) -> {
              if (h.branchesTotal() > 0) {
                out.put(n, h.branchesCovered() + "/" + h.branchesTotal());
              }
            });
    return out;
  }
}
