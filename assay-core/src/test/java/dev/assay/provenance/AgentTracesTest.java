package dev.assay.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agent Trace files read leniently, and hostile ones neither crash nor escape the repository. */
class AgentTracesTest {
  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
  @TempDir Path dir;

  @Test
  void aSymlinkedTraceFileIsNotFollowed() throws Exception {
    Path outside = dir.resolve("outside.jsonl");
    Files.writeString(outside, "{\"files\":[{\"path\":\"a\",\"ranges\":[{\"start_line\":1}],\"contributor\":{\"type\":\"ai\"}}]}\n");
    Path link = dir.resolve("repo/.agent-trace/traces.jsonl");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, outside);

    AgentTraces t = AgentTraces.read(link);

    assertThat(t.records()).isZero();
    assertThat(t.lookup("", "a", 1)).isEmpty();
  }

  @Test
  void binaryAndBrokenLinesAreCountedAndTheRestRead() throws Exception {
    Path file = dir.resolve("traces.jsonl");
    byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '\n'};
    String good = "{\"version\":\"1.0\",\"vcs\":{\"type\":\"git\",\"revision\":\"" + COMMIT.substring(0, 8) + "\"},"
        + "\"tool\":{\"name\":\"claude-code\"},\"files\":[{\"path\":\"a.py\",\"conversations\":[{\"contributor\":"
        + "{\"type\":\"ai\",\"model_id\":\"anthropic/claude-opus-4-5\"},\"ranges\":[{\"start_line\":3,\"end_line\":4,"
        + "\"contributor\":{\"type\":\"human\"}},{\"start_line\":5,\"end_line\":6}]}]}]}\n";
    String badRange = "{\"files\":[{\"path\":\"a.py\",\"ranges\":[{\"start_line\":0,\"end_line\":2}],\"contributor\":{\"type\":\"ai\"}}]}\n";
    String noPath = "{\"files\":[{\"ranges\":[]}]}\n";
    Files.write(file, garbage);
    Files.writeString(file, good + badRange + noPath + "[1,2]\n\n", java.nio.file.StandardOpenOption.APPEND);

    AgentTraces t = AgentTraces.read(file);

    assertThat(t.records()).isEqualTo(1);
    assertThat(t.malformed()).isEqualTo(4);
    assertThat(t.warnings()).anySatisfy(w -> assertThat(w).contains("bad range 0-2"));
    assertThat(t.lookup(COMMIT, "a.py", 3).orElseThrow().kind()).isEqualTo(dev.assay.api.Origin.Kind.HUMAN);
    assertThat(t.lookup(COMMIT, "a.py", 5).orElseThrow().label()).isEqualTo("ai:claude-code");
    assertThat(t.lookup(COMMIT, "a.py", 7)).isEmpty();
    assertThat(t.lookup("f".repeat(40), "a.py", 5)).as("another commit").isEmpty();
  }
}
