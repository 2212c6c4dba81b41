package dev.assay.perf;

import static dev.assay.perf.PerfRepo.check;
import static dev.assay.perf.PerfRepo.criteria;
import static dev.assay.perf.PerfRepo.perf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Status;
import dev.assay.engine.GateReport;
import dev.assay.testkit.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Benchmarks and builds that go wrong: the gate errors, names the side and why, never passes. */
class PerformanceGateBadInputTest {
  @TempDir Path dir;

  private static final String CMD = """
      benchmarks:
        kv:
          command: python3 bench.py
      """;

  private GateReport headWith(String benchPy, String extra) throws Exception {
    try (TestRepo repo = PerfRepo.base(dir, criteria(CMD + extra), "0.005")) {
      repo.write("bench.py", benchPy);
      repo.commit("head");
      return perf(check(repo));
    }
  }

  @Test
  void aBenchmarkFailingOnTheHeadErrorsNamingTheHeadAndItsOutput() throws Exception {
    GateReport g = headWith("import sys\nsys.stderr.write('cannot open kv.db\\n')\nsys.exit(3)\n",
        "");
    assertThat(g.status()).isEqualTo(Status.ERROR);
    assertThat(g.summary()).contains("benchmark `kv` on the head (")
        .contains("failed (exit code 3)").contains("cannot open kv.db");
  }

  @Test
  void aBenchmarkFailingOnTheBaseErrorsNamingTheBase() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write(".assay.yml", criteria(CMD)).write("bench.py", "raise SystemExit('no table')\n");
      repo.commit("base");
      repo.branch("change").checkout("change");
      repo.write("bench.py", PerfRepo.BENCH).write("delay.txt", "0.005");
      repo.commit("head");
      GateReport g = perf(check(repo));
      assertThat(g.status()).isEqualTo(Status.ERROR);
      assertThat(g.summary()).contains("on the base (").contains("no table");
    }
  }

  @Test
  void nothingPrintedIsAnError() throws Exception {
    GateReport g = headWith("pass\n", "");
    assertThat(g.status()).isEqualTo(Status.ERROR);
    assertThat(g.summary()).contains("on the head").contains("printed nothing");
  }

  @Test
  void malformedJsonIsAnError() throws Exception {
    GateReport g = headWith("print('{\"benchmarks\": [ {\"name\": \"Lookup\", ')\n", "");
    assertThat(g.status()).isEqualTo(Status.ERROR);
    assertThat(g.summary()).contains("printed malformed JSON");
  }

  @Test
  void zeroAndNegativeValuesAreErrors() throws Exception {
    GateReport zero = headWith("print('{\"benchmarks\":[{\"name\":\"Lookup\",\"unit\":\"ms\","
        + "\"value\":0}]}')\n", "");
    assertThat(zero.status()).isEqualTo(Status.ERROR);
    assertThat(zero.summary()).contains("has the value 0").contains("positive and finite");
  }

  @Test
  void negativeSamplesAreErrors() throws Exception {
    GateReport neg = headWith("print('{\"benchmarks\":[{\"name\":\"Lookup\",\"unit\":\"ms\","
        + "\"samples\":[1.0,-2.5]}]}')\n", "");
    assertThat(neg.status()).isEqualTo(Status.ERROR);
    assertThat(neg.summary()).contains("has the value -2.5");
  }

  @Test
  void anUnknownUnitInTheOutputIsAnError() throws Exception {
    GateReport g = headWith("print('{\"benchmarks\":[{\"name\":\"Lookup\",\"unit\":\"furlongs\","
        + "\"value\":1}]}')\n", "");
    assertThat(g.status()).isEqualTo(Status.ERROR);
    assertThat(g.summary()).contains("the unknown unit `furlongs`");
  }

  @Test
  void aHangingBenchmarkIsKilledWithItsChildren() throws Exception {
    Path pidFile = dir.resolveSibling(dir.getFileName() + "-child.pid");
    GateReport g = headWith("import subprocess, time\n"
        + "p = subprocess.Popen(['sleep', '300'])\n"
        + "open('" + pidFile + "', 'w').write(str(p.pid))\n"
        + "time.sleep(300)\n", "run-timeout: 2s\n");
    assertThat(g.status()).isEqualTo(Status.ERROR);
    assertThat(g.summary()).contains("on the head").contains("ran longer than the run timeout of 2 s")
        .contains("was killed");
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    Files.delete(pidFile);
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }

  @Test
  void aBuildFailingOnTheBaseNamesTheBase() throws Exception {
    try (TestRepo repo = PerfRepo.base(dir, criteria(CMD + "build: sh build.sh\n"), "0.005")) {
      repo.write("build.sh", "echo compiling\n[ -f broken ] && { echo 'Main.java:3: error: ; expected'; exit 2; }\nexit 0\n");
      repo.write("broken", "");
      repo.commit("head breaks the build");
      GateReport g = perf(check(repo));
      assertThat(g.status()).isEqualTo(Status.ERROR);
      assertThat(g.summary()).contains("building the base (")
          .contains("`sh build.sh` failed (exit code 2)").contains("cannot open build.sh");
    }
  }

  @Test
  void aFailingHeadBuildNamesTheHead() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write(".assay.yml", criteria(CMD + "build: sh build.sh\n")).write("bench.py", PerfRepo.BENCH)
          .write("delay.txt", "0.005").write("build.sh", "echo ok\n");
      repo.commit("base");
      repo.branch("change").checkout("change");
      repo.write("build.sh", "echo compiling\necho 'Main.java:3: error: ; expected'\nexit 2\n");
      repo.commit("head breaks the build");
      GateReport g = perf(check(repo));
      assertThat(g.status()).isEqualTo(Status.ERROR);
      assertThat(g.summary()).contains("building the head (").contains("failed (exit code 2)")
          .contains("Main.java:3: error: ; expected");
      // the failed head tree is not marked built, so the next check builds it again
      GateReport again = perf(check(repo));
      assertThat(again.summary()).contains("building the head (");
    }
  }

  @Test
  void aNameOnOneSideOnlyIsANoteNotACrash() throws Exception {
    GateReport g = headWith(PerfRepo.BENCH.replace("\"name\": \"Lookup\"", "\"name\": \"Get\""),
        "");
    assertThat(g.status()).isNotEqualTo(Status.ERROR);
    assertThat(g.notes()).contains("`Lookup` was measured at the base only (removed or renamed at"
        + " the head): not compared.", "`Get` was measured at the head only (a new benchmark): not"
        + " compared.");
  }
}
