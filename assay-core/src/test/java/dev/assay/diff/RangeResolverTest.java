package dev.assay.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.ChangedLines;
import dev.assay.api.FileChange;
import dev.assay.testkit.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.RefUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RangeResolverTest {
  @TempDir Path dir;
  TestRepo repo;

  @BeforeEach
  void init() {
    repo = TestRepo.init(dir);
  }

  @AfterEach
  void close() {
    repo.close();
  }

  @Test
  void findsTheRepositoryFromASubdirectory() throws Exception {
    repo.write("src/deep/A.java", "a\n").commit("one");
    repo.branch("feature").checkout("feature");
    repo.write("src/deep/A.java", "a\nb\n").commit("two");

    try (Change change = Changes.headAgainstDefault(dir.resolve("src/deep"))) {
      assertThat(change.workTree()).isEqualTo(dir.toRealPath());
      assertThat(change.changeSet().isAdded("src/deep/A.java", 2)).isTrue();
    }
  }

  @Test
  void notARepository(@TempDir Path plain) {
    assertThatThrownBy(() -> Changes.headAgainstDefault(plain))
        .isInstanceOf(ChangeException.class)
        .hasMessageStartingWith("not a git repository: " + plain.toAbsolutePath())
        .satisfies(e -> assertThat(((ChangeException) e).kind()).isEqualTo(ChangeException.Kind.NOT_A_REPOSITORY));
  }

  @Test
  void explicitBaseAcceptsRevisionExpressions() throws Exception {
    String first = repo.write("A.java", "1\n").commit("one");
    repo.write("A.java", "1\n2\n").commit("two");
    repo.tag("v2");
    repo.write("A.java", "1\n2\n3\n").commit("three");

    try (Change change = Changes.against(dir, "HEAD~1")) {
      assertThat(change.changeSet().file("A.java").orElseThrow().addedLines())
          .isEqualTo(ChangedLines.ofLines(3));
      assertThat(change.changeSet().base().ref()).isEqualTo("HEAD~1");
    }
    try (Change change = Changes.against(dir, "v2")) {
      assertThat(change.changeSet().isAdded("A.java", 3)).isTrue();
    }
    try (Change change = Changes.against(dir, first)) {
      assertThat(change.changeSet().file("A.java").orElseThrow().addedLines())
          .isEqualTo(ChangedLines.ofLines(2, 3));
      assertThat(change.changeSet().base().commit()).isEqualTo(first);
    }
  }

  @Test
  void unknownBaseNamesTheRefAndListsBranches() {
    repo.write("A.java", "1\n").commit("one");
    repo.branch("feature");

    assertThatThrownBy(() -> Changes.against(dir, "develop"))
        .isInstanceOf(ChangeException.class)
        .hasMessage(
            "base `develop` does not exist in this repository (branches found: feature, main)."
                + " Pass a branch, tag or commit id that exists.")
        .satisfies(e -> assertThat(((ChangeException) e).kind()).isEqualTo(ChangeException.Kind.UNKNOWN_REVISION));
  }

  @Test
  void onTheDefaultBranchTheLastCommitIsCheckedAgainstItsParent() throws Exception {
    String parent = repo.write("A.java", "1\n").commit("one");
    repo.write("A.java", "1\n2\n").commit("two");

    try (Change change = Changes.headAgainstDefault(dir)) {
      assertThat(change.changeSet().base().commit()).isEqualTo(parent);
      assertThat(change.changeSet().isAdded("A.java", 2)).isTrue();
      assertThat(change.notes())
          .contains(
              "main is on the default branch `main`; checking the last commit against its parent ("
                  + parent.substring(0, 7) + ").");
    }
  }

  @Test
  void rootCommitOnTheDefaultBranchIsCheckedAgainstTheEmptyTree() throws Exception {
    repo.write("A.java", "1\n").commit("one");

    try (Change change = Changes.headAgainstDefault(dir)) {
      assertThat(change.changeSet().files())
          .containsExactly(new FileChange("A.java", "A.java", dev.assay.api.ChangeType.ADDED, 100, ChangedLines.ofLines(1)));
      assertThat(change.changeSet().base().commit()).isEmpty();
      assertThat(change.notes()).anySatisfy(n -> assertThat(n).contains("empty tree"));
    }
  }

  @Test
  void defaultBranchPrefersOriginHeadThenMainThenMaster() throws Exception {
    repo.write("A.java", "1\n").commit("one");
    repo.git().branchRename().setOldName("main").setNewName("trunk").call();
    repo.branch("feature").checkout("feature");
    repo.write("A.java", "1\n2\n").commit("two");
    assertThatThrownBy(() -> Changes.headAgainstDefault(dir))
        .hasMessageContaining("no default branch to compare against: looked for origin/HEAD, main, master")
        .hasMessageContaining("branches found: feature, trunk");

    var refs = repo.git().getRepository();
    RefUpdate remote = refs.updateRef("refs/remotes/origin/trunk");
    remote.setNewObjectId(refs.resolve("trunk"));
    remote.update();
    refs.updateRef("refs/remotes/origin/HEAD").link("refs/remotes/origin/trunk");

    try (Change change = Changes.headAgainstDefault(dir)) {
      assertThat(change.changeSet().base().ref()).isEqualTo("origin/trunk");
      assertThat(change.changeSet().isAdded("A.java", 2)).isTrue();
    }
  }

  @Test
  void detachedHeadUsesTheMergeBaseWithTheDefaultBranch() throws Exception {
    String fork = repo.write("A.java", "1\n").commit("one");
    repo.branch("feature").checkout("feature");
    String tip = repo.write("A.java", "1\n2\n").commit("two");
    repo.checkout("main").write("B.java", "b\n").commit("main moves");
    repo.checkout(tip);

    try (Change change = Changes.headAgainstDefault(dir)) {
      assertThat(change.changeSet().head()).isEqualTo(new dev.assay.api.Revision("HEAD", tip));
      assertThat(change.changeSet().base().commit()).isEqualTo(fork);
      assertThat(change.changeSet().files()).extracting(FileChange::path).containsExactly("A.java");
    }
  }

  @Test
  void explicitHeadRevision() throws Exception {
    repo.write("A.java", "1\n").commit("one");
    repo.branch("feature").checkout("feature");
    String tip = repo.write("A.java", "1\n2\n").commit("two");
    repo.checkout("main");

    try (Change change =
        ChangeCalculator.compute(new ChangeRequest(dir, Optional.of("main"), Optional.of("feature"), false, Changes.MAX))) {
      assertThat(change.changeSet().head()).isEqualTo(new dev.assay.api.Revision("feature", tip));
      assertThat(change.changeSet().isAdded("A.java", 2)).isTrue();
    }
  }

  @Test
  void workingTreeWithAHeadRevisionIsRejected() {
    repo.write("A.java", "1\n").commit("one");

    assertThatThrownBy(
            () -> ChangeCalculator.compute(new ChangeRequest(dir, Optional.empty(), Optional.of("main"), true, Changes.MAX)))
        .isInstanceOf(ChangeException.class)
        .hasMessageContaining("cannot be combined with --head main")
        .satisfies(e -> assertThat(((ChangeException) e).kind()).isEqualTo(ChangeException.Kind.INVALID_REQUEST));
  }

  @Test
  void repositoryWithoutCommitsNeedsTheWorkingTree() throws Exception {
    repo.write("A.java", "1\n");

    assertThatThrownBy(() -> Changes.headAgainstDefault(dir))
        .isInstanceOf(ChangeException.class)
        .hasMessage(
            "repository has no commits yet; commit first, or run with --working-tree to check"
                + " uncommitted files");
  }

  @Test
  void unrelatedHistoriesHaveNoMergeBase() throws Exception {
    repo.write("A.java", "1\n").commit("one");
    repo.git().checkout().setOrphan(true).setName("other").call();
    Files.writeString(dir.resolve("B.java"), "b\n");
    repo.commit("unrelated");

    assertThatThrownBy(() -> Changes.headAgainstDefault(dir))
        .isInstanceOf(ChangeException.class)
        .hasMessageContaining("have no common history")
        .satisfies(e -> assertThat(((ChangeException) e).kind()).isEqualTo(ChangeException.Kind.NO_COMMON_HISTORY));
  }
}
