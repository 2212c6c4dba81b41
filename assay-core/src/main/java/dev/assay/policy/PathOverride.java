package dev.assay.policy;

import dev.assay.api.Location;
import dev.assay.api.Settings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of {@code overrides:}: gate settings that apply to files matching any of the globs.
 *
 * @param paths the globs, repository-relative
 * @param gates per gate id, the settings to merge over the gate's section (key by key)
 * @param location where the entry is, for messages
 */
public record PathOverride(List<String> paths, Map<String, Settings> gates, Location location) {
  public PathOverride {
    Objects.requireNonNull(location, "location");
    paths = List.copyOf(paths);
    // Map.copyOf would lose file order, and iteration order must be deterministic.
    gates = Collections.unmodifiableMap(new LinkedHashMap<>(gates));
  }
}
