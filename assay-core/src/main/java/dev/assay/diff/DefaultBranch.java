package dev.assay.diff;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/** Finds the branch a change is measured against when no base is given, and lists branches. */
final class DefaultBranch {
  /** Tried in order after {@code origin/HEAD}; the first that exists wins. */
  static final List<String> CANDIDATES = List.of("main", "master", "origin/main", "origin/master");

  private static final int MAX_LISTED = 20;

  private DefaultBranch() {}

  /** The short name of the default branch ({@code origin/main}, {@code main}), if any exists. */
  static Optional<String> find(Repository repo) throws IOException {
    Ref originHead = repo.exactRef(Constants.R_REMOTES + "origin/" + Constants.HEAD);
    if (originHead != null && originHead.isSymbolic() && originHead.getObjectId() != null) {
      return Optional.of(Repository.shortenRefName(originHead.getTarget().getName()));
    }
    for (String name : CANDIDATES) {
      String full = name.startsWith("origin/") ? Constants.R_REMOTES + name : Constants.R_HEADS + name;
      Ref ref = repo.exactRef(full);
      if (ref != null && ref.getObjectId() != null) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** Local and remote-tracking branches, sorted, for error messages; "none" if there are none. */
  static String list(Repository repo) throws IOException {
    List<String> names =
        repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS, Constants.R_REMOTES).stream()
            .map(ref -> Repository.shortenRefName(ref.getName()))
            .filter(name -> !name.endsWith("/" + Constants.HEAD))
            .sorted()
            .toList();
    if (names.isEmpty()) {
      return "none";
    }
    String shown = names.stream().limit(MAX_LISTED).collect(Collectors.joining(", "));
    return names.size() > MAX_LISTED ? shown + ", ... (" + names.size() + " in all)" : shown;
  }
}
