package dev.assay.engine;

import dev.assay.api.ChangeSet;
import dev.assay.api.ChangedLines;
import dev.assay.api.CriteriaException;
import dev.assay.api.CriterionResult;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.api.Provenance;
import dev.assay.api.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holds AI-authored lines to the stricter values of a gate's {@code ai:} block, for any gate: the
 * gate runs a second time on the change narrowed to its AI-authored lines, with the block laid
 * over its settings. Each threshold criterion of that pass joins the result as {@code <id>/ai};
 * findings it adds count toward the gate's own finding criteria.
 */
final class AiPass {
  /** Suffix of the id of a criterion measured on AI-authored lines only. */
  static final String SUFFIX = "/ai";

  private AiPass() {}

  /** The change narrowed to the lines the provenance calls AI-authored. */
  static ChangeSet aiLines(ChangeSet change, Provenance provenance) {
    List<FileChange> files = new ArrayList<>();
    for (FileChange f : change.files()) {
      ChangedLines ai = provenance.aiLines(f.path(), f.addedLines());
      if (!ai.isEmpty()) {
        files.add(new FileChange(f.path(), f.oldPath(), f.type(), f.similarity(), ai));
      }
    }
    return new ChangeSet(change.base(), change.head(), files, change.skipped());
  }

  static <C> GateResult apply(
      ConfiguredGate<C> g, GateResult plain, ChangeSet change, RunInput in, Workspace workspace) {
    ConfiguredGate<C> ai = g.ai().orElseThrow();
    ChangeSet narrowed = aiLines(change, in.provenance());
    if (narrowed.files().isEmpty()) {
      return withNote(plain, "No changed line is known to be AI-authored, so the `ai:` values of `"
          + g.gate().id() + "` did not apply.");
    }
    GateResult strict;
    try {
      strict = ai.gate().evaluate(new EngineContext<>(ai, narrowed, in, workspace, true));
    } catch (CriteriaException e) {
      throw e;
    } catch (Exception | StackOverflowError | AssertionError e) {
      String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      List<CriterionResult> criteria = new ArrayList<>(plain.criteria());
      criteria.add(new CriterionResult(g.gate().id() + SUFFIX, "AI-authored lines meet the `ai:` values",
          CriterionResult.Kind.THRESHOLD, Status.ERROR, "could not run: " + what, "", true));
      return rebuild(plain, criteria, plain.findings(), plain.notes(), plain.metrics());
    }
    if (strict == null || !strict.gate().equals(plain.gate())) {
      return plain;
    }
    return merge(plain, strict);
  }

  private static GateResult merge(GateResult plain, GateResult strict) {
    List<CriterionResult> criteria = new ArrayList<>(plain.criteria());
    for (CriterionResult c : strict.criteria()) {
      if (c.kind() == CriterionResult.Kind.THRESHOLD && c.status() != Status.SKIPPED) {
        criteria.add(new CriterionResult(c.id() + SUFFIX, c.title() + " (AI-authored lines)",
            c.kind(), c.status(), c.actual(), c.expected(), c.blocking()));
      }
    }
    Set<Finding> seen = new HashSet<>(plain.findings());
    List<Finding> findings = new ArrayList<>(plain.findings());
    for (Finding f : strict.findings()) {
      if (!seen.contains(f) && !sameSpot(plain.findings(), f)) {
        findings.add(f.with("provenance", "ai"));
      }
    }
    Set<String> notes = new LinkedHashSet<>(plain.notes());
    notes.addAll(strict.notes());
    Map<String, String> metrics = new LinkedHashMap<>(plain.metrics());
    strict.metrics().forEach((k, v) -> metrics.put("ai." + k, v));
    return rebuild(plain, criteria, findings, List.copyOf(notes), metrics);
  }

  /** A stricter pass reports the same spot again with other numbers; the first report stands. */
  private static boolean sameSpot(List<Finding> plain, Finding f) {
    return f.hasPath() && plain.stream().anyMatch(p -> p.rule().equals(f.rule()) && p.path().equals(f.path()) && p.line() == f.line());
  }

  private static GateResult withNote(GateResult r, String note) {
    List<String> notes = new ArrayList<>(r.notes());
    notes.add(note);
    return new GateResult(r.gate(), r.status(), r.summary(), r.criteria(), r.findings(), notes, r.metrics(),
        r.tables());
  }

  private static GateResult rebuild(GateResult plain, List<CriterionResult> criteria, List<Finding> findings,
      List<String> notes, Map<String, String> metrics) {
    Status status = plain.status() == Status.ERROR ? Status.ERROR : GateResult.statusOf(criteria);
    return new GateResult(plain.gate(), status, plain.summary(), criteria, findings, notes, metrics,
        plain.tables());
  }
}
