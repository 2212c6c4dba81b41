package dev.assay.api;

import java.util.Objects;

/**
 * One side of the change.
 *
 * @param ref what the user named (a ref, a commit, or {@code WORKING_TREE})
 * @param commit the full commit id it resolved to; for the working tree, the commit of HEAD, or
 *     empty in a repository with no commits
 */
public record Revision(String ref, String commit) {
  /** The {@code ref} of a head that is the working tree rather than a commit. */
  public static final String WORKING_TREE = "WORKING_TREE";

  public Revision {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(commit, "commit");
  }

  public boolean isWorkingTree() {
    return WORKING_TREE.equals(ref);
  }
}
