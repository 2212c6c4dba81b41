package dev.assay.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.testkit.TestRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shallow clone made by the real git CLI: lines before the cut are unknown, and said so. */
class ShallowProvenanceTest {
  @TempDir Path dir;

  @Test
  void linesOfTheCutCommitAreUnknownAndTheNoteSaysWhy() throws Exception {
    Path origin = dir.resolve("origin");
    try (TestRepo repo = TestRepo.init(origin)) {
      repo.write("a.txt", "base\n");
      repo.commit("base");
      repo.write("a.txt", "base\nhuman\n");
      repo.commit("human");
      repo.write("a.txt", "base\nhuman\nai\n");
      repo.commit("ai\n\nCo-authored-by: Claude <noreply@anthropic.com>\n");
    }
    String url = origin.toUri().toString().replace("file:/", "file:///").replace("file:////", "file:///");
    git(dir, "clone", "--quiet", "--depth", "2", url, "clone");
    Path clone = dir.resolve("clone");
    try (Repository repo = new FileRepositoryBuilder().setWorkTree(clone.toFile()).setMustExist(true).build()) {
      ProvenanceReader reader = new ProvenanceReader(repo, clone, ProvenanceSettings.defaults(), "");

      RangeReport r = RangeReport.read(reader, "HEAD", repo.resolve("HEAD"), Optional.empty());

      assertThat(r.byClass().get("ai:claude-code").present()).isEqualTo(1);
      assertThat(r.byClass().get("unknown").present()).as("the cut commit's lines").isEqualTo(2);
      assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("History is shallow"));
      List<BlameLines.Line> blame = BlameLines.of(reader, "a.txt", repo.resolve("HEAD"));
      assertThat(blame.get(2).origin().label()).isEqualTo("ai:claude-code");
    }
  }

  private static void git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "protocol.file.allow=always"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("git %s: %s", command, output).isZero();
  }
}
