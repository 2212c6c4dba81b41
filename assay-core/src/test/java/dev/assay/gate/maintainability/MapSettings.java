package dev.assay.gate.maintainability;

import dev.assay.api.Location;
import dev.assay.api.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A {@link Settings} over an in-memory map, standing in for the criteria file in tests. */
final class MapSettings implements Settings {
  private final Map<String, Object> values;

  MapSettings(Map<String, Object> values) {
    this.values = new LinkedHashMap<>(values);
  }

  @Override
  public Set<String> keys() {
    return values.keySet();
  }

  @Override
  public void requireKnownKeys(Set<String> known) {
    for (String k : values.keySet()) {
      if (!known.contains(k)) {
        throw error(k, "unknown key `" + k + "`", null);
      }
    }
  }

  @Override
  public Optional<String> string(String key) {
    return Optional.ofNullable(values.get(key)).map(Object::toString);
  }

  @Override
  public boolean bool(String key, boolean defaultValue) {
    return values.containsKey(key) ? (Boolean) values.get(key) : defaultValue;
  }

  @Override
  public int integer(String key, int defaultValue) {
    return values.containsKey(key) ? (Integer) values.get(key) : defaultValue;
  }

  @Override
  public double ratio(String key, double defaultValue) {
    Object v = values.get(key);
    if (v == null) {
      return defaultValue;
    }
    String s = v.toString();
    double r =
        s.endsWith("%")
            ? Double.parseDouble(s.substring(0, s.length() - 1)) / 100
            : Double.parseDouble(s);
    if (r < 0 || r > 1) {
      throw error(key, "out of range", null);
    }
    return r;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<String> strings(String key, List<String> defaultValue) {
    Object v = values.get(key);
    return v == null
        ? defaultValue
        : v instanceof List<?> l ? (List<String>) l : List.of(v.toString());
  }

  @Override
  public List<String> paths(String key, List<String> defaultValue) {
    return strings(key, defaultValue);
  }

  @Override
  public String choice(String key, String defaultValue, List<String> allowed) {
    return string(key, defaultValue);
  }

  @Override
  public Location location(String key) {
    return new Location(".assay.yml", 3, 5, "gates.coverage." + key);
  }
}
