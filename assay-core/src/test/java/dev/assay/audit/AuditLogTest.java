package dev.assay.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash chain: intact logs verify, every kind of tampering is named. */
class AuditLogTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private Path file;
  private AuditLog log;

  @BeforeEach
  void fill() throws Exception {
    file = dir.resolve("sub/audit.jsonl");
    log = new AuditLog(file);
    for (int i = 1; i <= 4; i++) {
      ObjectNode r = JSON.createObjectNode().put("type", "check").put("verdict", i % 2 == 0 ? "PASS" : "BLOCKED");
      r.putObject("nested").put("z", 1).put("a", i);
      log.append(r);
    }
  }

  private List<String> lines() throws Exception {
    return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  private void write(List<String> lines) throws Exception {
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  @Test
  void intactLogVerifies() throws Exception {
    AuditVerification v = log.verify();
    assertThat(v.intact()).as("%s", v.problems()).isTrue();
    assertThat(v.records()).isEqualTo(4);
    assertThat(lines().get(1)).contains("\"seq\":2").contains("\"prev\":\"" + JSON.readTree(lines().get(0)).path("hash").asText());
  }

  @Test
  void anEditedRecordIsFound() throws Exception {
    List<String> l = lines();
    l.set(1, l.get(1).replace("\"verdict\":\"PASS\"", "\"verdict\":\"BLOCKED\""));
    write(l);
    assertThat(log.verify().problems()).singleElement().asString().contains("line 2: the record was edited");
  }

  @Test
  void aDeletedRecordIsFound() throws Exception {
    List<String> l = lines();
    l.remove(1);
    write(l);
    assertThat(log.verify().problems()).anySatisfy(p -> assertThat(p).contains("line 2: sequence 3 follows 1"));
  }

  @Test
  void reorderedRecordsAreFound() throws Exception {
    List<String> l = lines();
    Collections.swap(l, 1, 2);
    write(l);
    assertThat(log.verify().intact()).isFalse();
    assertThat(log.verify().problems()).anySatisfy(p -> assertThat(p).contains("the chain is broken"));
  }

  @Test
  void recordsCutOffTheEndAreFoundThroughTheAnchor() throws Exception {
    List<String> l = lines();
    write(l.subList(0, 2));
    assertThat(log.verify().problems()).singleElement().asString().contains("ends at record 2 but its anchor names record 4");
  }

  @Test
  void aRecomputedHashWithoutTheChainStillFails() throws Exception {
    // An editor who recomputes the edited record's own hash breaks the next record's `prev`.
    List<String> l = lines();
    ObjectNode edited = (ObjectNode) JSON.readTree(l.get(1));
    edited.put("verdict", "BLOCKED");
    edited.remove("hash");
    edited.put("hash", AuditLog.hash(edited));
    l.set(1, AuditLog.canonical(edited));
    write(l);
    assertThat(log.verify().problems()).singleElement().asString().contains("line 3: `prev` does not match");
  }

  @Test
  void garbageLinesAndAMissingLogAreReportedNotThrown() throws Exception {
    List<String> l = lines();
    l.add(2, "not json");
    write(l);
    assertThat(log.verify().problems()).anySatisfy(p -> assertThat(p).contains("line 3: not a JSON record"));
    Files.delete(file);
    assertThat(log.verify().problems()).singleElement().asString().contains("log is missing");
  }

  @Test
  void appendingAfterABrokenLastLineRefuses() throws Exception {
    Files.writeString(file, "half a rec", java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> log.append(JSON.createObjectNode())).hasMessageContaining("assay audit verify");
  }

  @Test
  void concurrentAppendsKeepOneChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> f = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      f.add(pool.submit(() -> new AuditLog(file).append(JSON.createObjectNode().put("type", "llm-call"))));
    }
    for (Future<?> x : f) {
      x.get();
    }
    pool.shutdown();
    AuditVerification v = log.verify();
    assertThat(v.problems()).isEmpty();
    assertThat(v.records()).isEqualTo(44);
  }
}
