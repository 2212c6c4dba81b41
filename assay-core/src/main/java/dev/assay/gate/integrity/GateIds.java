package dev.assay.gate.integrity;

import dev.assay.policy.GateDefault;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gate ids named under {@code gates:} in criteria files, for a gate built without the
 * registry: each is assumed off by default, so a section removed at the head reads as the gate
 * switched off.
 */
final class GateIds {
  private static final Pattern CHILD = Pattern.compile("^([ \\t]+)([\\w-]+)\\s*:");

  private GateIds() {}

  static List<GateDefault> named(String... texts) {
    List<String> ids = new ArrayList<>();
    for (String text : texts) {
      boolean inGates = false;
      int indent = -1;
      for (String line : text.split("\n", -1)) {
        if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
          inGates = line.matches("gates\\s*:\\s*(#.*)?");
          indent = -1;
          continue;
        }
        Matcher m = CHILD.matcher(line);
        if (inGates && m.find() && (indent < 0 || m.group(1).length() == indent)) {
          indent = m.group(1).length();
          if (!ids.contains(m.group(2))) {
            ids.add(m.group(2));
          }
        }
      }
    }
    return ids.stream().map(id -> new GateDefault(id, false, id + ": off")).toList();
  }
}
