package dev.assay.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark JSON and the counters' outputs. */
class ParsersTest {
  @TempDir Path dir;

  @Test
  void benchmarkJson() throws Exception {
    List<Measurement> ms = BenchmarkJson.parse("""
        {"benchmarks": [
          {"name": "PkLookup", "unit": "ms", "value": 0.12},
          {"name": "Insert", "unit": "us", "samples": [41.0, 40.0, 43.0], "operations": 1000},
          {"name": "Scan", "unit": "ops/s", "direction": "higher", "value": 81234.5}
        ]}
        """);
    assertThat(ms).extracting(Measurement::name).containsExactly("PkLookup", "Insert", "Scan");
    assertThat(ms.get(0).value()).isCloseTo(1.2e-4, Offset.offset(1e-15));
    assertThat(ms.get(1).value()).isCloseTo(41e-6, Offset.offset(1e-15));
    assertThat(ms.get(1).operations()).isEqualTo(1000);
    assertThat(ms.get(1).iterations()).hasSize(3);
    assertThat(ms.get(2).throughput()).isTrue();
  }

  @Test
  void benchmarkJsonMistakes() {
    assertThatThrownBy(() -> BenchmarkJson.parse("")).hasMessageContaining("printed nothing");
    assertThatThrownBy(() -> BenchmarkJson.parse("hello")).hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> BenchmarkJson.parse("[]")).hasMessageContaining("`benchmarks` list");
    assertThatThrownBy(() -> BenchmarkJson.parse("{\"benchmarks\":[]}"))
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> BenchmarkJson.parse(
        "{\"benchmarks\":[{\"name\":\"a b\",\"unit\":\"ms\",\"value\":1}]}"))
        .hasMessageContaining("valid `name`");
    assertThatThrownBy(() -> BenchmarkJson.parse(
        "{\"benchmarks\":[{\"name\":\"a\",\"unit\":\"ms\",\"value\":\"fast\"}]}"))
        .hasMessageContaining("not a number");
    assertThatThrownBy(() -> BenchmarkJson.parse(
        "{\"benchmarks\":[{\"name\":\"a\",\"unit\":\"ms\"}]}"))
        .hasMessageContaining("neither `value` nor `samples`");
    assertThatThrownBy(() -> BenchmarkJson.parse(
        "{\"benchmarks\":[{\"name\":\"a\",\"unit\":\"ms\",\"value\":1,\"direction\":\"higher\"}]}"))
        .hasMessageContaining("is a time");
    assertThatThrownBy(() -> BenchmarkJson.parse(
        "{\"benchmarks\":[{\"name\":\"a\",\"unit\":\"ms\",\"value\":1},"
            + "{\"name\":\"a\",\"unit\":\"ms\",\"value\":2}]}"))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> BenchmarkJson.parse(
        "{\"benchmarks\":[{\"name\":\"a\",\"unit\":\"ms\",\"value\":1,\"operations\":-3}]}"))
        .hasMessageContaining("`operations` must be a positive whole number");
  }

  @Test
  void straceSummary() throws IOException {
    // produced by: strace -f -c --seccomp-bpf -e trace=fsync,fdatasync -o FILE python3 -c ...
    Path f = dir.resolve("strace.txt");
    Files.writeString(f, """
        % time     seconds  usecs/call     calls    errors syscall
        ------ ----------- ----------- --------- --------- ----------------
         86.49    0.000032          32         1           fsync
         13.51    0.000005           5         1           fdatasync
        ------ ----------- ----------- --------- --------- ----------------
        100.00    0.000037          18         2           total
        """);
    assertThat(Counters.syscallCounts(f, List.of("fsync", "fdatasync", "sync_file_range")))
        .isEqualTo(Map.of("fsync", 1L, "fdatasync", 1L, "sync_file_range", 0L));
  }

  @Test
  void perfStatOutput() throws IOException {
    Path f = dir.resolve("perf.txt");
    Files.writeString(f, "# started on Wed Dec  2 12:34:43 2026\n\n"
        + "<not supported>,,instructions,0,100.00,,\n");
    assertThat(Counters.instructions(f)).isEmpty();
    Files.writeString(f, "1234567,,instructions:u,345,100.00,,\n");
    assertThat(Counters.instructions(f)).contains(1234567.0);
  }

  @Test
  void unitsAndFormatting() {
    assertThat(Unit.parse("µs")).contains(Unit.US);
    assertThat(Unit.parse("ms/op")).contains(Unit.MS);
    assertThat(Unit.parse("ops/ms")).contains(Unit.OPS_PER_MS);
    assertThat(Unit.parse("furlong")).isEmpty();
    assertThat(Unit.format(1.52e-6, false)).isEqualTo("1.52 us");
    assertThat(Unit.format(0.00231, false)).isEqualTo("2.31 ms");
    assertThat(Unit.format(81234.5, true)).isEqualTo("81200 ops/s");
    assertThat(Numbers.percent(0.1)).isEqualTo("10%");
  }
}
