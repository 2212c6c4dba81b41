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
    String yaml = criteria(BENCHMARKS + "build: echo built > built.txt\n")
        .replace("min-rounds: 5", "min-rounds: 7").replace("max-rounds: 5", "max-rounds: 20");
    try (TestRepo repo = PerfRepo.base(dir, yaml, "0.02")) {
      repo.write("README", "docs only");
      repo.commit("docs");
      GateReport g = perf(check(repo));
      assertThat(g.status()).as(g.summary() + g.notes() + findings(g)).isEqualTo(Status.PASS);
      assertThat(g.notes()).anyMatch(n -> n.startsWith("Built the base"));
      Path cache = dir.resolve(".git/assay/perf");
      assertThat(Files.list(cache).filter(Files::isDirectory)).hasSize(2);
      GateReport again = perf(check(repo));
      assertThat(again.notes()).anyMatch(n -> n.startsWith("Reused the built base"))
          .anyMatch(n -> n.startsWith("Reused the built head"));
    }
  }

  @Test
  void budgetsReferenceScalingAndFsyncsAreEachReported() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(straceWorks(), "strace cannot trace here");
    String extra = """
        benchmarks:
          kv:
            command: python3 bench.py
            reference-command: DELAY=0.002 python3 bench.py
        budgets:
          Lookup: ["p50 <= 1 ms", "<= 1.2x reference"]
        scaling:
          Lookup: { size: 1000, expect: O(1) }
        counters: [syscalls, instructions]
        """;
    String yaml = criteria(extra).replace("    counters: []\n", "");
    try (TestRepo repo = PerfRepo.base(dir, yaml, "0.01")) {
      repo.write("linear", "").write("fsync", "");
      repo.commit("scan and fsync");
      GateReport g = perf(check(repo));
      assertThat(g.status()).as(g.summary() + g.notes()).isEqualTo(Status.FAIL);
      assertThat(findings(g)).extracting(Finding::rule).contains(PerformanceGate.BUDGET,
          PerformanceGate.REFERENCE_RATIO, PerformanceGate.SCALING, PerformanceGate.SYSCALLS);
      Finding fsync = findings(g).stream().filter(f -> f.rule().equals(PerformanceGate.SYSCALLS))
          .findFirst().orElseThrow();
      assertThat(fsync.message()).startsWith("`kv` makes 1 fsync calls per operation at the head"
          + " against 0 at the base");
      assertThat(g.tables()).extracting(GateTable::title).anyMatch(t -> t.startsWith("Scaling"))
          .anyMatch(t -> t.startsWith("Counters"));
      GateTable scaling = g.tables().stream().filter(t -> t.title().startsWith("Scaling"))
          .findFirst().orElseThrow();
      assertThat(scaling.rows().get(0)).startsWith("Lookup").endsWith("FAIL");
      assertThat(g.tables().get(0).rows().get(0).get(3)).endsWith(" ms");
      assertThat(g.criteria()).extracting(c -> c.id()).contains(PerformanceGate.SYSCALLS);
    }
  }

  @Test
  void aTimedCommandIsMeasuredByAssay() throws Exception {
    String extra = """
        benchmarks:
          startup:
            time: sleep "$(cat delay.txt)"
        """;
    try (TestRepo repo = PerfRepo.base(dir, criteria(extra), "0.02")) {
      repo.write("delay.txt", "0.2");
      repo.commit("slow start");
      GateReport g = perf(check(repo));
      assertThat(g.status()).as(g.summary() + g.notes()).isEqualTo(Status.FAIL);
      assertThat(g.tables().get(0).rows().get(0)).startsWith("startup");
      assertThat(g.tables().get(0).rows().get(0).get(2)).endsWith(" ms");
    }
  }

  private static boolean straceWorks() throws Exception {
    Process p = new ProcessBuilder("strace", "-f", "-c", "-o", "/dev/null", "true")
        .redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor() == 0;
  }
}
