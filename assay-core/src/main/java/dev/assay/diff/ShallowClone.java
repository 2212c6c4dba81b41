package dev.assay.diff;

import java.io.IOException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Recognises a shallow clone (CI checks out one commit by default) and says how to fetch the
 * history the change needs.
 */
final class ShallowClone {
  private static final String ACTIONS =
      "In GitHub Actions, set `fetch-depth: 0` on actions/checkout instead.";

  private ShallowClone() {}

  /** True when {@code .git/shallow} lists commits whose parents were not fetched. */
  static boolean isShallow(Repository repo) {
    try {
      return !repo.getObjectDatabase().getShallowCommits().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /** True when {@code commit} is a shallow boundary: its parents exist but were not fetched. */
  static boolean isCutOff(Repository repo, ObjectId commit) {
    try {
      return repo.getObjectDatabase().getShallowCommits().contains(commit);
    } catch (IOException e) {
      return false;
    }
  }

  /** The fix when the parent of the checked-out commit was not fetched. */
  static String parentHint() {
    return "This is a shallow clone (.git/shallow exists). Fetch the parent commit, then run"
        + " again:\n"
        + "  git fetch --deepen=1\n"
        + "or pass --base with a commit this clone has.\n"
        + "In GitHub Actions, set `fetch-depth: 2` (or 0) on actions/checkout instead.";
  }

  /** The fix when the merge base with {@code baseRef} lies in history that was not fetched. */
  static String deepenHint(String baseRef) {
    return "This is a shallow clone (.git/shallow exists) and its history is cut off before the"
        + " merge base. Fetch the missing history, then run again:\n"
        + "  git fetch --unshallow\n"
        + "or fetch only recent history of the base branch:\n"
        + "  git fetch --deepen=50 origin "
        + remoteBranch(baseRef)
        + "\n"
        + ACTIONS;
  }

  /** The fix when a branch or commit was not fetched at all. */
  static String fetchHint(String baseRef) {
    String branch = remoteBranch(baseRef);
    return "This is a shallow clone (.git/shallow exists), which fetches only part of the history"
        + " and usually one branch. Fetch it, then run again:\n"
        + "  git fetch --unshallow origin +refs/heads/"
        + branch
        + ":refs/remotes/origin/"
        + branch
        + "\n"
        + "and pass --base origin/"
        + branch
        + " if it is not the default branch.\n"
        + ACTIONS;
  }

  /** The fix when a commit named by an expression such as {@code HEAD~3} was not fetched. */
  static String unshallowHint() {
    return "This is a shallow clone (.git/shallow exists); the commit may be in history that was"
        + " not fetched. Fetch it, then run again:\n"
        + "  git fetch --unshallow\n"
        + ACTIONS;
  }

  /** True when the name could be a branch on the remote, so fetching it by name makes sense. */
  static boolean looksLikeBranch(String ref) {
    return !ref.startsWith("HEAD")
        && !ref.matches("[0-9a-fA-F]{7,40}")
        && Repository.isValidRefName("refs/heads/" + remoteBranch(ref));
  }

  /** {@code origin/main} and {@code main} both name branch {@code main} on the remote. */
  private static String remoteBranch(String ref) {
    return ref.startsWith("origin/") ? ref.substring("origin/".length()) : ref;
  }
}
