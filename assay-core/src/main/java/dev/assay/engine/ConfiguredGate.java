package dev.assay.engine;

import dev.assay.api.Gate;
import dev.assay.api.Settings;
import dev.assay.glob.Glob;
import dev.assay.policy.Criteria;
import dev.assay.policy.CriteriaLoader;
import dev.assay.policy.GateSection;
import dev.assay.policy.PathOverride;
import java.util.ArrayList;
import java.util.List;

/**
 * A gate with its configuration and per-path override configurations, all validated before any
 * gate runs so that every criteria-file mistake surfaces as exit 2 before work starts.
 */
record ConfiguredGate<C>(
    Gate<C> gate,
    GateSection section,
    C config,
    List<PathConfig<C>> paths,
    java.util.Optional<ConfiguredGate<C>> ai) {

  /** Whether the gate, as configured, writes evidence other gates read (so it runs first). */
  boolean producesEvidence() {
    return gate.producesEvidence(config);
  }

  /** One override: files matching the globs get this configuration. */
  record PathConfig<C>(List<Glob> globs, C config) {}

  static <C> ConfiguredGate<C> configure(Gate<C> gate, GateSection section, Criteria criteria) {
    ConfiguredGate<C> plain = configure(gate, section, criteria, java.util.Optional.empty());
    if (!section.hasAi()) {
      return plain;
    }
    ConfiguredGate<C> ai = configure(gate, section, criteria, java.util.Optional.of(section.ai()));
    return new ConfiguredGate<>(gate, section, plain.config(), plain.paths(), java.util.Optional.of(ai));
  }

  /** The gate configured with the {@code ai:} values laid over the section and every override. */
  private static <C> ConfiguredGate<C> configure(
      Gate<C> gate, GateSection section, Criteria criteria, java.util.Optional<Settings> ai) {
    C base = gate.configure(withAi(section.settings(), ai));
    List<PathConfig<C>> paths = new ArrayList<>();
    for (PathOverride o : criteria.overrides()) {
      Settings over = o.gates().get(gate.id());
      if (over != null) {
        requirePathKeys(gate, over);
        C merged = gate.configure(withAi(CriteriaLoader.overlay(section.settings(), over), ai));
        paths.add(new PathConfig<>(Glob.compileAll(o.paths()), merged));
      }
    }
    return new ConfiguredGate<>(gate, section, base, List.copyOf(paths), java.util.Optional.empty());
  }

  private static Settings withAi(Settings settings, java.util.Optional<Settings> ai) {
    return ai.map(a -> CriteriaLoader.overlay(settings, a)).orElse(settings);
  }

  private static void requirePathKeys(Gate<?> gate, Settings over) {
    for (String key : over.keys()) {
      if (!gate.pathKeys().contains(key)) {
        String allowed =
            gate.pathKeys().isEmpty()
                ? "gate `" + gate.id() + "` has no per-path settings"
                : "per-path keys of `" + gate.id() + "`: " + String.join(", ", new java.util.TreeSet<>(gate.pathKeys()));
        throw over.error(
            key,
            "cannot be overridden per path: it applies to the whole change",
            allowed + "; set it under `gates." + gate.id() + "` instead");
      }
    }
  }

  /** The first matching override's configuration, else the gate's own. */
  C configFor(String path) {
    for (PathConfig<C> p : paths) {
      if (Glob.anyMatch(p.globs(), path)) {
        return p.config();
      }
    }
    return config;
  }
}
