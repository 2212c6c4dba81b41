package dev.assay.policy;

import java.util.Objects;

/**
 * What the criteria loader needs to know about one gate before any file is read: its id, whether it
 * runs when the file does not mention it, and the sentence that says so in reports.
 *
 * @param id the gate id, the key under {@code gates:}
 * @param enabledByDefault whether the gate runs when its section is absent
 * @param defaultsSentence one short sentence describing the gate's defaults, for {@code
 *     CriteriaSource.defaultsUsed}
 */
public record GateDefault(String id, boolean enabledByDefault, String defaultsSentence) {
  public GateDefault {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultsSentence, "defaultsSentence");
  }
}
