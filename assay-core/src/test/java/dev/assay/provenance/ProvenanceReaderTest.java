package dev.assay.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Origin;
import dev.assay.diff.Change;
import dev.assay.diff.ChangeCalculator;
import dev.assay.diff.ChangeRequest;
import dev.assay.testkit.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provenance of a change's lines, read from real repositories with real notes and trailers. */
class ProvenanceReaderTest {
  @TempDir Path dir;

  private static String lines(String prefix, int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> prefix + i + "();").collect(Collectors.joining("\n", "", "\n"));
  }

  private LineProvenance read(TestRepo repo, String base) throws Exception {
    ChangeRequest req = new ChangeRequest(repo.dir(), Optional.of(base), Optional.empty(), false, 1 << 21, false);
    try (Change change = ChangeCalculator.compute(req)) {
      return new ProvenanceReader(repo.git().getRepository(), repo.dir(), ProvenanceSettings.defaults(), "")
          .forChange(change.changeSet(), change.head());
    }
  }

  private void note(TestRepo repo, String commit, String text) throws Exception {
    try (RevWalk walk = new RevWalk(repo.git().getRepository())) {
      repo.git().notesAdd().setNotesRef("refs/notes/ai")
          .setObjectId(walk.parseCommit(ObjectId.fromString(commit))).setMessage(text).call();
    }
  }

  @Test
  void coAuthorTrailerMarksEveryLineOfItsCommitAsAi() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("A.java", lines("base", 3));
      String base = repo.commit("base");
      repo.write("A.java", lines("base", 3) + lines("ai", 2));
      repo.commit("Add two calls\n\nCo-authored-by: Claude <noreply@anthropic.com>\n");
      repo.write("B.java", lines("human", 2));
      repo.commit("Human commit");

      LineProvenance p = read(repo, base);

      assertThat(p.of("A.java", 4).label()).isEqualTo("ai:claude-code");
      assertThat(p.of("A.java", 4).source()).isEqualTo("trailer:Co-authored-by");
      assertThat(p.of("A.java", 4).lineLevel()).isFalse();
      assertThat(p.of("A.java", 1).kind()).isEqualTo(Origin.Kind.UNKNOWN);
      assertThat(p.of("B.java", 1).kind()).as("no signal is unknown, never human").isEqualTo(Origin.Kind.UNKNOWN);
    }
  }

  @Test
  void gitAiNoteClaimsAreMappedThroughLaterEditsToTheHead() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("src/main.rs", "fn base() {}\n");
      String base = repo.commit("base");
      repo.write("src/main.rs", "fn base() {}\n" + lines("agent", 4) + lines("mine", 2));
      String aiCommit = repo.commit("Work with git-ai");
      note(repo, aiCommit, """
          src/main.rs
            abcd1234abcd1234 2-5
          ---
          {"schema_version":"authorship/3.0.0","base_commit_sha":"x","prompts":{"abcd1234abcd1234":
           {"agent_id":{"tool":"cursor","id":"s1","model":"claude-4.5-opus"},"messages":[],
            "total_additions":4,"total_deletions":0,"accepted_lines":4,"overriden_lines":0}}}
          """);
      // A later human commit inserts three lines at the top: the AI lines move down by three.
      repo.write("src/main.rs", lines("top", 3) + "fn base() {}\n" + lines("agent", 4) + lines("mine", 2));
      repo.commit("Prepend");

      LineProvenance p = read(repo, base);

      for (int line = 5; line <= 8; line++) {
        assertThat(p.of("src/main.rs", line).label()).as("line %d", line).isEqualTo("ai:cursor");
        assertThat(p.of("src/main.rs", line).model()).isEqualTo("claude-4.5-opus");
        assertThat(p.of("src/main.rs", line).lineLevel()).isTrue();
      }
      assertThat(p.of("src/main.rs", 9).kind()).as("untracked in the note: not human").isEqualTo(Origin.Kind.UNKNOWN);
      assertThat(p.of("src/main.rs", 1).kind()).isEqualTo(Origin.Kind.UNKNOWN);
    }
  }

  @Test
  void malformedNoteIsSkippedCountedAndItsLinesStayUnknown() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.txt", "x\n");
      String base = repo.commit("base");
      repo.write("a.txt", "x\ny\n");
      String c = repo.commit("change");
      note(repo, c, "a.txt\n  zzzz 1-2\n---\n{}\n");

      LineProvenance p = read(repo, base);

      assertThat(p.of("a.txt", 2).kind()).isEqualTo(Origin.Kind.UNKNOWN);
      assertThat(p.notes()).anySatisfy(n -> assertThat(n).contains("Skipped 1 malformed git-ai note"));
    }
  }

  @Test
  void agentTraceRangesWinOverTheCommitAndCanSayHuman() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.py", "a = 1\n");
      String base = repo.commit("base");
      repo.write("a.py", "a = 1\n" + lines("b", 4));
      String c = repo.commit("Change\n\nAssisted-by: Claude:claude-opus-4 [tools]\n");
      Files.createDirectories(dir.resolve(".agent-trace"));
      Files.writeString(dir.resolve(".agent-trace/traces.jsonl"),
          "{\"version\":\"0.1.0\",\"id\":\"1\",\"vcs\":{\"type\":\"git\",\"revision\":\"" + c.substring(0, 12)
              + "\"},\"tool\":{\"name\":\"cursor\"},\"files\":[{\"path\":\"a.py\",\"conversations\":[{\"contributor\":"
              + "{\"type\":\"human\"},\"ranges\":[{\"start_line\":2,\"end_line\":3}]}]}]}\n"
              + "not json at all\n"
              + "{\"version\":\"9\",\"files\":[{\"path\":\"a.py\",\"ranges\":[{\"start_line\":5,\"end_line\":5}],"
              + "\"contributor\":{\"type\":\"ai\",\"model_id\":\"openai/gpt-5\"}}],\"vcs\":{\"revision\":\"" + c + "\"}}\n");

      LineProvenance p = read(repo, base);

      assertThat(p.of("a.py", 2).kind()).isEqualTo(Origin.Kind.HUMAN);
      assertThat(p.of("a.py", 3).kind()).isEqualTo(Origin.Kind.HUMAN);
      assertThat(p.of("a.py", 4).label()).as("the trailer speaks for the rest").isEqualTo("ai:claude-code");
      assertThat(p.of("a.py", 4).model()).isEqualTo("claude-opus-4");
      assertThat(p.of("a.py", 5).source()).isEqualTo("agent-trace");
      assertThat(p.of("a.py", 5).model()).isEqualTo("openai/gpt-5");
      assertThat(p.notes()).anySatisfy(n -> assertThat(n).contains("Skipped 1 malformed Agent Trace record"));
    }
  }

  @Test
  void rebasedCommitWhoseNoteIsGoneIsUnknownNotHuman() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.txt", "x\n");
      String base = repo.commit("base");
      repo.branch("feature").checkout("feature");
      repo.write("a.txt", "x\nai line\n");
      String original = repo.commit("AI work");
      note(repo, original, "a.txt\n  abcd1234abcd1234 2\n---\n{\"schema_version\":\"authorship/3.0.0\",\"prompts\":{}}\n");
      // The same change rewritten onto a new base: a new id, the note stays with the old one.
      repo.checkout("master".equals(repo.git().getRepository().getBranch()) ? "master" : base);
      repo.git().checkout().setName(base).call();
      repo.write("other.txt", "o\n");
      String newBase = repo.commit("main moved");
      repo.git().cherryPick().include(ObjectId.fromString(original)).call();

      LineProvenance rewritten = read(repo, newBase);
      repo.checkout("feature");
      LineProvenance kept = read(repo, base);

      assertThat(kept.of("a.txt", 2).label()).isEqualTo("ai:unnamed");
      assertThat(rewritten.of("a.txt", 2).kind()).isEqualTo(Origin.Kind.UNKNOWN);
    }
  }

  @Test
  void mergedAiBranchKeepsItsProvenanceThroughTheMerge() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.txt", "one\n");
      String base = repo.commit("base");
      String mainBranch = repo.git().getRepository().getBranch();
      repo.branch("agent").checkout("agent");
      repo.write("b.txt", "agent wrote this\n");
      repo.commit("agent work", repo.ident("Cursor Agent", "cursoragent@cursor.com"));
      repo.checkout(mainBranch);
      repo.write("c.txt", "human side\n");
      repo.commit("main side");
      repo.git().merge().include(repo.git().getRepository().resolve("agent")).setCommit(true)
          .setMessage("Merge agent").call();

      LineProvenance p = read(repo, base);

      assertThat(p.of("b.txt", 1).label()).isEqualTo("ai:cursor");
      assertThat(p.of("b.txt", 1).source()).isEqualTo("author");
      assertThat(p.of("c.txt", 1).kind()).isEqualTo(Origin.Kind.UNKNOWN);
    }
  }

  @Test
  void workingTreeLinesAreUnknownUnlessAnUncommittedTraceNamesThem() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.txt", "one\n");
      String base = repo.commit("base");
      repo.write("a.txt", "one\nai\n");
      repo.commit("ai\n\nCo-authored-by: Codex <noreply@openai.com>\n");
      repo.write("a.txt", "zero\none\nai\nlocal\nagent\n");
      Files.createDirectories(dir.resolve(".agent-trace"));
      Files.writeString(dir.resolve(".agent-trace/traces.jsonl"),
          "{\"version\":\"0.1\",\"files\":[{\"path\":\"a.txt\",\"conversations\":[{\"contributor\":"
              + "{\"type\":\"ai\",\"model_id\":\"anthropic/claude-opus-4\"},\"ranges\":[{\"start_line\":5,\"end_line\":5}]}]}]}\n");
      ChangeRequest req = new ChangeRequest(repo.dir(), Optional.of(base), Optional.empty(), true, 1 << 21, false);
      LineProvenance p;
      try (Change change = ChangeCalculator.compute(req)) {
        p = new ProvenanceReader(repo.git().getRepository(), repo.dir(), ProvenanceSettings.defaults(), "")
            .forChange(change.changeSet(), change.head());
      }

      assertThat(p.of("a.txt", 3).label()).isEqualTo("ai:codex");
      assertThat(p.of("a.txt", 1).kind()).isEqualTo(Origin.Kind.UNKNOWN);
      assertThat(p.of("a.txt", 4).kind()).isEqualTo(Origin.Kind.UNKNOWN);
      assertThat(p.of("a.txt", 5).model()).isEqualTo("anthropic/claude-opus-4");
    }
  }
}
