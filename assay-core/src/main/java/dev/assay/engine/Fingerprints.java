package dev.assay.engine;

import dev.assay.api.Finding;
import dev.assay.api.SourceTree;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Computes fingerprints that survive line shifts: a hash of gate, rule, path, the whitespace-
 * normalised text of the flagged line (not its number) and the occurrence index among findings
 * with the same key. Findings without a line use their message with digits removed.
 */
final class Fingerprints {
  private final SourceTree head;
  private final Map<String, String[]> lines = new HashMap<>();

  Fingerprints(SourceTree head) {
    this.head = head;
  }

  /** Fingerprints for findings given in sorted order; the result is index-aligned. */
  List<String> of(List<Finding> sorted) {
    Map<String, Integer> occurrences = new HashMap<>();
    return sorted.stream()
        .map(
            f -> {
              String key = key(f);
              int n = occurrences.merge(key, 1, Integer::sum);
              return sha256(key + "\u0000" + n);
            })
        .toList();
  }

  /** The text of a line at head, or empty when unavailable. */
  String lineText(String path, int line) {
    String[] text =
        lines.computeIfAbsent(
            path, p -> head.read(p).map(s -> s.split("\r?\n", -1)).orElse(new String[0]));
    return line >= 1 && line <= text.length ? text[line - 1] : "";
  }

  private String key(Finding f) {
    String anchor =
        f.hasLine()
            ? lineText(f.path(), f.line()).strip().replaceAll("\\s+", " ")
            : f.message().replaceAll("\\d+", "#");
    return String.join("\u0000", f.gate(), f.rule(), f.path(), anchor);
  }

  static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
