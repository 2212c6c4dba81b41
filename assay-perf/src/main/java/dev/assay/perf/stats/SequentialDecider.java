package dev.assay.perf.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The bookkeeping of one gate run's sequential looks: the runner runs rounds, calls {@link #look}
 * with all benchmarks' observations so far, and runs more rounds while {@link #nextRounds} says so
 * and its time budget allows.
 *
 * <p>A benchmark's first PASS or FAIL is final: later looks do not change it (that is what makes
 * the union bound over looks valid). Each look spends its share of alpha from the plan, split by
 * Holm over <em>all</em> benchmarks, decided or not, so the family size never shrinks with the
 * data. When the budget runs out between looks the runner may take one last look early, with the
 * rounds it has; it spends the share of the look it stands in for. Not thread-safe: one instance
 * per gate run.
 */
public final class SequentialDecider {

  private final Decider decider;
  private final Map<String, Decision> settled = new LinkedHashMap<>();
  private int looksTaken;

  /** A fresh sequence for one gate run under the given policy. */
  public SequentialDecider(Policy policy) {
    this.decider = new Decider(policy);
  }

  /** The number of looks taken so far. */
  public int looksTaken() {
    return looksTaken;
  }

  /**
   * The round count of the next planned look, or empty when the plan is exhausted or every
   * benchmark seen so far is decided.
   */
  public OptionalInt nextRounds() {
    if (looksTaken >= decider.policy().plan().size() || (looksTaken > 0 && allDecided())) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(decider.policy().plan().roundsAt(looksTaken));
  }

  /** Whether every benchmark seen at the last look has a PASS or FAIL. */
  public boolean allDecided() {
    return settled.values().stream().allMatch(Decision::decided);
  }

  /**
   * Takes the next look over all benchmarks (names must be unique), returning one decision per
   * comparison in their order: the earlier PASS or FAIL for benchmarks already decided, this look's
   * decision for the others. Throws IllegalStateException when the plan has no look left.
   */
  public List<Decision> look(List<Comparison> comparisons) {
    Objects.requireNonNull(comparisons, "comparisons");
    if (looksTaken >= decider.policy().plan().size()) {
      throw new IllegalStateException(
          "the sequential plan's " + looksTaken + " looks are all taken");
    }
    Set<String> names = new HashSet<>();
    for (Comparison c : comparisons) {
      if (!names.add(c.name())) {
        throw new IllegalArgumentException("two benchmarks are named " + c.name());
      }
    }
    List<Decision> now = decider.decideAll(comparisons, looksTaken);
    looksTaken++;
    List<Decision> result = new ArrayList<>(now.size());
    for (Decision d : now) {
      Decision before = settled.get(d.name());
      Decision kept = before != null && before.decided() ? before : d;
      settled.put(d.name(), kept);
      result.add(kept);
    }
    return List.copyOf(result);
  }
}
