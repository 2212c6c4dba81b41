package dev.assay.policy;

import dev.assay.api.CriteriaException;
import dev.assay.api.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code gates:} into one {@link GateSection} per known gate, in the order of the gate list.
 * A section is a mapping, a switch ({@code false}, {@code off}, {@code true}, {@code on}) or empty.
 */
final class GatesReader {
  static final String ENABLED = "enabled";
  static final String BLOCKING = "blocking";
  static final String AI = "ai";
  static final Set<String> ENGINE_KEYS = Set.of(ENABLED, BLOCKING, AI);

  private final String file;
  private final List<GateDefault> gates;

  GatesReader(String file, List<GateDefault> gates) {
    this.file = file;
    this.gates = gates;
  }

  /** Every gate's section; absent gates get their defaults and are located at the file. */
  Map<String, GateSection> read(Optional<YamlNode> gatesNode) {
    Map<String, YamlNode.Entry> present = presentSections(gatesNode);
    Map<String, GateSection> sections = new LinkedHashMap<>();
    for (GateDefault gate : gates) {
      YamlNode.Entry entry = present.get(gate.id());
      sections.put(gate.id(), entry == null ? absent(file, gate) : section(gate, entry));
    }
    return sections;
  }

  static GateSection absent(String file, GateDefault gate) {
    Location at = new Location(file, 0, 0, "gates." + gate.id());
    return new GateSection(gate.id(), gate.enabledByDefault(), true, false, YamlSettings.empty(at));
  }

  private Map<String, YamlNode.Entry> presentSections(Optional<YamlNode> gatesNode) {
    Map<String, YamlNode.Entry> present = new LinkedHashMap<>();
    YamlNode.Mapping mapping = mappingOrEmpty(gatesNode, file, "gates");
    List<String> ids = gates.stream().map(GateDefault::id).toList();
    for (YamlNode.Entry e : mapping.entries()) {
      String id = e.key().text();
      if (!ids.contains(id)) {
        throw DidYouMean.unknown(e.key().at(file, "gates." + id), "gate", id, ids);
      }
      present.put(id, e);
    }
    return present;
  }

  private GateSection section(GateDefault gate, YamlNode.Entry entry) {
    Location at = entry.key().at(file, "gates." + gate.id());
    YamlNode value = entry.value();
    if (value instanceof YamlNode.Mapping mapping) {
      YamlSettings all = YamlSettings.of(at, mapping, Set.of());
      // A section written in the criteria file turns its gate on: `gates.secrets: {}` means
      // "use the secrets gate with its defaults". `enabled: false` keeps the settings but off.
      boolean enabled = all.bool(ENABLED, true);
      boolean blocking = all.bool(BLOCKING, true);
      return new GateSection(
          gate.id(), enabled, blocking, true, YamlSettings.of(at, mapping, ENGINE_KEYS),
          ai(at, all.node(AI)));
    }
    if (value instanceof YamlNode.Scalar s && s.isNull()) {
      return new GateSection(gate.id(), true, true, true, YamlSettings.empty(at));
    }
    if (value instanceof YamlNode.Scalar) {
      try {
        boolean enabled = ValueParser.bool(value, value.at(file, at.keyPath()));
        return new GateSection(gate.id(), enabled, true, true, YamlSettings.empty(at));
      } catch (CriteriaException notASwitch) {
        // fall through to the message that names both accepted forms
      }
    }
    throw new CriteriaException(
        value.at(file, at.keyPath()),
        "expected a mapping of the gate's settings, or `true`/`false` (`on`/`off`), got "
            + value.describe(),
        "see docs/gates/" + gate.id() + ".md");
  }

  /** The {@code ai:} block: a mapping of the gate's own keys, validated when the gate is configured. */
  private YamlSettings ai(Location section, Optional<YamlNode> node) {
    String keyPath = section.keyPath() + "." + AI;
    YamlNode.Mapping m = mappingOrEmpty(node, file, keyPath);
    for (YamlNode.Entry e : m.entries()) {
      if (ENGINE_KEYS.contains(e.key().text())) {
        throw new CriteriaException(
            e.key().at(file, keyPath + "." + e.key().text()),
            "`" + e.key().text() + "` cannot be set for AI-authored lines only",
            "set it on the gate; under `ai:` give the gate's thresholds, e.g. `changed-lines: 90%`");
      }
    }
    Location at = node.map(n -> n.at(file, keyPath)).orElse(new Location(file, section.line(), section.column(), keyPath));
    return YamlSettings.of(at, m, Set.of());
  }

  /** The mapping at a structural key; an absent or empty ({@code key:}) value is no entries. */
  static YamlNode.Mapping mappingOrEmpty(Optional<YamlNode> node, String file, String keyPath) {
    if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.isNull()) {
      return new YamlNode.Mapping(List.of(), 0, 0);
    }
    if (node.get() instanceof YamlNode.Mapping mapping) {
      return mapping;
    }
    throw new CriteriaException(
        node.get().at(file, keyPath),
        "expected a mapping, got " + node.get().describe(),
        "indent the entries below `" + keyPath.substring(keyPath.lastIndexOf('.') + 1) + ":`");
  }
}
