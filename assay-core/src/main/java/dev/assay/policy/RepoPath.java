package dev.assay.policy;

import dev.assay.api.CriteriaException;
import dev.assay.api.Location;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The rules for paths and globs in the criteria file: relative to the repository root, with forward
 * slashes, never leaving the repository. A criteria file must not make Assay read (or report on)
 * files outside the repository it checks.
 */
final class RepoPath {
  private RepoPath() {}

  /** Checks a path or glob and returns it stripped, otherwise as written. */
  static String check(String value, Location at) {
    String p = value.strip();
    if (p.isEmpty()) {
      throw new CriteriaException(at, "empty path", "write a path relative to the repository root");
    }
    if (p.startsWith("/") || p.startsWith("\\") || p.length() > 1 && p.charAt(1) == ':') {
      throw new CriteriaException(
          at,
          "`" + p + "` is an absolute path",
          "write it relative to the repository root, e.g. `src/main/**`");
    }
    if (p.indexOf('\\') >= 0) {
      throw new CriteriaException(
          at, "`" + p + "` contains a backslash", "separate directories with `/`");
    }
    normalize(p, at);
    return p;
  }

  /**
   * The path with {@code .} and {@code dir/..} resolved, failing when {@code ..} would climb above
   * the repository root. {@code **} is not counted as a directory, since it may match none.
   */
  static String normalize(String path, Location at) {
    Deque<String> kept = new ArrayDeque<>();
    int depth = 0;
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (depth == 0) {
          throw new CriteriaException(
              at,
              "`" + path + "` points outside the repository",
              "paths are relative to the repository root and may not climb above it with `..`");
        }
        depth--;
        kept.removeLast();
      } else {
        kept.addLast(segment);
        depth += segment.equals("**") ? 0 : 1;
      }
    }
    return String.join("/", kept);
  }
}
