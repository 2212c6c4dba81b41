package dev.assay.policy;

import dev.assay.api.Location;
import dev.assay.api.Settings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Settings} over one mapping of the criteria file. Immutable: it holds immutable {@link
 * YamlNode} values only, so gates may read it from any thread.
 */
final class YamlSettings implements Settings {
  private final String file;
  private final Location section;
  private final Map<String, YamlNode.Entry> entries;

  private YamlSettings(Location section, Map<String, YamlNode.Entry> entries) {
    this.file = section.file();
    this.section = section;
    this.entries = Collections.unmodifiableMap(entries);
  }

  /**
   * Settings over a mapping without the {@code hidden} keys.
   *
   * @param section where the section is; its key path prefixes every key
   */
  static YamlSettings of(Location section, YamlNode.Mapping mapping, Set<String> hidden) {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    for (YamlNode.Entry e : mapping.entries()) {
      if (!hidden.contains(e.key().text())) {
        entries.put(e.key().text(), e);
      }
    }
    return new YamlSettings(section, entries);
  }

  /** Settings with no keys, located at the section (for an absent or empty section). */
  static YamlSettings empty(Location section) {
    return new YamlSettings(section, new LinkedHashMap<>());
  }

  /** The raw value, for the structural keys ({@code gates}, {@code overrides}) of the loader. */
  Optional<YamlNode> node(String key) {
    return Optional.ofNullable(entries.get(key)).map(YamlNode.Entry::value);
  }

  String keyPath(String key) {
    return section.keyPath().isEmpty() ? key : section.keyPath() + "." + key;
  }

  @Override
  public Set<String> keys() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(entries.keySet()));
  }

  @Override
  public void requireKnownKeys(Set<String> known) {
    for (YamlNode.Entry e : entries.values()) {
      if (!known.contains(e.key().text())) {
        throw DidYouMean.unknown(
            location(e.key().text()), "key", e.key().text(), known.stream().sorted().toList());
      }
    }
  }

  @Override
  public Optional<String> string(String key) {
    return node(key).map(n -> ValueParser.text(n, valueAt(key), "a text value"));
  }

  @Override
  public boolean bool(String key, boolean defaultValue) {
    return node(key).map(n -> ValueParser.bool(n, valueAt(key))).orElse(defaultValue);
  }

  @Override
  public int integer(String key, int defaultValue) {
    return node(key).map(n -> ValueParser.integer(n, valueAt(key))).orElse(defaultValue);
  }

  @Override
  public double ratio(String key, double defaultValue) {
    return node(key).map(n -> ValueParser.ratio(n, valueAt(key))).orElse(defaultValue);
  }

  @Override
  public List<String> strings(String key, List<String> defaultValue) {
    return node(key).map(n -> ValueParser.strings(n, file, keyPath(key))).orElse(defaultValue);
  }

  @Override
  public List<String> paths(String key, List<String> defaultValue) {
    return node(key).map(n -> ValueParser.paths(n, file, keyPath(key))).orElse(defaultValue);
  }

  @Override
  public String choice(String key, String defaultValue, List<String> allowed) {
    return node(key).map(n -> ValueParser.choice(n, valueAt(key), allowed)).orElse(defaultValue);
  }

  @Override
  public Settings section(String key) {
    YamlNode.Entry e = entries.get(key);
    if (e == null || e.value() instanceof YamlNode.Scalar sc && sc.isNull()) {
      return empty(location(key));
    }
    if (e.value() instanceof YamlNode.Mapping m) {
      return of(m.at(file, keyPath(key)), m, Set.of());
    }
    throw new dev.assay.api.CriteriaException(valueAt(key), "expected a mapping of keys to"
        + " values, got " + e.value().describe(), null);
  }

  @Override
  public Location location(String key) {
    YamlNode.Entry e = entries.get(key);
    if (e == null) {
      return new Location(file, section.line(), section.column(), keyPath(key));
    }
    return e.key().at(file, keyPath(key));
  }

  /** Where the key's value is: type errors point at the value, not the key. */
  Location valueAt(String key) {
    return Objects.requireNonNull(entries.get(key)).value().at(file, keyPath(key));
  }

  @Override
  public String toString() {
    return "Settings" + keys() + " at " + section.position() + " `" + section.keyPath() + "`";
  }
}
