package dev.assay.engine;

import dev.assay.api.BuildModule;
import dev.assay.api.ChangeSet;
import dev.assay.api.Gate;
import dev.assay.api.Provenance;
import dev.assay.api.SourceTree;
import dev.assay.policy.Criteria;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything a run needs, gathered by the caller (the CLI or a build plugin).
 *
 * @param criteria the validated criteria
 * @param change the change, before the criteria's {@code exclude} is applied
 * @param base files at base
 * @param head files at head
 * @param root the work tree root
 * @param gates the available gates in report order; the criteria decide which are enabled
 * @param baseline accepted findings
 * @param toolVersion Assay's version
 * @param notes notes from computing the change, shown in reports
 * @param provenance who wrote the change's lines; unknown for every line when not read
 * @param buildModules the modules of the build running Assay (a build plugin); empty otherwise
 */
public record RunInput(
    Criteria criteria,
    ChangeSet change,
    SourceTree base,
    SourceTree head,
    Path root,
    List<Gate<?>> gates,
    Baseline baseline,
    String toolVersion,
    List<String> notes,
    Provenance provenance,
    List<BuildModule> buildModules) {
  public RunInput {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(toolVersion, "toolVersion");
    gates = List.copyOf(gates);
    notes = List.copyOf(notes);
    buildModules = List.copyOf(buildModules);
  }

  /** Input from outside a build: no build modules known. */
  public RunInput(
      Criteria criteria,
      ChangeSet change,
      SourceTree base,
      SourceTree head,
      Path root,
      List<Gate<?>> gates,
      Baseline baseline,
      String toolVersion,
      List<String> notes,
      Provenance provenance) {
    this(criteria, change, base, head, root, gates, baseline, toolVersion, notes, provenance,
        List.of());
  }

  /** Input with no provenance: every line unknown. */
  public RunInput(
      Criteria criteria,
      ChangeSet change,
      SourceTree base,
      SourceTree head,
      Path root,
      List<Gate<?>> gates,
      Baseline baseline,
      String toolVersion,
      List<String> notes) {
    this(criteria, change, base, head, root, gates, baseline, toolVersion, notes, Provenance.unknown());
  }
}
