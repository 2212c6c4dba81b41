package dev.assay.report.internal;

import dev.assay.api.RuleDescriptor;
import java.util.Objects;

/**
 * One entry of the {@link RuleCatalog}: a rule, the gate that owns it, and whether Assay made the
 * descriptor up because the gate did not declare the rule.
 *
 * @param descriptor the rule's metadata
 * @param gate the id of the gate reporting it
 * @param synthesized true when the gate reported findings of a rule it did not declare
 */
public record CatalogRule(RuleDescriptor descriptor, String gate, boolean synthesized) {
  public CatalogRule {
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(gate, "gate");
  }

  public String id() {
    return descriptor.id();
  }
}
