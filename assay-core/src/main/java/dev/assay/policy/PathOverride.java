package dev.assay.policy;

import dev.assay.api.Location;
import dev.assay.api.Settings;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code overrides:}: gate settings that apply to files matching any of the globs.
 *
 * @param paths the globs, repository-relative
 * @param gates per gate id, the settings to merge over the gate's section (key by key)
 * @param location where the entry is, for messages
 */
public record PathOverride(List<String> paths, Map<String, Settings> gates, Location location) {
  public PathOverride {
    paths = List.copyOf(paths);
    gates = Map.copyOf(gates);
  }
}
