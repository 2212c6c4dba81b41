package dev.assay.diff;

import java.util.List;
import java.util.Optional;

/** A repository-relative path checked to stay inside the repository: no {@code ..}, no root. */
record RepoPath(String path, List<String> segments) {

  RepoPath {
    segments = List.copyOf(segments);
  }

  /** The path if it is a plain relative path with forward slashes, otherwise empty. */
  static Optional<RepoPath> parse(String path) {
    if (path == null || path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0
        || path.indexOf('\0') >= 0) {
      return Optional.empty();
    }
    List<String> segments = List.of(path.split("/", -1));
    for (String s : segments) {
      if (s.isEmpty() || s.equals(".") || s.equals("..") || s.equalsIgnoreCase(".git")) {
        return Optional.empty();
      }
    }
    return Optional.of(new RepoPath(path, segments));
  }
}
