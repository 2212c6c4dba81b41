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
 * @param settings the section without the engine-owned keys {@code enabled}, {@code blocking} and
 *     {@code ai}
 * @param ai the {@code ai:} block: values that apply to AI-authored lines (no keys when absent)
 */
public record GateSection(
    String id, boolean enabled, boolean blocking, boolean explicit, Settings settings, Settings ai) {
  public GateSection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(ai, "ai");
  }

  /** A section with no {@code ai:} block. */
  public GateSection(String id, boolean enabled, boolean blocking, boolean explicit, Settings settings) {
    this(id, enabled, blocking, explicit, settings, YamlSettings.empty(settings.location("ai")));
  }

  /** True when the section has an {@code ai:} block with at least one value. */
  public boolean hasAi() {
    return !ai.keys().isEmpty();
  }
}
