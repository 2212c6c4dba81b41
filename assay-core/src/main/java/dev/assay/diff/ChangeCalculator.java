package dev.assay.diff;

import dev.assay.api.ChangeSet;
import dev.assay.api.SourceTree;
import dev.assay.diff.ChangeException.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Computes the change between a base and a head of a git repository: which files changed and
 * which of their lines are new logic. See {@link FileDiffer} for what counts as an added line.
 */
public final class ChangeCalculator {

  private ChangeCalculator() {}

  /**
   * Computes the change the request describes.
   *
   * @throws ChangeException with a message for the user when the repository, a revision or the
   *     fetched history does not allow it
   */
  public static Change compute(ChangeRequest request) throws ChangeException {
    Repository repo = open(request.repoDir());
    try {
      return compute(repo, request);
    } catch (IOException | UncheckedIOException e) {
      throw new ChangeException(
          Kind.UNREADABLE_REPOSITORY,
          "cannot read the git repository at " + repo.getDirectory() + ": " + e.getMessage()
              + ". Check that `git status` works there.",
          e);
    } finally {
      // The source trees of the returned change hold their own use of the repository.
      repo.close();
    }
  }

  private static Change compute(Repository repo, ChangeRequest request)
      throws ChangeException, IOException {
    Range range = new RangeResolver(repo, request).resolve();
    Path workTree = repo.getWorkTree().toPath().toRealPath();
    WorkingTree disk = new WorkingTree(workTree, request.maxFileBytes());
    FileDiffer differ;
    boolean renamesLimited;
    try (ObjectReader reader = repo.newObjectReader()) {
      ContentSource headContent =
          range.workingTree() ? new DiskContent(disk) : ContentSource.create(reader);
      ContentSource.Pair content = new ContentSource.Pair(ContentSource.create(reader), headContent);
      EntryScanner scanner = new EntryScanner(repo, reader, range);
      List<DiffEntry> entries = scanner.scan(content, request.maxFileBytes());
      renamesLimited = scanner.renamesLimited();
      differ = new FileDiffer(content, request.maxFileBytes(), request.wholeTree());
      for (DiffEntry entry : entries) {
        differ.add(entry);
      }
    }
    ChangeSet changeSet = new ChangeSet(range.base(), range.head(), differ.files(), differ.skipped());
    List<String> notes = new ArrayList<>(range.notes());
    skippedNote(differ.skipCounts()).ifPresent(notes::add);
    if (renamesLimited) {
      notes.add(
          "Too many added and deleted files to compare them all for renames (git config"
              + " diff.renameLimit); only renames without edits were recognised.");
    }
    SourceTree base = commitTree(repo, range.baseCommit(), request.maxFileBytes());
    SourceTree head =
        range.workingTree() ? disk : commitTree(repo, range.headCommit(), request.maxFileBytes());
    return new Change(changeSet, base, head, workTree, notes);
  }

  private static Optional<String> skippedNote(Map<SkipReason, Integer> counts) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return Optional.empty();
    }
    String detail =
        counts.entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey().label())
            .collect(Collectors.joining(", "));
    return Optional.of(
        "Skipped " + total + (total == 1 ? " file" : " files") + " no gate reads: " + detail + ".");
  }

  private static SourceTree commitTree(Repository repo, Optional<ObjectId> commit, long max)
      throws IOException {
    if (commit.isEmpty()) {
      return SourceTree.empty();
    }
    try (RevWalk walk = new RevWalk(repo)) {
      return new CommitTree(repo, walk.parseCommit(commit.get()).getTree().copy(), max);
    }
  }

  /** Finds the repository upward from {@code dir}, as git does. */
  static Repository open(Path dir) throws ChangeException {
    Path start = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(start)) {
      throw new ChangeException(
          Kind.NOT_A_REPOSITORY,
          "not a git repository: " + start + " is not a directory. Run assay inside a git work"
              + " tree, or pass the path of one.");
    }
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(start.toFile());
    if (builder.getGitDir() == null) {
      throw new ChangeException(
          Kind.NOT_A_REPOSITORY,
          "not a git repository: " + start + " (nor any of its parent directories). Run assay"
              + " inside a git work tree, or run `git init` first.");
    }
    try {
      Repository repo = builder.setMustExist(true).build();
      if (repo.isBare()) {
        repo.close();
        throw new ChangeException(
            Kind.NOT_A_REPOSITORY,
            "not a git repository with a work tree: " + builder.getGitDir() + " is bare. Run"
                + " assay in a clone with a checked-out work tree.");
      }
      return repo;
    } catch (IOException | IllegalArgumentException e) {
      throw new ChangeException(
          Kind.NOT_A_REPOSITORY,
          "not a git repository: cannot open " + builder.getGitDir() + ": " + e.getMessage(),
          e);
    }
  }
}
