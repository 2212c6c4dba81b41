package dev.assay.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** JMH's JSON result files, produced by real JMH 1.37 runs (see resources/.../jmh/README.md). */
class JmhJsonTest {
  private static String fixture(String name) throws IOException {
    try (InputStream in = JmhJsonTest.class.getResourceAsStream("jmh/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void oneForkIsOneObservationTheMedianOfItsIterations() throws Exception {
    List<Measurement> ms = JmhJson.parse(fixture("lookup-1fork.json"));
    assertThat(ms).hasSize(1);
    Measurement m = ms.get(0);
    // `size` is Assay's parameter and stays out of the name; `index` is kept
    assertThat(m.name()).isEqualTo("LookupBench.pkLookup[index=hash]");
    assertThat(m.throughput()).isFalse();
    // rawData [[54.79, 45.52, 19.66, 11.97, 11.82]] ns/op: median 19.66 ns
    assertThat(m.value()).isCloseTo(19.65715903443253e-9, Offset.offset(1e-15));
    assertThat(m.iterations()).hasSize(5);
  }

  @Test
  void moreThanOneForkInOneProcessIsRefused() {
    assertThatThrownBy(() -> JmhJson.parse(fixture("lookup-2forks-thrpt.json")))
        .hasMessageContaining("ran 2 forks in one process")
        .hasMessageContaining("remove any `-f`");
  }

  @Test
  void throughputUnitsAreRead() throws Exception {
    String one = fixture("lookup-2forks-thrpt.json").replaceFirst(
        "(?s)\\],\\s*\\[\\s*39287[^\\]]*\\]", "]");
    Measurement m = JmhJson.parse(one).get(0);
    assertThat(m.throughput()).isTrue();
    // median of 5648.6, 15393.2, 33621.6 ops/ms, in ops/s
    assertThat(m.value()).isCloseTo(15393.17869359509e3, Offset.offset(1e-6));
  }

  @Test
  void emptyOrBrokenFiles() {
    assertThatThrownBy(() -> JmhJson.parse("")).hasMessageContaining("no results");
    assertThatThrownBy(() -> JmhJson.parse("[]")).hasMessageContaining("no benchmark results");
    assertThatThrownBy(() -> JmhJson.parse("[{")).hasMessageContaining("not JSON");
  }
}
