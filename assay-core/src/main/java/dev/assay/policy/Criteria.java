package dev.assay.policy;

import dev.assay.audit.AuditSettings;
import dev.assay.engine.CriteriaSource;
import dev.assay.provenance.ProvenanceSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed, validated criteria file, or the defaults when there is none.
 *
 * @param version schema version ({@code version: 1})
 * @param source where it came from and which defaults applied
 * @param gates every known gate's section, keyed by id, in registry order
 * @param overrides per-path overrides in file order; the first matching entry wins
 * @param exclude globs of files no gate looks at (generated code, vendored code)
 * @param baseline repository-relative path of the baseline file ({@code .assay-baseline.json})
 * @param docsUrl base URL of the rule documentation used in reports
 * @param provenance how provenance is read ({@code provenance:})
 * @param audit where the audit trail goes ({@code audit:})
 */
public record Criteria(
    int version,
    CriteriaSource source,
    Map<String, GateSection> gates,
    List<PathOverride> overrides,
    List<String> exclude,
    String baseline,
    String docsUrl,
    ProvenanceSettings provenance,
    AuditSettings audit) {
  public Criteria {
    gates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(gates));
    overrides = List.copyOf(overrides);
    exclude = List.copyOf(exclude);
    java.util.Objects.requireNonNull(provenance, "provenance");
    java.util.Objects.requireNonNull(audit, "audit");
  }

  /** Criteria with the default provenance and audit settings. */
  public Criteria(
      int version,
      CriteriaSource source,
      Map<String, GateSection> gates,
      List<PathOverride> overrides,
      List<String> exclude,
      String baseline,
      String docsUrl) {
    this(version, source, gates, overrides, exclude, baseline, docsUrl,
        ProvenanceSettings.defaults(), AuditSettings.defaults());
  }

  public Optional<GateSection> gate(String id) {
    return Optional.ofNullable(gates.get(id));
  }
}
