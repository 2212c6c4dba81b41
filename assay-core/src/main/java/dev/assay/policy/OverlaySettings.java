package dev.assay.policy;

import dev.assay.api.Location;
import dev.assay.api.Settings;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One settings section merged key by key over another: a key present in {@code over} is read from
 * it (value and location), any other key from {@code base}. Values are never mixed below the top
 * level, so a list in the override replaces the base list. Immutable when both sides are.
 */
final class OverlaySettings implements Settings {
  private final Settings base;
  private final Settings over;

  OverlaySettings(Settings base, Settings over) {
    this.base = base;
    this.over = over;
  }

  private Settings side(String key) {
    return over.has(key) ? over : base;
  }

  @Override
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>(base.keys());
    keys.addAll(over.keys());
    return Collections.unmodifiableSet(keys);
  }

  @Override
  public void requireKnownKeys(Set<String> known) {
    base.requireKnownKeys(known);
    over.requireKnownKeys(known);
  }

  @Override
  public Optional<String> string(String key) {
    return side(key).string(key);
  }

  @Override
  public boolean bool(String key, boolean defaultValue) {
    return side(key).bool(key, defaultValue);
  }

  @Override
  public int integer(String key, int defaultValue) {
    return side(key).integer(key, defaultValue);
  }

  @Override
  public double ratio(String key, double defaultValue) {
    return side(key).ratio(key, defaultValue);
  }

  @Override
  public List<String> strings(String key, List<String> defaultValue) {
    return side(key).strings(key, defaultValue);
  }

  @Override
  public List<String> paths(String key, List<String> defaultValue) {
    return side(key).paths(key, defaultValue);
  }

  @Override
  public String choice(String key, String defaultValue, List<String> allowed) {
    return side(key).choice(key, defaultValue, allowed);
  }

  @Override
  public Settings section(String key) {
    return side(key).section(key);
  }

  @Override
  public Location location(String key) {
    return side(key).location(key);
  }

  @Override
  public String toString() {
    return over + " over " + base;
  }
}
