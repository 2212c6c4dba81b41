package dev.assay.report.json;

import dev.assay.api.ChangeSet;
import dev.assay.api.CriterionResult;
import dev.assay.api.FileChange;
import dev.assay.api.GateTable;
import dev.assay.api.Revision;
import dev.assay.api.RuleDescriptor;
import dev.assay.engine.Disposition;
import dev.assay.engine.GateReport;
import dev.assay.engine.ReportedFinding;
import dev.assay.engine.RunResult;
import dev.assay.report.Reporter;
import dev.assay.report.internal.JsonOutput;
import dev.assay.report.internal.RuleCatalog;
import dev.assay.report.internal.RunFacts;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/** Writes {@code assay.json}, the complete evidence record of a run (schema version 1). */
public final class JsonReporter implements Reporter {
  /** Bumped only for removals or renames; additions keep it (see docs/report-schema.md). */
  public static final int SCHEMA_VERSION = 1;

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String fileName() {
    return "assay.json";
  }

  @Override
  public void write(RunResult run, Writer out) throws IOException {
    JsonOutput.write(model(run), out);
  }

  static JsonModel.Report model(RunResult run) {
    RuleCatalog catalog = RuleCatalog.of(run);
    return new JsonModel.Report(
        SCHEMA_VERSION,
        new JsonModel.Tool("Assay", run.toolVersion()),
        run.verdict().name(),
        run.verdict().exitCode(),
        run.docsUrl(),
        change(run.change()),
        new JsonModel.Criteria(
            run.criteria().path(),
            run.criteria().sha256(),
            run.criteria().isDefault(),
            run.criteria().defaultsUsed()),
        run.gates().stream().map(g -> gate(g, catalog)).toList(),
        run.findings().stream().map(f -> finding(f, catalog)).toList(),
        run.notes());
  }

  private static JsonModel.Change change(ChangeSet change) {
    return new JsonModel.Change(
        side(change.base()),
        side(change.head()),
        change.files().stream().map(JsonReporter::file).toList(),
        change.skipped().stream().map(s -> new JsonModel.Skipped(s.path(), s.reason())).toList());
  }

  private static JsonModel.Side side(Revision r) {
    return new JsonModel.Side(r.ref(), r.commit(), r.isWorkingTree());
  }

  private static JsonModel.File file(FileChange f) {
    return new JsonModel.File(
        f.path(),
        f.oldPath(),
        f.type().name(),
        f.similarity(),
        f.addedLines().count(),
        f.addedLines().ranges().stream()
            .map(r -> new JsonModel.Range(r.start(), r.end()))
            .toList());
  }

  private static JsonModel.Gate gate(GateReport g, RuleCatalog catalog) {
    return new JsonModel.Gate(
        g.id(),
        g.title(),
        g.status().name(),
        g.summary(),
        catalog.gateDocsUrl(g.id()),
        g.criteria().stream().map(JsonReporter::criterion).toList(),
        new TreeMap<>(g.metrics()),
        g.notes(),
        g.rules().stream()
            .sorted(Comparator.comparing(RuleDescriptor::id))
            .map(r -> new JsonModel.Rule(
                r.id(), r.name(), r.summary(), r.defaultSeverity().name(), catalog.docsUrl(r.id())))
            .toList(),
        new JsonModel.Counts(
            RunFacts.count(g, Disposition.OPEN),
            RunFacts.count(g, Disposition.SUPPRESSED),
            RunFacts.count(g, Disposition.BASELINED)),
        g.tables().stream().map(JsonReporter::table).toList());
  }

  private static JsonModel.Table table(GateTable t) {
    GateTable.Chart c = t.chart();
    return new JsonModel.Table(t.title(), t.columns(), t.rows(), new JsonModel.Chart(c.axis(),
        c.logScale(), c.intervals().stream().map(i -> new JsonModel.Interval(i.label(), i.low(),
            i.estimate(), i.high(), i.status().name())).toList(), c.marks()));
  }

  private static JsonModel.Criterion criterion(CriterionResult c) {
    return new JsonModel.Criterion(
        c.id(), c.title(), c.kind().name(), c.status().name(), c.actual(), c.expected(), c.blocking());
  }

  private static JsonModel.Finding finding(ReportedFinding r, RuleCatalog catalog) {
    var f = r.finding();
    return new JsonModel.Finding(
        f.gate(),
        f.rule(),
        f.path(),
        f.line(),
        f.endLine(),
        f.severity().name(),
        f.message(),
        new TreeMap<>(f.properties()),
        r.fingerprint(),
        r.disposition().name(),
        r.justification(),
        catalog.docsUrl(f.rule()));
  }
}
