package dev.assay.llm.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * A throwaway clone of the user's repository at the start commit, where edits are applied,
 * committed, built and checked. The user's work tree is never written; a result leaves only as a
 * new branch pushed into the user's repository or a patch file.
 */
final class ScratchRepo implements AutoCloseable {
  private static final String BRANCH = "assay-generate";
  private final Git git;
  private final Path dir;
  private final String start;
  private final PersonIdent author;
  private final Path userGitDir;

  private ScratchRepo(Git git, Path dir, String start, PersonIdent author, Path userGitDir) {
    this.git = git;
    this.dir = dir;
    this.start = start;
    this.author = author;
    this.userGitDir = userGitDir;
  }

  /** Clones {@code userRepo} into a new temporary folder and checks out {@code startRef}. */
  static ScratchRepo create(Path userRepo, String startRef) throws GenerateException {
    Repository user;
    try {
      user = new FileRepositoryBuilder().findGitDir(userRepo.toAbsolutePath().toFile()).setMustExist(true).build();
    } catch (IOException | IllegalArgumentException e) {
      throw new GenerateException(userRepo + " is not inside a git repository; run generate in one");
    }
    try (user) {
      if (user.isBare()) {
        throw new GenerateException(userRepo + " is a bare repository; generate needs a work tree");
      }
      ObjectId start = user.resolve(startRef + "^{commit}");
      if (start == null) {
        throw new GenerateException("unknown revision '" + startRef + "'; give a branch, tag or commit that exists");
      }
      PersonIdent author = new PersonIdent(user);
      Path dir = Files.createTempDirectory("assay-generate-");
      Git git = Git.cloneRepository()
          // The common directory: in a linked work tree (git worktree) the git directory holds only
          // that tree's HEAD and index; objects and branches live in the common one.
          .setURI(user.getCommonDirectory().toURI().toString())
          .setDirectory(dir.toFile())
          .setNoCheckout(true)
          .call();
      // The clone's work tree is empty: point HEAD at a new branch, then let a hard reset write it.
      git.branchCreate().setName(BRANCH).setStartPoint(start.name()).call();
      git.getRepository().updateRef(org.eclipse.jgit.lib.Constants.HEAD).link("refs/heads/" + BRANCH);
      git.reset().setMode(ResetCommand.ResetType.HARD).setRef(start.name()).call();
      return new ScratchRepo(git, dir, start.name(), author, user.getCommonDirectory().toPath());
    } catch (IOException | GitAPIException e) {
      throw new GenerateException("cannot make a scratch copy of the repository: " + e.getMessage(), e);
    }
  }

  Path dir() {
    return dir;
  }

  String start() {
    return start;
  }

  Path userGitDir() {
    return userGitDir;
  }

  /** Commits these paths; returns the commit id. */
  String commit(List<String> paths, String message) throws GenerateException {
    try {
      var add = git.add();
      var rm = git.rm();
      boolean removals = false;
      for (String p : paths) {
        if (Files.exists(dir.resolve(p))) {
          add.addFilepattern(p);
        } else {
          rm.addFilepattern(p);
          removals = true;
        }
      }
      add.call();
      if (removals) {
        rm.call();
      }
      return git.commit().setMessage(message).setAuthor(author).setCommitter(author)
          .setAllowEmpty(true).setSign(false).call().name();
    } catch (GitAPIException e) {
      throw new GenerateException("cannot commit in the scratch repository: " + e.getMessage(), e);
    }
  }

  /** Folds the attempts into one commit on the start commit, with this message. */
  String squash(String message) throws GenerateException {
    try {
      git.reset().setMode(ResetCommand.ResetType.SOFT).setRef(start).call();
      return git.commit().setMessage(message).setAuthor(author).setCommitter(author)
          .setAllowEmpty(true).setSign(false).call().name();
    } catch (GitAPIException e) {
      throw new GenerateException("cannot squash the attempts: " + e.getMessage(), e);
    }
  }

  /** Pushes HEAD into the user's repository as a new branch; refuses to move an existing one. */
  void pushBranch(String branch) throws GenerateException {
    try {
      Iterable<PushResult> results = git.push().setRemote("origin")
          .setRefSpecs(new RefSpec("HEAD:refs/heads/" + branch)).call();
      for (PushResult r : results) {
        for (RemoteRefUpdate u : r.getRemoteUpdates()) {
          if (u.getStatus() != RemoteRefUpdate.Status.OK) {
            throw new GenerateException("cannot create branch " + branch + " in the repository: "
                + u.getStatus() + (u.getMessage() == null ? "" : " " + u.getMessage())
                + "; choose another name with --branch");
          }
        }
      }
    } catch (GitAPIException e) {
      throw new GenerateException("cannot create branch " + branch + ": " + e.getMessage(), e);
    }
  }

  /** The change from the start commit to HEAD as a patch {@code git am} applies. */
  String patch() throws GenerateException {
    Repository repo = git.getRepository();
    try (RevWalk walk = new RevWalk(repo); ByteArrayOutputStream diff = new ByteArrayOutputStream();
        DiffFormatter f = new DiffFormatter(diff)) {
      RevCommit head = walk.parseCommit(repo.resolve("HEAD"));
      RevCommit base = walk.parseCommit(ObjectId.fromString(start));
      f.setRepository(repo);
      f.format(base.getTree(), head.getTree());
      f.flush();
      PersonIdent a = head.getAuthorIdent();
      String[] msg = head.getFullMessage().split("\n", 2);
      return "From " + head.name() + " Mon Sep 17 00:00:00 2001\n"
          + "From: " + a.getName() + " <" + a.getEmailAddress() + ">\n"
          + "Date: " + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
              a.getWhenAsInstant().atZone(a.getZoneId())) + "\n"
          + "Subject: [PATCH] " + msg[0] + "\n\n"
          + (msg.length > 1 ? msg[1].strip() + "\n" : "")
          + "---\n"
          + diff.toString(StandardCharsets.UTF_8)
          + "-- \nassay generate\n";
    } catch (IOException e) {
      throw new GenerateException("cannot write the patch: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    git.close();
  }

  /** Deletes the scratch folder. */
  void delete() {
    close();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.delete(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // A temp folder left behind is harmless; the OS cleans it.
    }
  }
}
