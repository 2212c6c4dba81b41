package dev.assay.policy;

import dev.assay.api.CriteriaException;
import dev.assay.api.Settings;
import dev.assay.engine.CriteriaSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the criteria file ({@code .assay.yml}) into validated {@link Criteria}, or supplies the
 * zero-config defaults when there is no file. Stateless and thread-safe.
 */
public final class CriteriaLoader {
  /** The file name used in locations when there is no file: where the user would add one. */
  static final String DEFAULT_FILE = ".assay.yml";

  private CriteriaLoader() {}

  /**
   * Parses content (bytes as read from displayPath, a repo-relative path used in messages).
   *
   * @param gates every gate the engine knows, in report order; their ids are the valid keys under
   *     {@code gates:}
   * @throws CriteriaException for any mistake in the file, located by file, line, column and key
   */
  public static Criteria parse(String displayPath, byte[] content, List<GateDefault> gates)
      throws CriteriaException {
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(content, "content");
    checkIds(gates);
    YamlNode.Mapping root =
        new YamlFileReader(displayPath)
            .read(content)
            .orElseGet(() -> new YamlNode.Mapping(List.of(), 1, 1));
    return new CriteriaReader(displayPath, gates).read(root, sha256(content));
  }

  /**
   * Criteria when no file exists: every gate at its default; source.path() empty; defaultsUsed
   * lists each default sentence.
   */
  public static Criteria defaults(List<GateDefault> gates) {
    checkIds(gates);
    Map<String, GateSection> sections = new LinkedHashMap<>();
    List<String> used = new ArrayList<>();
    for (GateDefault gate : gates) {
      sections.put(gate.id(), GatesReader.absent(DEFAULT_FILE, gate));
      used.add(gate.defaultsSentence());
    }
    used.add("baseline: " + CriteriaReader.DEFAULT_BASELINE + " (default)");
    used.add("docs-url: " + CriteriaReader.DEFAULT_DOCS_URL + " (default)");
    return new Criteria(
        CriteriaReader.VERSION,
        new CriteriaSource("", "", used),
        sections,
        List.of(),
        List.of(),
        CriteriaReader.DEFAULT_BASELINE,
        CriteriaReader.DEFAULT_DOCS_URL);
  }

  /**
   * Settings of `over` merged key by key over `base` (override wins), locations kept from whichever
   * side a key came from.
   */
  public static Settings overlay(Settings base, Settings over) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(over, "over");
    return over.keys().isEmpty() ? base : new OverlaySettings(base, over);
  }

  private static void checkIds(List<GateDefault> gates) {
    Set<String> seen = new HashSet<>();
    for (GateDefault gate : gates) {
      if (!seen.add(gate.id())) {
        throw new IllegalArgumentException("gate id listed twice: " + gate.id());
      }
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
