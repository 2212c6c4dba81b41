package dev.assay.perf;

import static dev.assay.perf.PerfRepo.check;
import static dev.assay.perf.PerfRepo.findings;
import static dev.assay.perf.PerfRepo.perf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Finding;
import dev.assay.api.Status;
import dev.assay.engine.GateReport;
import dev.assay.testkit.TestRepo;
import java.io.File;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real JMH benchmark, compiled by the build command with JMH's annotation processor and run by
 * JMH in every round (one fork per process), on a repository whose head turns a hash lookup into a
 * list scan.
 */
class JmhRunTest {
  @TempDir Path dir;

  static final String BENCH = """
      package bench;

      import java.util.*;
      import java.util.concurrent.TimeUnit;
      import org.openjdk.jmh.annotations.*;

      @State(Scope.Benchmark)
      @BenchmarkMode(Mode.AverageTime)
      @OutputTimeUnit(TimeUnit.NANOSECONDS)
      public class LookupBench {
        @Param({"2000"})
        public int size;
        private final Map<Integer, String> map = new HashMap<>();
        private final List<Integer> keys = new ArrayList<>();
        private int next;

        @Setup
        public void fill() {
          for (int i = 0; i < size; i++) {
            map.put(i, "v" + i);
            keys.add(i);
          }
        }

        @Benchmark
        public Object pkLookup() {
          next = (next + 7) % size;
          return LOOKUP;
        }
      }
      """;

  private static String jar(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  @Test
  void aListScanInsteadOfAHashLookupFailsUnderRealJmh() throws Exception {
    String cp = Stream.of(jar(org.openjdk.jmh.Main.class), jar(joptsimple.OptionParser.class),
        jar(org.apache.commons.math3.stat.descriptive.DescriptiveStatistics.class))
        .collect(Collectors.joining(File.pathSeparator));
    String ap = cp + File.pathSeparator
        + jar(org.openjdk.jmh.generators.BenchmarkProcessor.class);
    String criteria = """
        version: 1
        gates:
          tests: off
          coverage: off
          performance:
            build: javac -cp '%s' -processorpath '%s' -d classes src/bench/LookupBench.java
            benchmarks:
              lookup:
                jmh: java -Djmh.ignoreLock=true -cp 'classes:%s' org.openjdk.jmh.Main LookupBench -wi 1 -i 4 -w 100ms -r 100ms
            min-rounds: 5
            max-rounds: 5
            counters: []
        """.formatted(cp, ap, cp);
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write(".assay.yml", criteria)
          .write("src/bench/LookupBench.java", BENCH.replace("LOOKUP", "map.get(next)"));
      repo.commit("base");
      repo.branch("change").checkout("change");
      repo.write("src/bench/LookupBench.java", BENCH.replace("LOOKUP", "keys.indexOf(next)"));
      repo.commit("refactor the lookup");
      GateReport g = perf(check(repo));
      assertThat(g.status()).as(g.summary() + g.notes() + findings(g)).isEqualTo(Status.FAIL);
      assertThat(findings(g)).extracting(Finding::rule).containsExactly(PerformanceGate.REGRESSION);
      assertThat(findings(g).get(0).message()).startsWith("`LookupBench.pkLookup` is ");
      assertThat(g.tables().get(0).rows().get(0)).startsWith("LookupBench.pkLookup")
          .endsWith("FAIL");
    }
  }
}
