package dev.assay.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Status;
import dev.assay.engine.GateReport;
import dev.assay.engine.RunResult;
import dev.assay.testkit.TestRepo;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gates run side by side, but the tests gate's command writes the reports the coverage gate reads:
 * it must finish first. The command here takes a second before it writes real c8 and jest-junit
 * output, so a coverage gate started alongside it would find no report.
 */
class EvidenceOrderTest {
  @TempDir Path dir;
  @TempDir Path fixtures;

  private void copy(String resource, Path to) throws Exception {
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      Files.copy(in, to);
    }
  }

  @Test
  void theCoverageGateReadsWhatTheTestCommandWrote() throws Exception {
    copy("/dev/assay/gate/coverage/js/c8-out/lcov.info", fixtures.resolve("lcov.info"));
    copy("/dev/assay/gate/tests/jest-junit.xml", fixtures.resolve("junit.xml"));
    String pricing;
    try (InputStream in = getClass().getResourceAsStream("/dev/assay/gate/coverage/js/src/pricing.js")) {
      pricing = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String command = "sleep 1 && mkdir -p coverage && cp '" + fixtures.resolve("lcov.info")
        + "' coverage/lcov.info && cp '" + fixtures.resolve("junit.xml") + "' junit.xml";
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write(".assay.yml", "gates:\n  tests:\n    command: \"" + command.replace("\"", "\\\"")
          + "\"\n  coverage: { changed-lines: 50% }\n");
      repo.write(".gitignore", "coverage/\njunit.xml\n");
      repo.write("README.md", "x\n").commit("base");
      repo.branch("change").checkout("change");
      repo.write("src/pricing.js", pricing).commit("pricing");

      RunResult r = Check.run(new CheckRequest(dir, Optional.of("main"), Optional.empty(), false,
          Optional.empty(), Optional.empty(), CheckRequest.DEFAULT_MAX_FILE_BYTES)).result();

      GateReport tests = gate(r, "tests");
      GateReport coverage = gate(r, "coverage");
      assertThat(tests.criteria()).anySatisfy(c -> {
        assertThat(c.id()).isEqualTo("tests/command");
        assertThat(c.status()).isEqualTo(Status.PASS);
      });
      assertThat(coverage.status()).as(coverage.summary() + " " + coverage.notes())
          .isIn(Status.PASS, Status.FAIL);
      assertThat(coverage.summary()).contains("changed executable lines covered");
    }
  }

  private static GateReport gate(RunResult r, String id) {
    return r.gates().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
  }
}
