package dev.assay.cli;

import dev.assay.demo.DemoException;
import dev.assay.demo.DemoProject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * The example repository of {@code assay demo}, really compiled, tested and measured (JUnit XML in
 * target/surefire-reports, JaCoCo XML in target/site/jacoco), made once per test JVM because that
 * takes seconds, and copied for every test that changes it.
 *
 * <p>Its head commit (branch {@code feature/discounts}, checked out) adds untested logic on top of
 * {@code main}; its reports describe exactly that head.
 */
final class DemoFixture {
  static final String CALCULATOR = "src/main/java/com/example/shop/PriceCalculator.java";
  static final String POLICY_TEST = "src/test/java/com/example/shop/DiscountPolicyTest.java";

  private static Path template;

  private DemoFixture() {}

  /** A fresh copy of the example repository (work tree, reports and .git) at {@code target}. */
  static Path copy(Path target) {
    try {
      Path from = template();
      try (Stream<Path> all = Files.walk(from)) {
        for (Path p : (Iterable<Path>) all::iterator) {
          Path to = target.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else {
            Files.copy(p, to);
          }
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stages everything and commits with a fixed identity; returns the commit id. */
  static String commitAll(Path repo, String message) {
    PersonIdent who =
        new PersonIdent(
            "Test", "test@assay.dev", Instant.parse("2026-03-05T10:00:00Z"), ZoneOffset.UTC);
    try (Git git = Git.open(repo.toFile())) {
      git.add().addFilepattern(".").call();
      git.add().setUpdate(true).addFilepattern(".").call();
      return git.commit()
          .setMessage(message)
          .setAuthor(who)
          .setCommitter(who)
          .setSign(false)
          .setNoVerify(true)
          .call()
          .name();
    } catch (IOException | GitAPIException e) {
      throw new IllegalStateException("commit failed in " + repo, e);
    }
  }

  /** Replaces the first occurrence of {@code from} in a UTF-8 file of the repository. */
  static void edit(Path repo, String path, String from, String to) {
    Path file = repo.resolve(path);
    try {
      String text = Files.readString(file);
      if (!text.contains(from)) {
        throw new IllegalArgumentException(path + " does not contain " + from);
      }
      Files.writeString(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized Path template() throws IOException {
    if (template == null) {
      Path dir = Files.createTempDirectory("assay-cli-demo-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
      try {
        template =
            DemoProject.create(
                    dir.resolve("shop"), new PrintStream(OutputStream.nullOutputStream()))
                .repo();
      } catch (DemoException e) {
        throw new IllegalStateException("the demo repository could not be built", e);
      }
    }
    return template;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary folder is harmless
    }
  }
}
