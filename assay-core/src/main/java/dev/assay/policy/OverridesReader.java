package dev.assay.policy;

import dev.assay.api.CriteriaException;
import dev.assay.api.Location;
import dev.assay.api.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code overrides:}, a list of entries each with {@code paths} (globs) and {@code gates}
 * (per gate id, settings to merge over that gate's section for the matching files).
 */
final class OverridesReader {
  private static final String PATHS = "paths";
  private static final String GATES = "gates";
  private static final Set<String> KEYS = Set.of(PATHS, GATES);

  private final String file;
  private final List<String> gateIds;

  OverridesReader(String file, List<String> gateIds) {
    this.file = file;
    this.gateIds = gateIds;
  }

  List<PathOverride> read(Optional<YamlNode> node) {
    if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.isNull()) {
      return List.of();
    }
    if (!(node.get() instanceof YamlNode.Sequence list)) {
      throw new CriteriaException(
          node.get().at(file, "overrides"),
          "expected a list of entries with `paths:` and `gates:`, got " + node.get().describe(),
          "start each entry with `- paths: [...]`");
    }
    List<PathOverride> out = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      out.add(entry(list.items().get(i), "overrides[" + i + "]"));
    }
    return out;
  }

  private PathOverride entry(YamlNode item, String keyPath) {
    Location at = item.at(file, keyPath);
    if (!(item instanceof YamlNode.Mapping mapping)) {
      throw new CriteriaException(
          at,
          "expected an entry with `paths:` and `gates:`, got " + item.describe(),
          "write `- paths: [\"legacy/**\"]` followed by `gates:`");
    }
    YamlSettings keys = YamlSettings.of(at, mapping, Set.of());
    keys.requireKnownKeys(KEYS);
    List<String> paths = keys.paths(PATHS, List.of());
    if (paths.isEmpty()) {
      Location where = keys.has(PATHS) ? keys.valueAt(PATHS) : at;
      throw new CriteriaException(
          where,
          keys.has(PATHS) ? "`paths` is empty" : "missing `paths`",
          "list the globs of the files this override applies to, e.g. `paths: [\"legacy/**\"]`");
    }
    if (!keys.has(GATES)) {
      throw new CriteriaException(
          at, "missing `gates`", "say which gate settings apply to these paths");
    }
    return new PathOverride(paths, gates(keys.node(GATES), keyPath + ".gates"), at);
  }

  private Map<String, Settings> gates(Optional<YamlNode> node, String keyPath) {
    Map<String, Settings> out = new LinkedHashMap<>();
    for (YamlNode.Entry e : GatesReader.mappingOrEmpty(node, file, keyPath).entries()) {
      String id = e.key().text();
      Location at = e.key().at(file, keyPath + "." + id);
      if (!gateIds.contains(id)) {
        throw DidYouMean.unknown(at, "gate", id, gateIds);
      }
      out.put(id, settings(e.value(), at));
    }
    return out;
  }

  private Settings settings(YamlNode value, Location at) {
    if (value instanceof YamlNode.Scalar s && s.isNull()) {
      return YamlSettings.empty(at);
    }
    if (!(value instanceof YamlNode.Mapping mapping)) {
      throw new CriteriaException(
          value.at(file, at.keyPath()),
          "expected a mapping of settings, got "
              + value.describe()
              + "; an override cannot switch a gate on or off",
          "to keep files away from every gate, list them under the top-level `exclude:`");
    }
    for (YamlNode.Entry e : mapping.entries()) {
      if (GatesReader.ENGINE_KEYS.contains(e.key().text())) {
        throw new CriteriaException(
            e.key().at(file, at.keyPath() + "." + e.key().text()),
            "`" + e.key().text() + "` cannot be overridden per path; it applies to the whole gate",
            "set it under `gates."
                + at.keyPath().substring(at.keyPath().lastIndexOf('.') + 1)
                + "`, or list the files under `exclude:`");
      }
    }
    return YamlSettings.of(at, mapping, Set.of());
  }
}
