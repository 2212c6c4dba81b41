package dev.assay.engine;

import dev.assay.api.Finding;
import java.util.Objects;

/**
 * A finding as reported: the gate's finding, a fingerprint stable under line shifts, and whether it
 * counts.
 *
 * @param finding the evidence
 * @param fingerprint hex hash of gate, rule, path, the normalised text of the flagged line and an
 *     occurrence index; unchanged when lines above move
 * @param disposition open, suppressed or baselined
 * @param justification the reason given in the suppression comment, empty otherwise
 */
public record ReportedFinding(
    Finding finding, String fingerprint, Disposition disposition, String justification) {
  public ReportedFinding {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(disposition, "disposition");
    Objects.requireNonNull(justification, "justification");
  }

  public boolean isOpen() {
    return disposition == Disposition.OPEN;
  }
}
