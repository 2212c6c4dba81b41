package dev.assay.gate.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.assay.api.Finding;
import dev.assay.engine.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CriteriaLoosenedTest {
  private static final String RULE = "integrity/criteria-loosened";
  private static final String BASE = """
      version: 1
      gates:
        tests:
          require-reports: true
        coverage:
          changed-lines: 90%
          per-file: 0.5
          exclude: ["src/gen/**"]
        integrity: on
      """;

  @TempDir Path dir;
  private int repos;

  private List<Finding> loosened(String base, String head) throws Exception {
    try (IntegrityRepo repo = IntegrityRepo.init(dir.resolve("r" + repos++))) {
      repo.write(".assay.yml", base).write("src/A.java", "class A {}\n").base();
      repo.write(".assay.yml", head).write("src/A.java", "class A { int x; }\n");
      return IntegrityRepo.open(repo.head()).stream()
          .filter(f -> f.rule().equals(RULE)).toList();
    }
  }

  @Test
  void lowerThresholdsAreReportedAtTheirHeadLines() throws Exception {
    String head = BASE.replace("changed-lines: 90%", "changed-lines: 0.6")
        .replace("per-file: 0.5", "per-file: 40%");
    assertThat(loosened(BASE, head))
        .extracting(Finding::path, Finding::line, Finding::message)
        .satisfiesExactly(
            f -> assertThat(f.toList()).containsExactly(".assay.yml", 6,
                "`gates.coverage.changed-lines` is lowered from 90% to 0.6; loosening the criteria"
                    + " needs a human's approval"),
            f -> assertThat(f.toList()).element(1).isEqualTo(7));
  }

  @Test
  void loweringOrDroppingTheAiThresholdIsReported() throws Exception {
    String base = BASE.replace("    per-file: 0.5\n", "    per-file: 0.5\n    ai:\n      changed-lines: 95%\n");
    assertThat(loosened(base, base.replace("changed-lines: 95%", "changed-lines: 85%")))
        .extracting(Finding::message)
        .singleElement().asString()
        .contains("`gates.coverage.ai.changed-lines` is lowered from 95% to 85%")
        .contains("for AI-authored lines");
    assertThat(loosened(base, BASE)).extracting(Finding::message)
        .singleElement().asString().contains("from 95% to 90%");
    assertThat(loosened(base, base.replace("changed-lines: 95%", "changed-lines: 99%"))).isEmpty();
  }

  @Test
  void raisedThresholdAndUnchangedFileAreNotReported() throws Exception {
    assertThat(loosened(BASE, BASE.replace("changed-lines: 90%", "changed-lines: 95%"))).isEmpty();
    assertThat(loosened(BASE, BASE)).isEmpty();
  }

  @Test
  void gateSwitchedOffAndMadeAdvisory() throws Exception {
    String head = BASE.replace("  tests:\n    require-reports: true\n", "  tests: off\n")
        .replace("    changed-lines: 90%\n", "    blocking: false\n    changed-lines: 90%\n");
    assertThat(loosened(BASE, head))
        .extracting(Finding::line, f -> f.message().substring(0, 30))
        .containsExactly(
            tuple(3, "gate `tests` was on at the bas"),
            tuple(5, "gate `coverage` no longer bloc"));
  }

  @Test
  void requireReportsTurnedOff() throws Exception {
    String head = BASE.replace("require-reports: true", "require-reports: false");
    assertThat(loosened(BASE, head)).extracting(Finding::line, Finding::message)
        .containsExactly(tuple(4, "`gates.tests.require-reports` is turned off; loosening the"
            + " criteria needs a human's approval"));
  }

  @Test
  void newExclusionsAtTopLevelAndInAGate() throws Exception {
    String head = BASE.replace("version: 1\n", "version: 1\nexclude:\n  - \"src/legacy/**\"\n")
        .replace("exclude: [\"src/gen/**\"]", "exclude: [\"src/gen/**\", \"src/billing/**\"]");
    assertThat(loosened(BASE, head)).extracting(Finding::line, Finding::message)
        .containsExactly(
            tuple(3, "`exclude` gains `src/legacy/**`: no gate looks at those files any more;"
                + " loosening the criteria needs a human's approval"),
            tuple(10, "`gates.coverage.exclude` gains `src/billing/**`; loosening the criteria"
                + " needs a human's approval"));
  }

  @Test
  void newOverrideThatLowersAThresholdButNotOneThatRaisesIt() throws Exception {
    String lower = BASE + """
        overrides:
          - paths: ["src/payments/**"]
            gates:
              coverage:
                per-file: 10%
        """;
    assertThat(loosened(BASE, lower)).extracting(Finding::line, Finding::message)
        .containsExactly(tuple(14, "`overrides` for src/payments/**: `coverage.per-file` is"
            + " lowered from 0.5 to 10%; loosening the criteria needs a human's approval"));
    assertThat(loosened(BASE, lower.replace("per-file: 10%", "per-file: 90%"))).isEmpty();
  }

  @Test
  void narrowedIncludeAndAnotherBaselineFile() throws Exception {
    String base = BASE.replace("    per-file: 0.5\n", "    per-file: 0.5\n    include: [\"src/**\", \"lib/**\"]\n");
    String head = base.replace("include: [\"src/**\", \"lib/**\"]", "include: [\"src/**\"]")
        .replace("version: 1\n", "version: 1\nbaseline: .quiet-baseline.json\n");
    assertThat(loosened(base, head)).extracting(Finding::line, f -> f.message().substring(0, 40))
        .containsExactly(
            tuple(2, "the baseline file changed from `.assay-b"),
            tuple(9, "`gates.coverage.include` no longer lists"));
  }

  @Test
  void deletedCriteriaFileIsReported() throws Exception {
    try (IntegrityRepo repo = IntegrityRepo.init(dir.resolve("repo"))) {
      repo.write("src/A.java", "class A {}\n").base();
      // The run reads its criteria from elsewhere (--criteria), so the gate still runs.
      Path elsewhere = Files.writeString(dir.resolve("ci-criteria.yml"), IntegrityRepo.CRITERIA);
      repo.delete(".assay.yml").write("src/A.java", "class A { int x; }\n");
      assertThat(IntegrityRepo.open(repo.head(elsewhere)))
          .extracting(Finding::rule, Finding::path, Finding::line)
          .containsExactly(tuple(RULE, ".assay.yml", 0));
    }
  }

  @Test
  void baseThatDoesNotParseIsANoteNotAFinding() throws Exception {
    try (IntegrityRepo repo = IntegrityRepo.init(dir)) {
      repo.write(".assay.yml", "version: 1\ngates:\n  coverag: on\n").write("A.java", "class A {}\n")
          .base();
      repo.write(".assay.yml", IntegrityRepo.CRITERIA).write("A.java", "class A { int x; }\n");
      repo.head();
      RunResult r = repo.run();
      assertThat(IntegrityRepo.integrity(r)).isEmpty();
      assertThat(r.gates()).filteredOn(g -> g.id().equals("integrity"))
          .singleElement()
          .satisfies(g -> assertThat(g.notes()).singleElement().asString()
              .contains("at the base does not parse").contains("coverag"));
    }
  }
}
