package dev.assay.perf.stats;

import java.util.Objects;
import java.util.Optional;

/**
 * The statistical verdict on one benchmark, with the evidence behind it.
 *
 * <p>{@code pFail} is the one-sided p-value of "the regression is at most the allowed maximum"
 * (small = evidence of a regression too large); {@code pPass} that of "the regression is at least
 * the allowed maximum" (small = evidence it is within). The verdict is FAIL when {@code pFail <=
 * failLevel}, PASS when {@code pPass <= passLevel}, INCONCLUSIVE otherwise or when the control
 * moved; the estimate's cost bounds are taken at exactly these levels, so the interval and the
 * verdict always agree: FAIL exactly when {@code estimate.costLow() > 1 + maxRegression}, PASS
 * exactly when {@code estimate.costHigh() < 1 + maxRegression} (except that a moved control turns
 * either into INCONCLUSIVE).
 *
 * @param name the benchmark's name
 * @param verdict PASS, FAIL or INCONCLUSIVE
 * @param estimate the ratio head / base with its bounds
 * @param control the control's ratio (second base / base) with bounds at {@code failLevel}, when
 *     a control was measured
 * @param pFail p-value for FAIL (before any Holm adjustment)
 * @param pPass p-value for PASS (before any Holm adjustment)
 * @param failLevel the level {@code pFail} was compared with (after Holm and alpha spending)
 * @param passLevel the level {@code pPass} was compared with (after Holm and alpha spending)
 * @param reason one sentence a user can read: why this verdict
 */
public record Decision(
    String name,
    Verdict verdict,
    Estimate estimate,
    Optional<Estimate> control,
    double pFail,
    double pPass,
    double failLevel,
    double passLevel,
    String reason) {

  /** Checks for nulls. */
  public Decision {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(estimate, "estimate");
    Objects.requireNonNull(control, "control");
    Objects.requireNonNull(reason, "reason");
  }

  /** Whether the verdict is PASS or FAIL (no more rounds needed). */
  public boolean decided() {
    return verdict != Verdict.INCONCLUSIVE;
  }
}
