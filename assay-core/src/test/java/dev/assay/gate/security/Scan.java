package dev.assay.gate.security;

import dev.assay.api.Finding;
import java.util.List;

/** Test helper: the rule names found in a snippet, as {@code rule@line}. */
final class Scan {
  private Scan() {}

  static List<String> rules(String path, String code) {
    return SecurityScanner.scan(path, code).stream()
        .map(f -> f.rule().substring("security/".length()) + "@" + f.line())
        .toList();
  }

  static List<Finding> findings(String path, String code) {
    return SecurityScanner.scan(path, code);
  }
}
