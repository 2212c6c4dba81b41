package dev.assay.report;

import dev.assay.engine.ReportedFinding;
import dev.assay.engine.RunResult;
import java.io.IOException;
import java.io.Writer;

/** A third-party reporter as a plugin would ship one, found through META-INF/services. */
public final class CsvTestReporter implements Reporter {
  @Override
  public String format() {
    return "csv-test";
  }

  @Override
  public String fileName() {
    return "assay.csv";
  }

  @Override
  public void write(RunResult run, Writer out) throws IOException {
    out.write("path,line,rule\n");
    for (ReportedFinding f : run.findings()) {
      out.write(f.finding().path() + "," + f.finding().line() + "," + f.finding().rule() + "\n");
    }
  }
}
