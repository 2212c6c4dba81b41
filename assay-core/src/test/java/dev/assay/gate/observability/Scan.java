package dev.assay.gate.observability;

import dev.assay.api.ChangeType;
import dev.assay.api.ChangedLines;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.GateResult;
import dev.assay.api.LineRange;
import dev.assay.testkit.GateHarness;
import java.util.List;

/** Runs the gate on inline files, every line of each file added (as {@code assay scan} sees it). */
final class Scan {
  private final GateHarness<ObservabilityConfig> harness =
      GateHarness.forGate(new ObservabilityGate()).config(ObservabilityConfig.defaults());

  static Scan with(ObservabilityConfig config) {
    Scan s = new Scan();
    s.harness.config(config);
    return s;
  }

  static Scan defaults() {
    return new Scan();
  }

  /** Adds a file whose every line is added. */
  Scan file(String path, String text) {
    int lines = text.split("\n", -1).length;
    harness.headFile(path, text);
    harness.change(new FileChange(path, path, ChangeType.ADDED, 100,
        ChangedLines.of(List.of(new LineRange(1, lines)))));
    return this;
  }

  /** Adds a modified file whose lines marked {@code // +} or {@code # +} are the added ones. */
  Scan changed(String path, String marked) {
    harness.changedFile(path, marked);
    return this;
  }

  GateResult run() throws Exception {
    return harness.run();
  }

  /** {@code rule@line} of every finding, rule without the gate prefix. */
  List<String> findings() throws Exception {
    return run().findings().stream().map(Scan::brief).toList();
  }

  static String brief(Finding f) {
    return f.rule().substring(f.rule().indexOf('/') + 1) + "@" + f.line();
  }

  /** Findings of one file given as text, as a source file of a main (non-test) path. */
  static List<String> of(String path, String text) throws Exception {
    return defaults().file(path, text).findings();
  }
}
