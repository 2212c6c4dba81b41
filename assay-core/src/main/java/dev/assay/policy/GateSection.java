package dev.assay.policy;

import dev.assay.api.Settings;
import java.util.Objects;

/**
 * One gate's section of the criteria file.
 *
 * @param id gate id
 * @param enabled {@code enabled:}, or the gate's default when absent
 * @param blocking {@code blocking:} (default true); false turns every failure into a warning
 * @param explicit true when the section is present in the file
 * @param settings the section without the engine-owned keys {@code enabled} and {@code blocking}
 */
public record GateSection(
    String id, boolean enabled, boolean blocking, boolean explicit, Settings settings) {
  public GateSection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(settings, "settings");
  }
}
