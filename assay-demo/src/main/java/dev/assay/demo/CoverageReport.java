package dev.assay.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.report.DirectorySourceFileLocator;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.xml.XMLFormatter;

/** Writes JaCoCo's execution data and XML report where jacoco-maven-plugin puts them. */
final class CoverageReport {
  private CoverageReport() {}

  /**
   * Analyses the original (not instrumented) {@code classes} against the run's execution data.
   *
   * @param bundle the report's name, Maven's project name
   * @param exec where {@code jacoco.exec} goes
   * @param xml where {@code jacoco.xml} goes
   */
  static void write(
      CoverageRun.Outcome run, Path classes, Path sources, String bundle, Path exec, Path xml)
      throws DemoException {
    try {
      CoverageBuilder builder = new CoverageBuilder();
      new Analyzer(run.executionData(), builder).analyzeAll(classes.toFile());
      writeExec(run, exec);
      writeXml(run, builder.getBundle(bundle), sources, xml);
    } catch (IOException e) {
      throw new DemoException(
          "could not write the JaCoCo report " + xml + ": " + e.getMessage(), e);
    }
  }

  private static void writeExec(CoverageRun.Outcome run, Path exec) throws IOException {
    Files.createDirectories(exec.getParent());
    try (OutputStream out = Files.newOutputStream(exec)) {
      ExecutionDataWriter writer = new ExecutionDataWriter(out);
      run.sessions().accept(writer);
      run.executionData().accept(writer);
    }
  }

  private static void writeXml(
      CoverageRun.Outcome run, IBundleCoverage bundle, Path sources, Path xml) throws IOException {
    Files.createDirectories(xml.getParent());
    XMLFormatter formatter = new XMLFormatter();
    formatter.setOutputEncoding("UTF-8");
    try (OutputStream out = Files.newOutputStream(xml)) {
      IReportVisitor visitor = formatter.createVisitor(out);
      visitor.visitInfo(run.sessions().getInfos(), run.executionData().getContents());
      visitor.visitBundle(bundle, new DirectorySourceFileLocator(sources.toFile(), "UTF-8", 4));
      visitor.visitEnd();
    }
  }
}
