package dev.assay.engine;

import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.api.SourceTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** All findings of a run, sorted, fingerprinted and with suppressions and baseline applied. */
record Evidence(List<ReportedFinding> findings, List<String> notes) {

  static Evidence collect(
      List<GateResult> results, Set<String> unsuppressible, SourceTree head, Baseline baseline) {
    List<Finding> all = new ArrayList<>();
    for (GateResult r : results) {
      all.addAll(r.findings());
    }
    all.sort(Engine.ORDER);
    Fingerprints fingerprints = new Fingerprints(head);
    List<String> prints = fingerprints.of(all);
    Suppressions suppressions = new Suppressions(fingerprints);
    List<ReportedFinding> out = new ArrayList<>(all.size());
    int suppressed = 0;
    int baselined = 0;
    for (int i = 0; i < all.size(); i++) {
      Finding f = all.get(i);
      Optional<String> reason =
          unsuppressible.contains(f.gate()) ? Optional.empty() : suppressions.reasonFor(f);
      if (reason.isPresent()) {
        out.add(new ReportedFinding(f, prints.get(i), Disposition.SUPPRESSED, reason.get()));
        suppressed++;
      } else if (baseline.contains(prints.get(i))) {
        out.add(new ReportedFinding(f, prints.get(i), Disposition.BASELINED, ""));
        baselined++;
      } else {
        out.add(new ReportedFinding(f, prints.get(i), Disposition.OPEN, ""));
      }
    }
    return new Evidence(List.copyOf(out), notes(suppressed, baselined, suppressions.unjustified()));
  }

  private static List<String> notes(int suppressed, int baselined, List<String> unjustified) {
    List<String> notes = new ArrayList<>();
    if (suppressed > 0) {
      notes.add(suppressed + " finding(s) suppressed inline with a reason (`assay:ignore`).");
    }
    if (baselined > 0) {
      notes.add(baselined + " finding(s) are in the baseline and do not count.");
    }
    for (String at : unjustified) {
      notes.add(
          "`assay:ignore` at " + at + " has no reason and was not honoured: write `assay:ignore <rule> -- <why>`.");
    }
    return notes;
  }

  /** This gate's findings, in report order. */
  List<ReportedFinding> of(String gate) {
    return findings.stream().filter(f -> f.finding().gate().equals(gate)).toList();
  }
}
