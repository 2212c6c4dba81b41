package dev.assay.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.CriteriaException;
import dev.assay.perf.PerfConfig.Kind;
import dev.assay.perf.stats.Complexity;
import dev.assay.policy.CriteriaLoader;
import dev.assay.policy.GateDefault;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The section read through the real criteria loader, from YAML. */
class PerfSettingsTest {
  private final PerformanceGate gate = new PerformanceGate();

  private PerfConfig configure(String yaml) {
    var criteria = CriteriaLoader.parse(".assay.yml", yaml.getBytes(StandardCharsets.UTF_8),
        List.of(new GateDefault("performance", false, "performance: off")));
    return gate.configure(criteria.gate("performance").orElseThrow().settings());
  }

  @Test
  void everyKeyIsRead() {
    PerfConfig c = configure("""
        gates:
          performance:
            build: ./mvnw -q -DskipTests package
            build-timeout: 5m
            cache-dir: build/perf-cache
            benchmarks:
              kv:
                jmh: java -jar target/benchmarks.jar Lookup
                size: 1000
              py:
                command: python3 bench.py
                reference-command: python3 bench.py --sqlite
              startup:
                time: ./bin/app --version
            reference: { commit: v1.0 }
            max-regression: 5%
            confidence: 99%
            time-budget: 90s
            min-rounds: 4
            max-rounds: 20
            run-timeout: 30s
            inconclusive: blocking
            budgets:
              PkLookup: p50 <= 0.15 ms
              Scan: [">= 2000 ops/s", "<= 1.2x reference"]
            scaling:
              PkLookup: { size: 1000, expect: O(log n), tolerance: 30% }
            counters: [syscalls]
            syscalls: [fsync]
        """);
    assertThat(c.build()).isEqualTo("./mvnw -q -DskipTests package");
    assertThat(c.buildTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(c.cacheDir()).isEqualTo("build/perf-cache");
    assertThat(c.benchmarks()).extracting(PerfConfig.BenchmarkSpec::kind)
        .containsExactly(Kind.JMH, Kind.COMMAND, Kind.TIME);
    assertThat(c.benchmarks().get(0).size()).isEqualTo(1000);
    assertThat(c.benchmarks().get(1).referenceCommand()).isEqualTo("python3 bench.py --sqlite");
    assertThat(c.reference()).isEqualTo(new PerfConfig.Reference("v1.0", null));
    assertThat(c.maxRegression()).isEqualTo(0.05);
    assertThat(c.confidence()).isEqualTo(0.99);
    assertThat(c.timeBudget()).isEqualTo(Duration.ofSeconds(90));
    assertThat(c.minRounds()).isEqualTo(4);
    assertThat(c.maxRounds()).isEqualTo(20);
    assertThat(c.runTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.inconclusiveBlocks()).isTrue();
    Budget p50 = c.budgets().get("PkLookup").get(0);
    assertThat(p50.percentile()).isEqualTo(50);
    assertThat(p50.limit()).isEqualTo(0.15e-3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(c.budgets().get("Scan")).extracting(Budget::isRatio).containsExactly(false, true);
    assertThat(c.scaling().get("PkLookup").expect()).isEqualTo(Complexity.LOGARITHMIC);
    assertThat(c.scaling().get("PkLookup").tolerance()).isEqualTo(0.3);
    assertThat(c.counters()).containsExactly("syscalls");
    assertThat(c.syscalls()).containsExactly("fsync");
  }

  @Test
  void defaults() {
    PerfConfig c = configure("gates:\n  performance:\n    benchmarks:\n      a: {time: 'true'}\n");
    assertThat(c.maxRegression()).isEqualTo(0.10);
    assertThat(c.confidence()).isEqualTo(0.95);
    assertThat(c.minRounds()).isEqualTo(7);
    assertThat(c.maxRounds()).isEqualTo(60);
    assertThat(c.timeBudget()).isEqualTo(Duration.ofMinutes(10));
    assertThat(c.inconclusiveBlocks()).isFalse();
    assertThat(c.counters()).containsExactly("instructions", "syscalls");
    assertThat(c.reference().present()).isFalse();
    assertThat(PerfRun.plan(7, 60)).isEqualTo(dev.assay.perf.stats.SequentialPlan.DEFAULT);
    assertThat(PerfRun.plan(5, 5).looks()).containsExactly(5);
    assertThat(PerfRun.plan(4, 25).looks()).containsExactly(4, 7, 12, 20, 25);
  }

  @Test
  void aBudgetWithAnUnknownUnitIsACriteriaErrorAtItsKey() {
    assertThatThrownBy(() -> configure("""
        gates:
          performance:
            benchmarks: { kv: { command: x } }
            budgets:
              PkLookup: p50 <= 0.15 fortnights
        """))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining(".assay.yml:5:")
        .hasMessageContaining("gates.performance.budgets.PkLookup")
        .hasMessageContaining("unknown unit `fortnights`")
        .hasMessageContaining("ns, us, ms, s, ops/s");
  }

  @Test
  void mistakesNameTheirKey() {
    assertError("benchmarks: { kv: { comand: x } }", "gates.performance.benchmarks.kv.comand",
        "did you mean `command`");
    assertError("benchmarks: { kv: { command: x, time: y } }", "gates.performance.benchmarks.kv",
        "more than one of");
    assertError("benchmarks: { kv: {} }", "gates.performance.benchmarks.kv", "neither");
    assertError("benchmarks: [a, b]", "gates.performance.benchmarks", "expected a mapping");
    assertError("benchmarks: { kv: { command: x } }\nbudgets: { A: fast }",
        "gates.performance.budgets.A", "`fast` is not a budget");
    assertError("benchmarks: { kv: { command: x } }\nbudgets: { A: '<= 2x reference' }",
        "gates.performance.budgets.A", "no reference");
    assertError("benchmarks: { kv: { command: x } }\nscaling: { A: { size: 100, expect: O(n^2) } }",
        "gates.performance.scaling.A.expect", "not a known growth");
    assertError("benchmarks: { kv: { command: x } }\nscaling: { A: { expect: O(1) } }",
        "gates.performance.scaling.A.size", "is missing");
    assertError("benchmarks: { kv: { command: x } }\nmax-regression: 0%",
        "gates.performance.max-regression", "above 0%");
    assertError("benchmarks: { kv: { command: x } }\ntime-budget: soon",
        "gates.performance.time-budget", "`soon` is not a positive duration");
    assertError("benchmarks: { kv: { command: x } }\nmin-rounds: 9\nmax-rounds: 8",
        "gates.performance.max-rounds", "between min-rounds");
    assertError("benchmarks: { kv: { command: x } }\ncounters: [cycles]",
        "gates.performance.counters", "`cycles` is not a counter");
    assertError("benchmarks: { kv: { command: x } }\nreference: { commit: a, directory: b }",
        "gates.performance.reference", "exactly one");
    assertError("benchmarks: { kv: { command: x } }\ninconclusive: ignore",
        "gates.performance.inconclusive", "ignore");
  }

  @Test
  void aReferenceDirectoryIsKept() {
    PerfConfig c = configure("gates:\n  performance:\n    benchmarks: { a: { time: 'true' } }\n"
        + "    reference: { directory: ../ref }\n");
    assertThat(c.reference().directory()).isEqualTo(Path.of("../ref"));
  }

  private void assertError(String section, String key, String text) {
    assertThatThrownBy(() -> configure("gates:\n  performance:\n" + section.indent(4)))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining(key)
        .hasMessageContaining(text);
  }
}
