package dev.assay.audit;

import java.util.List;

/**
 * What {@link AuditLog#verify()} found.
 *
 * @param records lines read
 * @param problems one sentence per break in the chain, in file order; empty when intact
 */
public record AuditVerification(int records, List<String> problems) {
  public AuditVerification {
    problems = List.copyOf(problems);
  }

  public boolean intact() {
    return problems.isEmpty();
  }
}
