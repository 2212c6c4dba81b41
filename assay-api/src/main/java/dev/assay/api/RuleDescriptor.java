package dev.assay.api;

import java.util.Objects;

/**
 * Metadata of one rule a gate can report, for SARIF rule entries and documentation links.
 *
 * @param id {@code <gate>/<name>}, matching {@link Finding#rule()}
 * @param name short PascalCase name, e.g. {@code UncoveredChangedLines}
 * @param summary one sentence saying what the rule flags
 * @param defaultSeverity the severity its findings usually carry
 */
public record RuleDescriptor(String id, String name, String summary, Severity defaultSeverity) {
  public RuleDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
  }

  /** Docs page path relative to the docs root, e.g. {@code rules/coverage/uncovered-lines.md}. */
  public String docsPath() {
    return "rules/" + id + ".md";
  }
}
