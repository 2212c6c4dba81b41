package dev.assay.check;

import dev.assay.api.Gate;
import dev.assay.gate.coverage.CoverageGate;
import dev.assay.gate.integrity.IntegrityGate;
import dev.assay.gate.maintainability.MaintainabilityGate;
import dev.assay.gate.observability.ObservabilityGate;
import dev.assay.gate.review.ReviewGate;
import dev.assay.gate.secrets.SecretsGate;
import dev.assay.gate.security.SecurityGate;
import dev.assay.gate.tests.TestsGate;
import dev.assay.policy.GateDefault;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The built-in gates in one explicit list, in report order, plus third-party gates found through
 * {@code META-INF/services/dev.assay.api.Gate} (never by reflection on class names).
 */
public final class BuiltInGates {
  private BuiltInGates() {}

  /** Built-in gates followed by plugins, ids unique (a plugin cannot replace a built-in). */
  public static List<Gate<?>> all() {
    // The integrity gate reads criteria files at base and head, so it needs the finished list
    // (itself and the plugins included); it asks for it when it runs.
    AtomicReference<List<Gate<?>>> registry = new AtomicReference<>(List.of());
    IntegrityGate integrity = new IntegrityGate(() -> defaults(registry.get()));
    List<Gate<?>> gates =
        new ArrayList<>(
            List.of(
                new TestsGate(),
                new CoverageGate(),
                new SecretsGate(),
                new SecurityGate(),
                new MaintainabilityGate(),
                new ObservabilityGate(),
                integrity,
                new ReviewGate()));
    for (Gate<?> plugin : ServiceLoader.load(Gate.class)) {
      if (gates.stream().noneMatch(g -> g.id().equals(plugin.id()))) {
        gates.add(plugin);
      }
    }
    registry.set(List.copyOf(gates));
    return registry.get();
  }

  /** Which gates are on when the criteria file does not mention them, and what that means. */
  public static List<GateDefault> defaults(List<Gate<?>> gates) {
    List<GateDefault> out = new ArrayList<>();
    for (Gate<?> g : gates) {
      switch (g.id()) {
        case "tests" -> out.add(
            new GateDefault(
                "tests", true, "tests: on, JUnit XML read from the conventional report folders"));
        case "coverage" -> out.add(
            new GateDefault(
                "coverage",
                true,
                "coverage: on, changed-line coverage >= 80% from JaCoCo/Cobertura/LCOV reports"
                    + " in the conventional places"));
        case "maintainability" -> out.add(
            new GateDefault(
                "maintainability",
                false,
                "maintainability: off until enabled (`gates.maintainability: {}`), then changed"
                    + " functions up to 50 lines, complexity 10, nesting 4, 5 parameters, no"
                    + " duplicated block of 100 tokens"));
        case "secrets" -> out.add(
            new GateDefault(
                "secrets",
                false,
                "secrets: off until enabled (`gates.secrets: {}`), then known key formats and"
                    + " random values assigned to secret-like names on added lines"));
        case "observability" -> out.add(
            new GateDefault(
                "observability",
                false,
                "observability: off until enabled (`gates.observability: {}`), then no empty or"
                    + " swallowing catch and no printStackTrace on added lines; console prints and"
                    + " new HTTP handlers without logging reported as advisory"));
        case "security" -> out.add(
            new GateDefault(
                "security",
                false,
                "security: off until enabled (`gates.security: on`), then injection, unsafe"
                    + " deserialization, XXE, weak crypto and randomness, disabled TLS checks, eval,"
                    + " DOM XSS and insecure cookies on added lines"));
        case "integrity" -> out.add(
            new GateDefault(
                "integrity",
                false,
                "integrity: off until enabled (`gates.integrity: {}`), then loosened criteria,"
                    + " suppressions, coverage exclusions and weakened tests need approval"));
        case "review" -> out.add(
            new GateDefault(
                "review",
                false,
                "review: off (turn on with `critical-paths` or `max-ai-lines` to require a human"
                    + " approval of AI-authored changes)"));
        default -> out.add(new GateDefault(g.id(), false, g.id() + ": off"));
      }
    }
    return List.copyOf(out);
  }
}
