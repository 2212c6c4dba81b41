package dev.assay.check;

import dev.assay.api.BuildModule;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user asked to check.
 *
 * @param repo a directory inside the repository's work tree
 * @param base base ref, or empty for the merge base with the default branch
 * @param head head ref, or empty for HEAD
 * @param workingTree check uncommitted files (staged, unstaged, untracked) instead of a commit
 * @param criteriaFile an explicit criteria file, or empty for {@code .assay.yml} at the root
 * @param outputDir where reports go, or empty for {@code assay-reports/} at the root; files under
 *     it are never part of the change
 * @param maxFileBytes changed files larger than this are skipped with a note
 * @param wholeTree check every file at the head as if added, not only the change ({@code assay
 *     scan}, {@code check --all})
 * @param buildModules the modules of the build running the check (a build plugin), handed to the
 *     gates; empty on the command line
 */
public record CheckRequest(
    Path repo,
    Optional<String> base,
    Optional<String> head,
    boolean workingTree,
    Optional<Path> criteriaFile,
    Optional<Path> outputDir,
    long maxFileBytes,
    boolean wholeTree,
    List<BuildModule> buildModules) {

  /** Files over 2 MiB are almost always generated or data, not reviewed logic. */
  public static final long DEFAULT_MAX_FILE_BYTES = 2L * 1024 * 1024;

  public CheckRequest {
    Objects.requireNonNull(repo, "repo");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(criteriaFile, "criteriaFile");
    Objects.requireNonNull(outputDir, "outputDir");
    buildModules = List.copyOf(buildModules);
  }

  /** A request from the command line: no build modules known. */
  public CheckRequest(
      Path repo,
      Optional<String> base,
      Optional<String> head,
      boolean workingTree,
      Optional<Path> criteriaFile,
      Optional<Path> outputDir,
      long maxFileBytes,
      boolean wholeTree) {
    this(repo, base, head, workingTree, criteriaFile, outputDir, maxFileBytes, wholeTree, List.of());
  }

  /** A request to check the change between a base and a head (not the whole tree). */
  public CheckRequest(
      Path repo,
      Optional<String> base,
      Optional<String> head,
      boolean workingTree,
      Optional<Path> criteriaFile,
      Optional<Path> outputDir,
      long maxFileBytes) {
    this(repo, base, head, workingTree, criteriaFile, outputDir, maxFileBytes, false);
  }
}
