package dev.assay.perf;

import static dev.assay.perf.PerfRepo.check;
import static dev.assay.perf.PerfRepo.criteria;
import static dev.assay.perf.PerfRepo.findings;
import static dev.assay.perf.PerfRepo.perf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Finding;
import dev.assay.api.GateTable;
import dev.assay.api.Status;
import dev.assay.engine.GateReport;
import dev.assay.testkit.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate on real git histories with a real benchmark process, through {@code Check.run}. */
class PerformanceGateRepoTest {
  @TempDir Path dir;

  private static final String BENCHMARKS = """
      benchmarks:
        kv:
          command: python3 bench.py
      """;

  @Test
  void aThreeTimesSlowerHeadFailsWithTheTable() throws Exception {
    try (TestRepo repo = PerfRepo.base(dir, criteria(BENCHMARKS), "0.01")) {
      repo.write("delay.txt", "0.03");
      repo.commit("slower lookup");
      GateReport g = perf(check(repo));
      assertThat(g.status()).as(g.summary() + g.notes()).isEqualTo(Status.FAIL);
      assertThat(findings(g)).extracting(Finding::rule)
          .containsExactly(PerformanceGate.REGRESSION);
      assertThat(findings(g).get(0).message()).startsWith("`Lookup` is ")
          .contains("slower at the head than at the base");
      GateTable t = g.tables().get(0);
      assertThat(t.columns()).containsExactly("benchmark", "base", "head", "reference",
          "head/base (interval)", "verdict");
      assertThat(t.rows()).hasSize(1);
      assertThat(t.rows().get(0).get(0)).isEqualTo("Lookup");
      assertThat(t.rows().get(0).get(5)).isEqualTo("FAIL");
      assertThat(t.rows().get(0).get(1)).endsWith(" ms");
      assertThat(t.chart().intervals()).hasSize(1);
      assertThat(t.chart().intervals().get(0).estimate()).isBetween(2.0, 4.0);
      assertThat(g.metrics()).containsEntry("rounds", "5");
    }
  }

  @Test
  void anUnchangedBenchmarkPassesAndTheBuiltTreesAreReused() throws Exception {
    try (TestRepo repo = PerfRepo.base(dir, criteria(BENCHMARKS + "build: echo built > built.txt\n"),
        "0.01")) {
      repo.write("README", "docs only");
      repo.commit("docs");
      GateReport g = perf(check(repo));
      assertThat(g.status()).as(g.summary() + g.notes()).isEqualTo(Status.PASS);
      assertThat(g.notes()).anyMatch(n -> n.startsWith("Built the base"));
      Path cache = dir.resolve(".git/assay/perf");
      assertThat(Files.list(cache).filter(Files::isDirectory)).hasSize(2);
      GateReport again = perf(check(repo));
      assertThat(again.notes()).anyMatch(n -> n.startsWith("Reused the built base"))
          .anyMatch(n -> n.startsWith("Reused the built head"));
    }
  }
}
