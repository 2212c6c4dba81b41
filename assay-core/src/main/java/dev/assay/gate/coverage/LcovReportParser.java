package dev.assay.gate.coverage;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads an LCOV tracefile ({@code SF:}, {@code DA:line,hits}, {@code BRDA:line,block,branch,taken},
 * {@code end_of_record}) line by line, keeping data only for the files the {@link PathMapper}
 * resolves. Other records (TN, FN, FNDA, LF, LH, ...) carry nothing a changed-line check needs.
 */
final class LcovReportParser {
  static final int MAX_LINE = 64 * 1024;
  private static final Pattern KEY = Pattern.compile("[A-Z][A-Z_]{0,15}:.*|end_of_record");

  private final PathMapper mapper;
  private final CoverageData sink;

  LcovReportParser(PathMapper mapper, CoverageData sink) {
    this.mapper = mapper;
    this.sink = sink;
  }

  /** Branches per file of interest, line and branch id; repeated records of a file OR together. */
  private final Map<String, Map<Integer, Map<String, Boolean>>> branches = new HashMap<>();

  void parse(Reader in, ReportSource source) throws IOException, ReportException {
    branches.clear();
    BoundedLineReader lines = new BoundedLineReader(in, MAX_LINE);
    Optional<String> file = Optional.empty();
    boolean inRecord = false;
    String line;
    while ((line = next(lines, source)) != null) {
      String t = line.strip();
      int n = lines.lineNumber();
      if (t.isEmpty()) {
        continue;
      }
      if (!KEY.matcher(t).matches()) {
        throw error(source, n, 1, "\"" + shorten(t) + "\" is not an LCOV record");
      }
      if (t.startsWith("SF:")) {
        String path = t.substring(3).strip();
        sink.measured(path);
        file = mapper.resolve(path, source.dir(), List.of());
        file.ifPresent(sink::touch);
        inRecord = true;
      } else if (t.equals("end_of_record")) {
        file = Optional.empty();
        inRecord = false;
      } else if (t.startsWith("DA:") || t.startsWith("BRDA:")) {
        if (!inRecord) {
          throw error(source, n, 1, t.substring(0, t.indexOf(':')) + " before any SF: record");
        }
        if (file.isPresent()) {
          record(t, file.get(), source, n);
        }
      }
    }
    flushBranches();
  }

  private void flushBranches() {
    branches.forEach(
        (file, byLine) ->
            byLine.forEach(
                (line, ids) -> {
                  int taken = (int) ids.values().stream().filter(b -> b).count();
                  sink.addBranches(file, line, taken, ids.size());
                }));
    branches.clear();
  }

  private void record(String t, String file, ReportSource source, int n) throws ReportException {
    boolean da = t.startsWith("DA:");
    String[] f = t.substring(da ? 3 : 5).split(",", -1);
    if (da ? f.length < 2 : f.length != 4) {
      throw error(source, n, 1, "\"" + shorten(t) + "\" has the wrong number of fields");
    }
    int lineNo = lineNumber(f[0], source, n);
    if (da) {
      long hits = count(f[1], source, n, t);
      sink.add(file, lineNo, new LineHit(hits > 0, 0, 0));
    } else {
      // "-" means the block never ran: the branch exists and was not taken.
      long taken = f[3].strip().equals("-") ? 0 : count(f[3], source, n, t);
      branches
          .computeIfAbsent(file, k -> new TreeMap<>())
          .computeIfAbsent(lineNo, k -> new HashMap<>())
          .merge(f[1].strip() + "," + f[2].strip(), taken > 0, Boolean::logicalOr);
    }
  }

  private static int lineNumber(String s, ReportSource source, int n) throws ReportException {
    try {
      int v = Integer.parseInt(s.strip());
      if (v >= 1) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(source, n, 1, "line number \"" + shorten(s) + "\" is not a positive integer");
  }

  private static long count(String s, ReportSource source, int n, String t) throws ReportException {
    try {
      // geninfo writes hit counts as integers; some tools write them as floats ("1.0")
      double v = Double.parseDouble(s.strip());
      if (v >= 0 && !Double.isNaN(v)) {
        return (long) Math.ceil(Math.min(v, Long.MAX_VALUE));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(source, n, 1, "\"" + shorten(t) + "\" has a count that is not a number >= 0");
  }

  private static String next(BoundedLineReader lines, ReportSource source)
      throws IOException, ReportException {
    try {
      return lines.readLine();
    } catch (BoundedLineReader.LineTooLongException e) {
      throw error(source, e.line(), MAX_LINE, "line longer than " + MAX_LINE + " characters");
    }
  }

  static ReportException error(ReportSource source, int line, int column, String problem) {
    return new ReportException(
        source.path(),
        line,
        column,
        problem + " (reading it as LCOV)",
        "Regenerate the report with the coverage tool, or remove it from `reports`");
  }

  private static String shorten(String v) {
    return v.length() > 60 ? v.substring(0, 60) + "..." : v;
  }
}
