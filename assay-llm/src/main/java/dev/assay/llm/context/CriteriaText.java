package dev.assay.llm.context;

import dev.assay.api.CriteriaException;
import dev.assay.api.Gate;
import dev.assay.api.Location;
import dev.assay.check.BuiltInGates;
import dev.assay.policy.Criteria;
import dev.assay.policy.CriteriaLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A repository's criteria, parsed by the same loader {@code assay check} uses, with the file's
 * text and its repository-relative path (empty when the defaults apply).
 */
public record CriteriaText(Criteria criteria, String text, Optional<String> path) {
  private static final long MAX_BYTES = 1024 * 1024;

  public CriteriaText {
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(path, "path");
  }

  /**
   * Loads {@code explicit}, or {@code .assay.yml} (or {@code .assay.yaml}) at {@code root}, or
   * the defaults when there is none.
   *
   * @throws CriteriaException for a missing explicit file or any error in the file
   */
  public static CriteriaText load(Path root, Optional<Path> explicit) {
    List<Gate<?>> gates = BuiltInGates.all();
    Path file = explicit.map(p -> p.toAbsolutePath().normalize()).orElse(root.resolve(".assay.yml"));
    if (explicit.isEmpty() && !Files.isRegularFile(file)) {
      file = root.resolve(".assay.yaml");
    }
    if (!Files.isRegularFile(file)) {
      if (explicit.isPresent()) {
        throw new CriteriaException(new Location(explicit.get().toString(), 0, 0, ""),
            "criteria file not found", "check the --criteria path, or omit it to use .assay.yml");
      }
      return new CriteriaText(CriteriaLoader.defaults(BuiltInGates.defaults(gates)), "", Optional.empty());
    }
    Path absRoot = root.toAbsolutePath().normalize();
    String display = file.startsWith(absRoot)
        ? absRoot.relativize(file).toString().replace('\\', '/') : file.toString();
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new CriteriaException(new Location(display, 0, 0, ""), "criteria file is larger than 1 MiB",
            "a criteria file is a few dozen lines; check that the right file is named");
      }
      byte[] bytes = Files.readAllBytes(file);
      Criteria c = CriteriaLoader.parse(display, bytes, BuiltInGates.defaults(gates));
      return new CriteriaText(c, new String(bytes, StandardCharsets.UTF_8), Optional.of(display));
    } catch (IOException e) {
      throw new CriteriaException(new Location(display, 0, 0, ""), "cannot read: " + e.getMessage(), null);
    }
  }
}
