package dev.assay.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;

/** Commits the example's base on {@code main} and its AI-assisted head on a feature branch. */
final class ExampleHistory {
  static final String MAIN_BRANCH = "main";
  static final String FEATURE_BRANCH = "feature/discounts";
  static final String AI_TRAILER = "Co-authored-by: Claude <noreply@anthropic.com>";

  // Fixed people and times make the commit ids the same on every machine and every run.
  private static final PersonIdent MAINTAINER =
      new PersonIdent(
          "Maya Maintainer",
          "maya@example.com",
          Instant.parse("2026-03-02T09:15:00Z"),
          ZoneOffset.UTC);
  private static final PersonIdent DEVELOPER =
      new PersonIdent(
          "Dev Developer",
          "dev@example.com",
          Instant.parse("2026-03-04T15:40:00Z"),
          ZoneId.of("+01:00"));

  private static final String BASE_MESSAGE =
      """
      Price orders with sales tax; store records by integer key

      Subtotals sum unit price times quantity; totals add tax and round
      to cents. KvStore appends records to a data file and finds them
      through a sorted index; src/bench holds its benchmark harness.
      """;
  private static final String HEAD_MESSAGE =
      """
      Add tier, bulk and coupon discounts; simplify the key-value store

      Gold and silver customers get a standing discount, orders from 500
      a bulk bonus, and SAVEnn coupons nn percent, capped at 30% in total.
      Tax is charged on the discounted amount.

      KvStore no longer keeps an index in memory: lookups read the data
      file itself, so they can never see a stale index, and every insert
      is flushed to disk before it returns. All its tests still pass.

      """
          + AI_TRAILER
          + "\n";

  /** The two commit ids. */
  record Commits(String base, String head) {}

  private ExampleHistory() {}

  /** Initialises {@code repo} and makes both commits, leaving the feature branch checked out. */
  static Commits create(Path repo, DemoProject.Criteria criteria) throws DemoException {
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch(MAIN_BRANCH).call()) {
      isolate(git, repo);
      String base = commit(git, ExampleTree.base(criteria), repo, MAINTAINER, BASE_MESSAGE);
      git.checkout().setCreateBranch(true).setName(FEATURE_BRANCH).call();
      String head = commit(git, ExampleTree.HEAD, repo, DEVELOPER, HEAD_MESSAGE);
      return new Commits(base, head);
    } catch (GitAPIException | IOException e) {
      throw new DemoException(
          "could not create the example git repository in " + repo + ": " + e.getMessage(), e);
    }
  }

  /**
   * Repository settings that win over the user's global git config, which must neither run the
   * user's hooks, nor ignore or convert the example's files.
   */
  private static void isolate(Git git, Path repo) throws IOException {
    StoredConfig config = git.getRepository().getConfig();
    String core = ConfigConstants.CONFIG_CORE_SECTION;
    config.setString(core, null, ConfigConstants.CONFIG_KEY_HOOKS_PATH, gitPath(repo, "hooks"));
    config.setString(
        core, null, ConfigConstants.CONFIG_KEY_EXCLUDESFILE, gitPath(repo, "info/exclude"));
    config.setBoolean(core, null, ConfigConstants.CONFIG_KEY_AUTOCRLF, false);
    config.save();
  }

  private static String gitPath(Path repo, String path) {
    return repo.resolve(".git").resolve(path).toString();
  }

  private static String commit(
      Git git, List<ExampleFile> files, Path repo, PersonIdent who, String message)
      throws DemoException, GitAPIException {
    AddCommand add = git.add();
    for (ExampleFile file : files) {
      file.writeTo(repo);
      add.addFilepattern(file.path());
    }
    add.call();
    // No signing and no hooks: a user's global git config must not change or break the demo.
    return git.commit()
        .setAuthor(who)
        .setCommitter(who)
        .setMessage(message)
        .setSign(false)
        .setNoVerify(true)
        .call()
        .name();
  }
}
