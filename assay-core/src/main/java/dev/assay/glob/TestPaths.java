package dev.assay.glob;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches test sources by globs. The conventional test globs ({@code **}{@code /test/**},
 * {@code **}{@code /tests/**}) also match production packages such as
 * {@code src/main/java/com/acme/tests/}; so inside a Maven or Gradle production source set
 * ({@code src/main/}) only the globs the user wrote apply, never the built-in defaults. Immutable.
 */
public final class TestPaths {
  private final List<Glob> all;
  private final List<Glob> userOnly;

  /**
   * @param globs the configured test globs
   * @param defaults the gate's built-in defaults, which do not apply inside {@code src/main/}
   */
  public TestPaths(List<String> globs, List<String> defaults) {
    this.all = Glob.compileAll(globs);
    List<String> user = new ArrayList<>(globs);
    user.removeAll(defaults);
    this.userOnly = Glob.compileAll(user);
  }

  /** True for a path inside a {@code src/main/} source set. */
  public static boolean isProductionSourceSet(String path) {
    return path.startsWith("src/main/") || path.contains("/src/main/");
  }

  public boolean matches(String path) {
    return Glob.anyMatch(isProductionSourceSet(path) ? userOnly : all, path);
  }
}
