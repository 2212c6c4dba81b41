package dev.assay.report.sarif;

import dev.assay.api.Finding;
import dev.assay.engine.Disposition;
import dev.assay.engine.ReportedFinding;
import dev.assay.engine.RunResult;
import dev.assay.report.Reporter;
import dev.assay.report.internal.CatalogRule;
import dev.assay.report.internal.JsonOutput;
import dev.assay.report.internal.RelativeUri;
import dev.assay.report.internal.RuleCatalog;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code assay.sarif}: one SARIF 2.1.0 run with a rule entry for every rule (sorted by id)
 * and a result for every finding, suppressed and baselined ones included and marked as such, so
 * that code scanning can show and close them.
 */
public final class SarifReporter implements Reporter {
  /** Key of the fingerprint in {@code partialFingerprints}; bump the suffix if the hash changes. */
  static final String FINGERPRINT_KEY = "assay/v1";

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public String fileName() {
    return "assay.sarif";
  }

  @Override
  public void write(RunResult run, Writer out) throws IOException {
    JsonOutput.write(model(run), out);
  }

  static SarifModel.Log model(RunResult run) {
    RuleCatalog catalog = RuleCatalog.of(run);
    SarifModel.Driver driver = new SarifModel.Driver(
        "Assay",
        run.toolVersion(),
        run.docsUrl(),
        catalog.rules().stream().map(r -> rule(r, catalog)).toList());
    SarifModel.Run sarifRun = new SarifModel.Run(
        new SarifModel.Tool(driver),
        Map.of(
            SarifModel.SRCROOT,
            new SarifModel.ArtifactLocation(
                null, null, new SarifModel.Text("The root of the repository's work tree."))),
        run.findings().stream().map(f -> result(f, catalog)).toList(),
        runProperties(run));
    return new SarifModel.Log(SarifModel.SCHEMA, "2.1.0", List.of(sarifRun));
  }

  private static SarifModel.Rule rule(CatalogRule entry, RuleCatalog catalog) {
    var d = entry.descriptor();
    String help = catalog.docsUrl(d.id());
    return new SarifModel.Rule(
        d.id(),
        d.name(),
        new SarifModel.Text(d.summary()),
        new SarifModel.Text(d.summary() + " Documentation: " + help),
        help,
        new SarifModel.Configuration(d.defaultSeverity().sarifLevel()),
        Map.of("tags", List.of(entry.gate())));
  }

  private static SarifModel.Result result(ReportedFinding reported, RuleCatalog catalog) {
    Finding f = reported.finding();
    Map<String, Object> properties = new TreeMap<>();
    properties.put("gate", f.gate());
    properties.put("disposition", reported.disposition().name());
    if (!f.properties().isEmpty()) {
      properties.put("assay", new TreeMap<>(f.properties()));
    }
    return new SarifModel.Result(
        f.rule(),
        catalog.indexOf(f.rule()),
        f.severity().sarifLevel(),
        new SarifModel.Text(f.message()),
        f.hasPath() ? List.of(location(f)) : List.of(),
        Map.of(FINGERPRINT_KEY, reported.fingerprint()),
        suppressions(reported),
        reported.disposition() == Disposition.BASELINED ? "unchanged" : "new",
        properties);
  }

  private static SarifModel.Location location(Finding f) {
    SarifModel.ArtifactLocation artifact =
        new SarifModel.ArtifactLocation(RelativeUri.of(f.path()), SarifModel.SRCROOT, null);
    SarifModel.Region region = f.hasLine() ? new SarifModel.Region(f.line(), f.endLine()) : null;
    return new SarifModel.Location(new SarifModel.PhysicalLocation(artifact, region));
  }

  private static List<SarifModel.Suppression> suppressions(ReportedFinding reported) {
    if (reported.disposition() != Disposition.SUPPRESSED) {
      return List.of();
    }
    return List.of(new SarifModel.Suppression("inSource", "accepted", reported.justification()));
  }

  private static Map<String, Object> runProperties(RunResult run) {
    Map<String, Object> p = new TreeMap<>();
    p.put("verdict", run.verdict().name());
    p.put("exitCode", run.verdict().exitCode());
    p.put("baseRef", run.change().base().ref());
    p.put("baseCommit", run.change().base().commit());
    p.put("headRef", run.change().head().ref());
    p.put("headCommit", run.change().head().commit());
    List<Map<String, Object>> tables = new java.util.ArrayList<>();
    for (var g : run.gates()) {
      for (var t : g.tables()) {
        Map<String, Object> m = new TreeMap<>();
        m.put("gate", g.id());
        m.put("title", t.title());
        m.put("columns", t.columns());
        m.put("rows", t.rows());
        tables.add(m);
      }
    }
    if (!tables.isEmpty()) {
      // SARIF has no place for a table; the property bag keeps it with the run for other tools
      p.put("tables", tables);
    }
    return p;
  }
}
