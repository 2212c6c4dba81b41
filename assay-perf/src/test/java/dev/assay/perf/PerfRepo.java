package dev.assay.perf;

import dev.assay.check.Check;
import dev.assay.check.CheckRequest;
import dev.assay.engine.GateReport;
import dev.assay.engine.ReportedFinding;
import dev.assay.engine.RunResult;
import dev.assay.api.Finding;
import dev.assay.testkit.TestRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A real git repository with a tiny real benchmark (a Python script printing the benchmark JSON,
 * its speed set by a file in the tree), checked by {@link Check#run} as the CLI does.
 */
final class PerfRepo {
  /**
   * Sleeps {@code delay.txt} (or {@code $DELAY}) seconds, times {@code ASSAY_BENCH_SIZE}/1000 when
   * the file {@code linear} exists; fsyncs ten writes when the file {@code fsync} exists.
   */
  static final String BENCH = """
      import json, os, sys, time
      delay = float(os.environ.get('DELAY') or open('delay.txt').read())
      size = int(os.environ.get('ASSAY_BENCH_SIZE') or '0')
      if os.path.exists('linear') and size:
          delay = delay * size / 1000
      samples = []
      for _ in range(3):
          t = time.perf_counter()
          time.sleep(delay)
          samples.append((time.perf_counter() - t) * 1000)
      with open('kv.log', 'w') as f:
          for _ in range(10):
              f.write('put\\n')
              f.flush()
              if os.path.exists('fsync'):
                  os.fsync(f.fileno())
      out = {"name": "Lookup", "unit": "ms", "samples": samples, "operations": 10}
      print(json.dumps({"benchmarks": [out]}))
      """;

  private PerfRepo() {}

  /** A repository on branch {@code change} whose base commit holds the benchmark and criteria. */
  static TestRepo base(Path dir, String criteria, String delay) {
    TestRepo repo = TestRepo.init(dir);
    repo.write(".assay.yml", criteria).write("bench.py", BENCH).write("delay.txt", delay);
    repo.commit("base");
    repo.branch("change").checkout("change");
    return repo;
  }

  static String criteria(String extra) {
    return """
        version: 1
        gates:
          tests: off
          coverage: off
          performance:
            min-rounds: 5
            max-rounds: 5
            counters: []
        """ + extra.indent(4);
  }

  static RunResult check(TestRepo repo) throws Exception {
    CheckRequest request = new CheckRequest(repo.dir(), Optional.of("main"), Optional.empty(),
        false, Optional.empty(), Optional.empty(), CheckRequest.DEFAULT_MAX_FILE_BYTES, false);
    return Check.run(request).result();
  }

  static GateReport perf(RunResult r) {
    return r.gates().stream().filter(g -> g.id().equals("performance")).findFirst().orElseThrow();
  }

  static List<Finding> findings(GateReport g) {
    return g.findings().stream().map(ReportedFinding::finding).toList();
  }
}
