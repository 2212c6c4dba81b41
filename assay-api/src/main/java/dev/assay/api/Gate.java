package dev.assay.api;

import java.util.List;
import java.util.Set;

/**
 * A gate decides whether the change meets one family of criteria, from evidence handed in through
 * the context. A gate does not run tools; adapters do. Implementations must be stateless and
 * thread-safe: the engine may evaluate gates concurrently.
 *
 * @param <C> the gate's immutable configuration type
 */
public interface Gate<C> {

  /** Stable id used as the key under {@code gates:} and as the prefix of rule ids. */
  String id();

  /** One sentence for reports, e.g. "Changed lines are covered by tests". */
  String title();

  /** Every rule this gate can report, for SARIF rule metadata and docs links. */
  default List<RuleDescriptor> rules() {
    return List.of();
  }

  /**
   * Keys of this gate's section that a per-path override may set, because the gate reads them per
   * file through {@link GateContext#configFor}. An override setting any other key is a criteria
   * error rather than a silently ignored setting. Default: none.
   */
  default Set<String> pathKeys() {
    return Set.of();
  }

  /**
   * Whether an {@code assay:ignore} comment can silence this gate's findings. Gates that guard
   * against gaming the criteria (where a suppression comment is itself the evidence) return false,
   * so their findings can only be accepted through the baseline or a recorded approval.
   */
  default boolean suppressibleInline() {
    return true;
  }

  /**
   * Whether this gate, so configured, produces evidence other gates read (the tests gate running
   * the build, which writes the test and coverage reports). Such gates are evaluated first, one
   * after another in report order; the others then run side by side. Default: no.
   */
  default boolean producesEvidence(C config) {
    return false;
  }

  /**
   * Reads and validates this gate's section. Called before any gate runs, for the section and for
   * every per-path override, so that every criteria-file mistake is reported before work starts.
   *
   * @throws CriteriaException for an unknown key, a wrong type or an out-of-range value
   */
  C configure(Settings settings);

  /**
   * Decides. Exceptions other than {@link CriteriaException} make the gate's status ERROR; other
   * gates still run.
   */
  GateResult evaluate(GateContext<C> context) throws Exception;
}
