package dev.assay.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A throwaway git repository for tests, built with JGit in a temporary directory: write files,
 * commit them with a fixed identity and clock, branch and check out. Every commit stages the whole
 * work tree first (like {@code git add -A}), so what is on disk is what gets committed.
 *
 * <p>Commits are deterministic: the same sequence of calls yields the same commit ids, because the
 * author and committer are fixed and the clock starts at 2024-01-01T00:00:00Z and advances one
 * minute per commit. Not thread-safe; one per test. Close it to release the repository.
 *
 * <pre>{@code
 * try (TestRepo repo = TestRepo.init(tempDir)) {
 *   repo.write("src/A.java", "class A {}\n").commit("initial");
 *   repo.branch("feature").checkout("feature");
 *   repo.write("src/A.java", "class A { int x; }\n").commit("add a field");
 * }
 * }</pre>
 */
public final class TestRepo implements AutoCloseable {
  /** The author and committer of every commit unless another author is given. */
  public static final String NAME = "Assay Test";

  public static final String EMAIL = "test@assay.dev";

  private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

  private final Git git;
  private final Path dir;
  private int commits;

  private TestRepo(Git git, Path dir) {
    this.git = git;
    this.dir = dir;
  }

  /** Creates an empty repository in {@code dir} whose initial branch is {@code main}. */
  public static TestRepo init(Path dir) {
    try {
      Files.createDirectories(dir);
      Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
      return new TestRepo(git, dir.toAbsolutePath().normalize());
    } catch (GitAPIException | IOException e) {
      throw new IllegalStateException("cannot create test repository in " + dir, e);
    }
  }

  /** The work tree root, absolute. */
  public Path dir() {
    return dir;
  }

  /** The JGit handle, for anything this builder does not cover. */
  public Git git() {
    return git;
  }

  /** Writes a file as UTF-8, creating parent directories. */
  public TestRepo write(String path, String text) {
    return writeBytes(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes raw bytes (binary content, other encodings, CRLF) to a file. */
  public TestRepo writeBytes(String path, byte[] content) {
    Path file = resolve(path);
    io(
        () -> {
          Files.createDirectories(file.getParent());
          Files.write(file, content);
        });
    return this;
  }

  /** Deletes a file from the work tree; the next commit records the deletion. */
  public TestRepo delete(String path) {
    io(() -> Files.delete(resolve(path)));
    return this;
  }

  /** Moves a file in the work tree, creating parent directories of the target. */
  public TestRepo rename(String from, String to) {
    Path target = resolve(to);
    io(
        () -> {
          Files.createDirectories(target.getParent());
          Files.move(resolve(from), target);
        });
    return this;
  }

  /** Creates a symbolic link at {@code path} pointing to {@code target} (taken literally). */
  public TestRepo symlink(String path, String target) {
    Path link = resolve(path);
    io(
        () -> {
          Files.createDirectories(link.getParent());
          Files.createSymbolicLink(link, Path.of(target));
        });
    return this;
  }

  /** Stages the given paths (or {@code "."}) without committing, like {@code git add}. */
  public TestRepo stage(String... paths) {
    return call(
        () -> {
          var add = git.add();
          for (String p : paths) {
            add.addFilepattern(p);
          }
          add.call();
        });
  }

  /** Stages everything and commits as {@link #NAME}; returns the full commit id. */
  public String commit(String message) {
    return commit(message, ident(NAME, EMAIL));
  }

  /** Stages everything and commits with the given author (committer stays fixed). */
  public String commit(String message, PersonIdent author) {
    Objects.requireNonNull(author, "author");
    PersonIdent committer = ident(NAME, EMAIL);
    try {
      git.add().addFilepattern(".").call();
      git.add().setUpdate(true).addFilepattern(".").call();
      RevCommit c =
          git.commit()
              .setMessage(message)
              .setAuthor(author)
              .setCommitter(committer)
              .setAllowEmpty(true)
              .setSign(false)
              .call();
      commits++;
      return c.getName();
    } catch (GitAPIException e) {
      throw new IllegalStateException("commit failed in " + dir, e);
    }
  }

  /** An identity with this repository's deterministic clock, e.g. for an AI co-author test. */
  public PersonIdent ident(String name, String email) {
    return new PersonIdent(name, email, EPOCH.plusSeconds(60L * commits), ZoneOffset.UTC);
  }

  /** Creates a branch at HEAD without checking it out. */
  public TestRepo branch(String name) {
    return call(() -> git.branchCreate().setName(name).call());
  }

  /** Checks out a branch, or a commit id (detaching HEAD). */
  public TestRepo checkout(String nameOrCommit) {
    return call(() -> git.checkout().setName(nameOrCommit).call());
  }

  /** Creates a lightweight tag at HEAD. */
  public TestRepo tag(String name) {
    return call(() -> git.tag().setName(name).setAnnotated(false).call());
  }

  /** The full id of HEAD. */
  public String head() {
    try {
      return git.getRepository().resolve("HEAD").getName();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("HEAD does not resolve in " + dir, e);
    }
  }

  @Override
  public void close() {
    git.close();
  }

  private Path resolve(String path) {
    Path p = dir.resolve(path).normalize();
    if (!p.startsWith(dir)) {
      throw new IllegalArgumentException("path escapes the repository: " + path);
    }
    return p;
  }

  private TestRepo call(GitCall action) {
    try {
      action.run();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e.getMessage() + " in " + dir, e);
    }
  }

  private static void io(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface GitCall {
    void run() throws GitAPIException;
  }

  private interface IoAction {
    void run() throws IOException;
  }
}
