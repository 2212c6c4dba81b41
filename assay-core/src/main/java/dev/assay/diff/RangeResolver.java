package dev.assay.diff;

import dev.assay.api.Revision;
import dev.assay.diff.ChangeException.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

/**
 * Resolves the request to a base and a head commit. The base commit is the merge base of the head
 * and the base revision (like {@code git diff base...head}), so commits that landed on the base
 * branch after the head forked are not part of the change.
 */
final class RangeResolver {
  private final Repository repo;
  private final ChangeRequest request;
  private final List<String> notes = new ArrayList<>();

  RangeResolver(Repository repo, ChangeRequest request) {
    this.repo = repo;
    this.request = request;
  }

  Range resolve() throws ChangeException, IOException {
    if (request.workingTree() && request.head().isPresent()) {
      throw new ChangeException(
          Kind.INVALID_REQUEST,
          "--working-tree compares the files on disk, so it cannot be combined with --head "
              + request.head().get()
              + ". Drop one of the two options.");
    }
    if (request.wholeTree() && request.base().isPresent()) {
      throw new ChangeException(
          Kind.INVALID_REQUEST,
          "checking the whole tree compares every file against nothing, so it cannot be combined"
              + " with --base "
              + request.base().get()
              + ". Drop one of the two.");
    }
    Optional<RevCommit> head = headCommit();
    Revision headRevision =
        request.workingTree()
            ? new Revision(Revision.WORKING_TREE, head.map(RevCommit::getName).orElse(""))
            : new Revision(headName(), head.orElseThrow().getName());
    if (request.wholeTree()) {
      notes.add(
          "Whole tree: every file at "
              + (request.workingTree() ? "the working tree" : headRevision.ref())
              + " is checked as if it were added, not only a change.");
      return range(Optional.empty(), new Revision(Range.EMPTY_TREE, ""), head, headRevision);
    }
    if (head.isEmpty()) {
      notes.add("The repository has no commits yet, so every file in the working tree is added.");
      return range(Optional.empty(), new Revision(Range.EMPTY_TREE, ""), head, headRevision);
    }
    return withBase(head.get(), headRevision);
  }

  private Range withBase(RevCommit head, Revision headRevision)
      throws ChangeException, IOException {
    boolean named = request.base().isPresent();
    String baseName = named ? request.base().get() : defaultBranch();
    RevCommit baseTip = commit(baseName, "base").orElseThrow(() -> unknown(baseName, "base"));
    RevCommit mergeBase = mergeBase(head, baseTip, baseName);
    String headLabel = request.workingTree() ? "HEAD" : headRevision.ref();
    if (!mergeBase.equals(head)) {
      notes.add(
          "Base: the merge base of "
              + headLabel
              + " and `"
              + baseName
              + "` ("
              + mergeBase.abbreviate(7).name()
              + ")"
              + (named ? "." : ", the default branch."));
      return range(Optional.of(mergeBase), new Revision(baseName, mergeBase.getName()), Optional.of(head), headRevision);
    }
    if (request.workingTree()) {
      notes.add(
          "HEAD is on `" + baseName + "`; checking uncommitted changes against HEAD.");
      return range(Optional.of(head), new Revision(baseName, head.getName()), Optional.of(head), headRevision);
    }
    if (named) {
      notes.add(headLabel + " is already contained in `" + baseName + "`, so the change is empty.");
      return range(Optional.of(head), new Revision(baseName, head.getName()), Optional.of(head), headRevision);
    }
    return lastCommit(head, headLabel, baseName, headRevision);
  }

  /** On the default branch itself there is no fork point: check the last commit instead. */
  private Range lastCommit(RevCommit head, String headLabel, String baseName, Revision headRevision)
      throws ChangeException, IOException {
    if (head.getParentCount() == 0 && ShallowClone.isCutOff(repo, head)) {
      // A parentless commit at a shallow boundary is not a first commit: checking it against an
      // empty tree would report the whole repository as new code.
      throw new ChangeException(
          Kind.SHALLOW_CLONE,
          headLabel + " is on the default branch `" + baseName + "`, so its last commit is checked"
              + " against its parent, which this clone did not fetch.\n"
              + ShallowClone.parentHint());
    }
    if (head.getParentCount() == 0) {
      notes.add(
          headLabel
              + " is the first commit on the default branch `"
              + baseName
              + "`; checking it against an empty tree.");
      return range(Optional.empty(), new Revision(Range.EMPTY_TREE, ""), Optional.of(head), headRevision);
    }
    RevCommit parent = head.getParent(0);
    notes.add(
        headLabel
            + " is on the default branch `"
            + baseName
            + "`; checking the last commit against its parent ("
            + parent.abbreviate(7).name()
            + ").");
    return range(
        Optional.of(parent), new Revision(headLabel + "^", parent.getName()), Optional.of(head), headRevision);
  }

  private Range range(
      Optional<? extends ObjectId> base, Revision baseRevision, Optional<? extends ObjectId> head,
      Revision headRevision) {
    return new Range(
        base.map(ObjectId::toObjectId), baseRevision, head.map(ObjectId::toObjectId), headRevision,
        request.workingTree(), notes);
  }

  private Optional<RevCommit> headCommit() throws ChangeException, IOException {
    if (request.head().isPresent()) {
      String name = request.head().get();
      return Optional.of(commit(name, "head").orElseThrow(() -> unknown(name, "head")));
    }
    Optional<RevCommit> head = commit(Constants.HEAD, "head");
    if (head.isEmpty() && !request.workingTree()) {
      throw new ChangeException(
          Kind.NO_COMMITS,
          "repository has no commits yet; commit first, or run with --working-tree to check"
              + " uncommitted files");
    }
    return head;
  }

  /** The current branch's short name, or {@code HEAD} when detached or when --head was given. */
  private String headName() throws IOException {
    if (request.head().isPresent()) {
      return request.head().get();
    }
    Ref ref = repo.exactRef(Constants.HEAD);
    return ref != null && ref.isSymbolic()
        ? Repository.shortenRefName(ref.getTarget().getName())
        : Constants.HEAD;
  }

  private String defaultBranch() throws ChangeException, IOException {
    Optional<String> found = DefaultBranch.find(repo);
    if (found.isPresent()) {
      return found.get();
    }
    String message =
        "no default branch to compare against: looked for origin/HEAD, "
            + String.join(", ", DefaultBranch.CANDIDATES)
            + " (branches found: "
            + DefaultBranch.list(repo)
            + "). Pass the base explicitly, e.g. --base origin/develop.";
    throw new ChangeException(
        ShallowClone.isShallow(repo) ? Kind.SHALLOW_CLONE : Kind.UNKNOWN_REVISION,
        ShallowClone.isShallow(repo) ? message + "\n" + ShallowClone.fetchHint("main") : message);
  }

  /** The commit a revision expression names, or empty if it names nothing. */
  private Optional<RevCommit> commit(String expression, String role) throws ChangeException {
    try (RevWalk walk = new RevWalk(repo)) {
      ObjectId id = repo.resolve(expression + "^{commit}");
      return id == null ? Optional.empty() : Optional.of(walk.parseCommit(id));
    } catch (RevisionSyntaxException | IOException e) {
      throw new ChangeException(
          Kind.UNKNOWN_REVISION,
          role + " `" + expression + "` is not a revision git understands: " + e.getMessage()
              + ". Use a branch, tag or commit id.",
          e);
    }
  }

  private ChangeException unknown(String name, String role) {
    String branches;
    try {
      branches = DefaultBranch.list(repo);
    } catch (IOException e) {
      branches = "unreadable";
    }
    String message =
        role + " `" + name + "` does not exist in this repository (branches found: " + branches
            + "). Pass a branch, tag or commit id that exists.";
    if (!ShallowClone.isShallow(repo)) {
      return new ChangeException(Kind.UNKNOWN_REVISION, message);
    }
    String hint =
        ShallowClone.looksLikeBranch(name) ? ShallowClone.fetchHint(name) : ShallowClone.unshallowHint();
    return new ChangeException(Kind.SHALLOW_CLONE, message + "\n" + hint);
  }

  private RevCommit mergeBase(RevCommit head, RevCommit base, String baseName)
      throws ChangeException, IOException {
    try (RevWalk walk = new RevWalk(repo)) {
      walk.setRevFilter(RevFilter.MERGE_BASE);
      walk.markStart(walk.parseCommit(head));
      walk.markStart(walk.parseCommit(base));
      RevCommit found = walk.next();
      if (found != null) {
        return walk.parseCommit(found);
      }
    } catch (MissingObjectException e) {
      // History is incomplete: only a shallow clone explains that without corruption.
      if (!ShallowClone.isShallow(repo)) {
        throw e;
      }
    }
    if (ShallowClone.isShallow(repo)) {
      throw new ChangeException(
          Kind.SHALLOW_CLONE,
          "cannot find where HEAD forked from `" + baseName + "`.\n"
              + ShallowClone.deepenHint(baseName));
    }
    throw new ChangeException(
        Kind.NO_COMMON_HISTORY,
        "HEAD and `" + baseName + "` have no common history, so there is no merge base to compare"
            + " against. Pass a base that HEAD descends from, e.g. --base HEAD~1.");
  }
}
