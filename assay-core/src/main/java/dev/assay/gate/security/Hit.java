package dev.assay.gate.security;

import java.util.Objects;

/**
 * One match of a rule in one file, before configuration (severity overrides, test paths, lines)
 * turns it into a finding.
 *
 * @param rule the rule
 * @param line first line, 1-based
 * @param endLine last line
 * @param detail what was seen, e.g. "`sql` is built from parameter `name`"
 * @param advisory a weaker match (no data flow tells where the value comes from): reported at
 *     most as a WARNING, with confidence {@code low}
 */
record Hit(SecurityRule rule, int line, int endLine, String detail, boolean advisory) {
  Hit {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(detail, "detail");
    endLine = Math.max(line, endLine);
  }

  Hit(SecurityRule rule, int line, int endLine, String detail) {
    this(rule, line, endLine, detail, false);
  }
}
