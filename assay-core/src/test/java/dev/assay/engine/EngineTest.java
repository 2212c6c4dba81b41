package dev.assay.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.ChangeSet;
import dev.assay.api.ChangedLines;
import dev.assay.api.ChangeType;
import dev.assay.api.CriteriaException;
import dev.assay.api.CriterionResult;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.Gate;
import dev.assay.api.GateContext;
import dev.assay.api.GateResult;
import dev.assay.api.Revision;
import dev.assay.api.Settings;
import dev.assay.api.Severity;
import dev.assay.api.SourceTree;
import dev.assay.api.Status;
import dev.assay.policy.Criteria;
import dev.assay.policy.CriteriaLoader;
import dev.assay.policy.GateDefault;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {
  @TempDir Path root;

  /** Reports one finding of rule {@code probe/hit} per line listed in its `lines` setting. */
  static class ProbeGate implements Gate<List<String>> {
    final String id;
    final AtomicInteger runs = new AtomicInteger();

    ProbeGate(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String title() {
      return "probe " + id;
    }

    @Override
    public Set<String> pathKeys() {
      return Set.of("path");
    }

    @Override
    public List<String> configure(Settings settings) {
      settings.requireKnownKeys(Set.of("lines", "path", "throw"));
      List<String> c = new ArrayList<>(settings.strings("lines", List.of()));
      c.add(0, settings.string("path", "A.java"));
      c.add(1, String.valueOf(settings.bool("throw", false)));
      return c;
    }

    @Override
    public GateResult evaluate(GateContext<List<String>> ctx) {
      runs.incrementAndGet();
      List<String> c = ctx.config();
      if (Boolean.parseBoolean(c.get(1))) {
        throw new IllegalStateException("report unreadable");
      }
      List<Finding> findings = new ArrayList<>();
      for (String line : c.subList(2, c.size())) {
        int n = Integer.parseInt(line);
        findings.add(Finding.at(id, id + "/hit", c.get(0), n, n, Severity.ERROR, "hit at " + n));
      }
      CriterionResult crit = CriterionResult.noFindings(id + "/hit", "no hits", findings.size(), true);
      return GateResult.of(id, "probe", List.of(crit), findings, List.of(), Map.of());
    }
  }

  private static final String HEAD_A =
      "class A {\n  int a;\n  int b; // assay:ignore one/hit -- legacy field, removed in #12\n"
          + "  int c; // assay:ignore one/hit\n  int d;\n}\n";

  private RunResult run(String yaml, SourceTree head, Baseline baseline, Gate<?>... gates) {
    List<GateDefault> defaults = new ArrayList<>();
    for (Gate<?> g : gates) {
      defaults.add(new GateDefault(g.id(), true, g.id() + ": on"));
    }
    Criteria criteria =
        CriteriaLoader.parse(".assay.yml", yaml.getBytes(StandardCharsets.UTF_8), defaults);
    FileChange a = new FileChange("A.java", "A.java", ChangeType.MODIFIED, 100, ChangedLines.ofLines(2, 3, 4, 5));
    FileChange gen = new FileChange("gen/B.java", "gen/B.java", ChangeType.ADDED, 100, ChangedLines.ofLines(1));
    ChangeSet change = new ChangeSet(new Revision("main", "a".repeat(40)), new Revision("HEAD", "b".repeat(40)), List.of(a, gen), List.of());
    return Engine.run(
        new RunInput(criteria, change, SourceTree.empty(), head, root, List.of(gates), baseline, "test", List.of()));
  }

  private static SourceTree tree(String path, String text) {
    return p -> p.equals(path) ? Optional.of(text) : Optional.empty();
  }

  @Test
  void aGateThatThrowsIsErrorAndTheOthersStillRun() {
    ProbeGate one = new ProbeGate("one");
    ProbeGate two = new ProbeGate("two");
    RunResult r =
        run("gates:\n  one:\n    throw: true\n  two:\n    lines: []\n", SourceTree.empty(), Baseline.empty(), one, two);
    assertThat(r.gates()).extracting(GateReport::status).containsExactly(Status.ERROR, Status.PASS);
    assertThat(r.gates().get(0).summary()).contains("report unreadable");
    assertThat(two.runs).hasValue(1);
    assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.verdict().exitCode()).isEqualTo(3);
  }

  @Test
  void failureOutranksErrorInTheVerdict() {
    RunResult r =
        run("gates:\n  one:\n    throw: true\n  two:\n    lines: [5]\n", tree("A.java", HEAD_A), Baseline.empty(),
            new ProbeGate("one"), new ProbeGate("two"));
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCKED);
  }

  @Test
  void criteriaMistakesStopTheRunBeforeAnyGateRuns() {
    ProbeGate one = new ProbeGate("one");
    ProbeGate two = new ProbeGate("two");
    assertThatThrownBy(
            () -> run("gates:\n  one:\n    lines: [2]\n  two:\n    lnes: [1]\n", SourceTree.empty(), Baseline.empty(), one, two))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining(".assay.yml:5:")
        .hasMessageContaining("lines");
    assertThat(one.runs).hasValue(0);
  }

  @Test
  void inlineSuppressionNeedsAReason() {
    RunResult r =
        run("gates:\n  one:\n    lines: [3, 4]\n", tree("A.java", HEAD_A), Baseline.empty(), new ProbeGate("one"));
    assertThat(r.findings())
        .extracting(f -> f.finding().line() + ":" + f.disposition())
        .containsExactly("3:SUPPRESSED", "4:OPEN");
    assertThat(r.findings().get(0).justification()).isEqualTo("legacy field, removed in #12");
    assertThat(r.notes()).anyMatch(n -> n.contains("A.java:4") && n.contains("no reason"));
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCKED);
  }

  @Test
  void gatesThatGuardAgainstGamingCannotBeSuppressedInline() {
    ProbeGate guard =
        new ProbeGate("one") {
          @Override
          public boolean suppressibleInline() {
            return false;
          }
        };
    RunResult r = run("gates:\n  one:\n    lines: [3]\n", tree("A.java", HEAD_A), Baseline.empty(), guard);
    assertThat(r.findings().get(0).disposition()).isEqualTo(Disposition.OPEN);
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCKED);
  }

  @Test
  void suppressingEveryFindingMakesTheCriterionPass() {
    RunResult r = run("gates:\n  one:\n    lines: [3]\n", tree("A.java", HEAD_A), Baseline.empty(), new ProbeGate("one"));
    CriterionResult c = r.gates().get(0).criteria().get(0);
    assertThat(c.status()).isEqualTo(Status.PASS);
    assertThat(c.actual()).contains("1 suppressed or baselined");
    assertThat(r.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void baselineFingerprintsSurviveLinesInsertedAbove(@TempDir Path dir) throws Exception {
    RunResult before = run("gates:\n  one:\n    lines: [5]\n", tree("A.java", HEAD_A), Baseline.empty(), new ProbeGate("one"));
    Path file = dir.resolve("baseline.json");
    assertThat(Baseline.write(before, file)).isEqualTo(1);
    String shifted = "// new header\n// another\n" + HEAD_A;
    RunResult after =
        run("gates:\n  one:\n    lines: [7]\n", tree("A.java", shifted), Baseline.read(file, "baseline.json"), new ProbeGate("one"));
    assertThat(after.findings().get(0).fingerprint()).isEqualTo(before.findings().get(0).fingerprint());
    assertThat(after.findings().get(0).disposition()).isEqualTo(Disposition.BASELINED);
    assertThat(after.verdict()).isEqualTo(Verdict.PASS);
    String edited = HEAD_A.replace("int d;", "long d;");
    RunResult changed =
        run("gates:\n  one:\n    lines: [5]\n", tree("A.java", edited), Baseline.read(file, "baseline.json"), new ProbeGate("one"));
    assertThat(changed.findings().get(0).disposition()).isEqualTo(Disposition.OPEN);
  }

  @Test
  void malformedBaselineIsACriteriaError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("b.json");
    java.nio.file.Files.writeString(file, "{\"findings\": [ {\"fingerprint\": 3} ]}");
    assertThatThrownBy(() -> Baseline.read(file, "b.json")).isInstanceOf(CriteriaException.class).hasMessageContaining("b.json");
    java.nio.file.Files.writeString(file, "{\"findings\": [");
    assertThatThrownBy(() -> Baseline.read(file, "b.json")).isInstanceOf(CriteriaException.class).hasMessageContaining("b.json:1:");
  }

  @Test
  void nonBlockingGateWarnsInsteadOfBlocking() {
    RunResult r =
        run("gates:\n  one:\n    blocking: false\n    lines: [5]\n", tree("A.java", HEAD_A), Baseline.empty(), new ProbeGate("one"));
    assertThat(r.gates().get(0).status()).isEqualTo(Status.WARN);
    assertThat(r.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void findingsAreSortedWhateverOrderGatesEmitThem() {
    RunResult r =
        run("gates:\n  two:\n    lines: [5, 2]\n  one:\n    lines: [4, 2]\n", tree("A.java", HEAD_A), Baseline.empty(),
            new ProbeGate("two"), new ProbeGate("one"));
    assertThat(r.findings())
        .extracting(f -> f.finding().line() + f.finding().gate())
        .containsExactly("2one", "2two", "4one", "5two");
  }

  @Test
  void excludeRemovesFilesFromTheChangeWithANote() {
    RunResult r = run("exclude: [\"gen/**\"]\ngates:\n  one: {}\n", SourceTree.empty(), Baseline.empty(), new ProbeGate("one"));
    assertThat(r.change().files()).extracting(FileChange::path).containsExactly("A.java");
    assertThat(r.change().skipped()).extracting(s -> s.path()).containsExactly("gen/B.java");
    assertThat(r.notes()).anyMatch(n -> n.contains("excluded"));
  }

  @Test
  void overridesApplyPerPath() {
    ProbeGate one = new ProbeGate("one") {
      @Override
      public GateResult evaluate(GateContext<List<String>> ctx) {
        String a = ctx.configFor("A.java").get(0);
        String b = ctx.configFor("gen/B.java").get(0);
        return GateResult.of(id, a + "|" + b, List.of(), List.of(), List.of(), Map.of());
      }
    };
    RunResult r =
        run("gates:\n  one:\n    path: base\noverrides:\n  - paths: [\"gen/**\"]\n    gates:\n      one:\n        path: over\n",
            SourceTree.empty(), Baseline.empty(), one);
    assertThat(r.gates().get(0).summary()).isEqualTo("base|over");
  }

  @Test
  void anOverrideOfAWholeChangeKeyIsACriteriaErrorNotSilentlyIgnored() {
    assertThatThrownBy(
            () ->
                run("gates:\n  one: {}\noverrides:\n  - paths: [\"gen/**\"]\n    gates:\n      one:\n        lines: [1]\n",
                    SourceTree.empty(), Baseline.empty(), new ProbeGate("one")))
        .isInstanceOf(CriteriaException.class)
        .hasMessageContaining(".assay.yml:7:9")
        .hasMessageContaining("cannot be overridden per path")
        .hasMessageContaining("per-path keys of `one`: path");
  }

  @Test
  void disabledGatesDoNotRun() {
    ProbeGate one = new ProbeGate("one");
    RunResult r = run("gates:\n  one: false\n", SourceTree.empty(), Baseline.empty(), one);
    assertThat(r.gates()).isEmpty();
    assertThat(one.runs).hasValue(0);
    assertThat(r.verdict()).isEqualTo(Verdict.PASS);
  }
}
