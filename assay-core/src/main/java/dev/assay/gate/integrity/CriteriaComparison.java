package dev.assay.gate.integrity;

import dev.assay.api.CriteriaException;
import dev.assay.api.Finding;
import dev.assay.api.Severity;
import dev.assay.policy.Criteria;
import dev.assay.policy.CriteriaLoader;
import dev.assay.policy.GateDefault;
import dev.assay.policy.GateSection;
import dev.assay.policy.PathOverride;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Compares the criteria file at the base and at the head and reports every change that loosens
 * it: a gate switched off or made advisory, a threshold lowered, a new exclusion, a narrowed
 * include, a new or loosening per-path override, another baseline file, or the file deleted. A
 * base without the file is compared as the zero-config defaults.
 */
final class CriteriaComparison {
  /** What the comparison found, and what the reader should know about it. */
  record Outcome(List<Finding> findings, List<String> notes) {
    static final Outcome NONE = new Outcome(List.of(), List.of());
  }

  private final String path;
  private final List<GateDefault> gates;
  private final String[] headLines;
  private final List<Finding> out = new ArrayList<>();

  private CriteriaComparison(String path, List<GateDefault> gates, String head) {
    this.path = path;
    this.gates = gates;
    this.headLines = head.split("\n", -1);
  }

  /** Compares the texts of the criteria file at {@code path} on both sides. */
  static Outcome compare(
      String path, Optional<String> base, Optional<String> head, List<GateDefault> gates) {
    if (base.equals(head)) {
      return Outcome.NONE;
    }
    if (head.isEmpty()) {
      String msg = "the criteria file `" + path + "` is deleted, so Assay runs with the zero-config"
          + " defaults; loosening the criteria needs a human's approval";
      return new Outcome(List.of(Finding.at(IntegrityGate.ID, IntegrityGate.CRITERIA_LOOSENED,
          path, 0, 0, Severity.WARNING, msg)), List.of());
    }
    Criteria h;
    try {
      h = CriteriaLoader.parse(path, bytes(head.get()), gates);
    } catch (CriteriaException e) {
      return new Outcome(List.of(), List.of("The criteria file `" + path + "` at the head does not"
          + " parse (" + e.getMessage() + "), so it was not compared with the base."));
    }
    Criteria b;
    try {
      b = base.isEmpty()
          ? CriteriaLoader.defaults(gates)
          : CriteriaLoader.parse(path, bytes(base.get()), gates);
    } catch (CriteriaException e) {
      return new Outcome(List.of(), List.of("The criteria file `" + path + "` at the base does not"
          + " parse (" + e.getMessage() + "), so it was not compared with the head."));
    }
    CriteriaComparison c = new CriteriaComparison(path, gates, head.get());
    c.compare(b, h);
    return new Outcome(List.copyOf(c.out), List.of());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private void compare(Criteria b, Criteria h) {
    int excludeLine = topKeyLine("exclude");
    for (String e : h.exclude()) {
      if (!b.exclude().contains(e)) {
        report(entryLine(excludeLine, e), "`exclude` gains `" + e + "`: no gate looks at those"
            + " files any more");
      }
    }
    if (!b.baseline().equals(h.baseline())) {
      report(topKeyLine("baseline"), "the baseline file changed from `" + b.baseline() + "` to `"
          + h.baseline() + "`: findings recorded there are accepted without review");
    }
    for (GateDefault g : gates) {
      GateSection bs = b.gate(g.id()).orElseThrow();
      GateSection hs = h.gate(g.id()).orElseThrow();
      compareSection(bs, hs);
    }
    for (PathOverride o : h.overrides()) {
      Optional<PathOverride> before =
          b.overrides().stream().filter(x -> x.paths().equals(o.paths())).findFirst();
      o.gates().forEach((id, settings) -> {
        var baseSettings = b.gate(id).orElseThrow().settings();
        if (before.isPresent() && before.get().gates().containsKey(id)) {
          baseSettings = CriteriaLoader.overlay(baseSettings, before.get().gates().get(id));
        }
        String where = "`overrides` for " + String.join(", ", o.paths()) + ": `" + id;
        for (SettingsComparison.Change ch
            : SettingsComparison.compare(baseSettings, settings, settings.keys())) {
          report(ch.line() > 0 ? ch.line() : o.location().line(), where + "." + ch.message());
        }
      });
    }
  }

  private void compareSection(GateSection bs, GateSection hs) {
    String id = hs.id();
    int sectionLine = hs.settings().location("\u0000").line();
    if (bs.enabled() && !hs.enabled()) {
      report(engineKeyLine(sectionLine, "enabled"), "gate `" + id + "` was on at the base and is"
          + " off at the head");
      return;
    }
    if (!hs.enabled()) {
      return;
    }
    if (bs.enabled() && bs.blocking() && !hs.blocking()) {
      report(engineKeyLine(sectionLine, "blocking"), "gate `" + id + "` no longer blocks"
          + " (`blocking: false`): its failures become warnings");
    }
    var keys = new java.util.LinkedHashSet<>(hs.settings().keys());
    keys.addAll(bs.settings().keys());
    for (SettingsComparison.Change ch
        : SettingsComparison.compare(bs.settings(), hs.settings(), keys)) {
      int line = ch.line() > 0 ? ch.line() : Math.max(sectionLine, 1);
      report(ch.entry().isEmpty() ? line : entryLine(line, ch.entry()),
          "`gates." + id + "." + ch.message());
    }
    compareAi(bs, hs, sectionLine);
  }

  /** The values AI-authored lines face: the {@code ai:} block laid over the section. */
  private void compareAi(GateSection bs, GateSection hs, int sectionLine) {
    if (!bs.hasAi()) {
      return;
    }
    var keys = new java.util.LinkedHashSet<>(bs.ai().keys());
    keys.addAll(hs.ai().keys());
    var before = dev.assay.policy.CriteriaLoader.overlay(bs.settings(), bs.ai());
    var after = dev.assay.policy.CriteriaLoader.overlay(hs.settings(), hs.ai());
    for (SettingsComparison.Change ch : SettingsComparison.compare(before, after, keys)) {
      int line = ch.line() > 0 ? ch.line() : Math.max(sectionLine, 1);
      report(line, "`gates." + hs.id() + ".ai." + ch.message() + " for AI-authored lines");
    }
  }

  private void report(int line, String what) {
    int at = line > 0 && line <= headLines.length ? line : 1;
    String msg = what + "; loosening the criteria needs a human's approval";
    out.add(Finding.at(IntegrityGate.ID, IntegrityGate.CRITERIA_LOOSENED, path, at, at,
        Severity.WARNING, msg));
  }

  private int topKeyLine(String key) {
    Pattern p = Pattern.compile("^[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
    for (int i = 0; i < headLines.length; i++) {
      if (p.matcher(headLines[i]).find()) {
        return i + 1;
      }
    }
    return 1;
  }

  /** The line of {@code enabled:}/{@code blocking:} inside the section at {@code sectionLine}. */
  private int engineKeyLine(int sectionLine, String key) {
    if (sectionLine < 1) {
      return topKeyLine("gates");
    }
    int indent = indent(headLines[sectionLine - 1]);
    Pattern p = Pattern.compile("^\\s+" + key + "\\s*:");
    for (int i = sectionLine; i < headLines.length; i++) {
      String l = headLines[i];
      if (!l.isBlank() && !l.strip().startsWith("#") && indent(l) <= indent) {
        break;
      }
      if (p.matcher(l).find()) {
        return i + 1;
      }
    }
    return sectionLine;
  }

  /** The first line at or after {@code from} that holds {@code entry}, else {@code from}. */
  private int entryLine(int from, String entry) {
    for (int i = Math.max(from, 1) - 1; i < headLines.length; i++) {
      if (headLines[i].contains(entry)) {
        return i + 1;
      }
    }
    return from;
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
