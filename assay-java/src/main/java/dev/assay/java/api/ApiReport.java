package dev.assay.java.api;

import dev.assay.api.CriterionResult;
import dev.assay.api.Finding;
import dev.assay.api.GateContext;
import dev.assay.api.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the comparisons of all artifacts into findings, criteria, a summary and metrics, applying
 * the semantic-versioning rule: breaks under a new major version are listed as allowed, breaks
 * under a minor or patch version also violate semver.
 */
final class ApiReport {
  static final String BINARY_TITLE = "Code compiled against the base API still links and runs";
  static final String SOURCE_TITLE = "Code written against the base API still compiles";
  static final String SEMVER_TITLE = "The version allows the API change (a break needs a new major version)";

  private final GateContext<ApiConfig> ctx;
  private final ApiConfig cfg;
  private final SourceIndex index;
  private final List<Finding> findings = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> summaries = new ArrayList<>();
  private boolean versionsKnown = true;
  private int binary;
  private int sourceOnly;
  private int allowed;
  private int additions;
  private int semver;
  private int artifacts;

  ApiReport(GateContext<ApiConfig> ctx, ApiConfig cfg, SourceIndex index) {
    this.ctx = ctx;
    this.cfg = cfg;
    this.index = index;
  }

  void add(ApiDiff diff, String baseVersion, String headVersion) {
    artifacts++;
    additions += diff.additions();
    Optional<SemVer> b = SemVer.parse(baseVersion);
    Optional<SemVer> h = SemVer.parse(headVersion);
    boolean known = cfg.semver() && b.isPresent() && h.isPresent();
    if (cfg.semver() && !known) {
      versionsKnown = false;
      notes.add("`" + diff.artifact() + "`: versions unknown (base `" + baseVersion + "`, head `"
          + headVersion + "`), so every break counts; set `gates.api.base-version` and"
          + " `head-version` to apply semantic versioning.");
    }
    boolean breakAllowed = known && h.get().allowsBreakFrom(b.get());
    String versions = baseVersion.isEmpty() && headVersion.isEmpty() ? ""
        : " " + orUnknown(baseVersion) + " -> " + orUnknown(headVersion);
    Map<ApiBreak, SourceIndex.Place> places = new java.util.IdentityHashMap<>();
    Map<ApiBreak, String> declaring = new java.util.LinkedHashMap<>();
    for (ApiBreak br : diff.breaks()) {
      SourceIndex.Place place = index.place(br);
      places.put(br, place);
      declaring.put(br, place.path());
    }
    Map<ApiBreak, SourceIndex.Uses> uses = index.useSites(declaring);
    for (ApiBreak br : diff.breaks()) {
      findings.add(finding(br, places.get(br), uses.get(br), breakAllowed, baseVersion,
          headVersion, known ? b.get() : null));
    }
    if (breakAllowed) {
      allowed += diff.breaks().size();
    } else {
      binary += (int) diff.binaryBreaks();
      sourceOnly += (int) diff.sourceOnlyBreaks();
    }
    if (known && !breakAllowed && !diff.breaks().isEmpty()) {
      semver++;
      findings.add(semverFinding(diff, b.get(), h.get()));
    }
    if (known && h.get().bumpFrom(b.get()).equals("patch") && diff.additions() > 0) {
      notes.add("`" + diff.artifact() + "` adds " + diff.additions() + " API elements in a patch"
          + " version (" + baseVersion + " -> " + headVersion + "); semantic versioning adds API"
          + " in a minor version.");
    }
    summaries.add(diff.artifact() + versions + ": " + diff.binaryBreaks() + " binary and "
        + diff.sourceOnlyBreaks() + " source-only breaks" + (breakAllowed && !diff.breaks().isEmpty()
        ? " (allowed: major version)" : "") + ", " + diff.additions() + " additions");
  }

  private static String orUnknown(String v) {
    return v.isEmpty() ? "?" : v;
  }

  private Finding finding(ApiBreak b, SourceIndex.Place place, SourceIndex.Uses uses, boolean ok,
      String baseV, String headV, SemVer base) {
    List<String> sites = uses.sites();
    String rule = ok ? ApiGate.ALLOWED : b.binary() ? ApiGate.SOURCE : ApiGate.BINARY;
    StringBuilder msg = new StringBuilder(capital(b.description())).append(" (")
        .append(b.artifact()).append("). ").append(BreakWords.consequence(b));
    if (sites.isEmpty()) {
      msg.append(" No other module of this repository uses it.");
    } else {
      msg.append(" Uses elsewhere in this repository (by name): ").append(String.join(", ", sites))
          .append(uses.total() > sites.size() ? " and " + (uses.total() - sites.size()) + " more"
              : "")
          .append('.');
    }
    if (ok) {
      msg.append(" Allowed: ").append(headV).append(" is a new major version after ").append(baseV)
          .append("; list it in the release notes.");
    } else {
      msg.append(' ').append(BreakWords.fix(b)).append(base == null ? "" : ", or release this as "
          + SemVer.required(base) + " or later").append('.');
    }
    Map<String, String> props = new LinkedHashMap<>();
    props.put("artifact", b.artifact());
    props.put("element", b.sourceClassName() + (b.member().isEmpty() ? "" : "#" + b.member()));
    props.put("change", b.change());
    props.put("binary-compatible", Boolean.toString(b.binary()));
    props.put("source-compatible", Boolean.toString(b.source()));
    props.put("use-sites", String.join(" ", sites));
    if (!baseV.isEmpty()) {
      props.put("base-version", baseV);
    }
    if (!headV.isEmpty()) {
      props.put("head-version", headV);
    }
    return new Finding(ApiGate.ID, rule, place.path(), place.line(), place.line(),
        ok ? Severity.NOTE : Severity.ERROR, msg.toString(), props);
  }

  private Finding semverFinding(ApiDiff d, SemVer b, SemVer h) {
    String bump = h.bumpFrom(b);
    String msg = "`" + d.artifact() + "` goes from " + b + " to " + h + " ("
        + (bump.equals("none") ? "the same version" : "a " + bump + " version change") + ") but breaks"
        + " its API in " + d.breaks().size() + (d.breaks().size() == 1 ? " place" : " places") + " ("
        + d.binaryBreaks() + " binary, " + d.sourceOnlyBreaks() + " source-only): semantic"
        + " versioning needs " + SemVer.required(b) + " or later. Bump the major version, or keep"
        + " the old API.";
    String pom = ctx.head().read("pom.xml").orElse("");
    int line = 0;
    String[] lines = pom.split("\n", -1);
    for (int i = 0; i < lines.length && line == 0; i++) {
      if (lines[i].contains("<version>" + h.text() + "</version>")) {
        line = i + 1;
      }
    }
    Finding f = line > 0
        ? Finding.at(ApiGate.ID, ApiGate.SEMVER, "pom.xml", line, line, Severity.ERROR, msg)
        : Finding.general(ApiGate.ID, ApiGate.SEMVER, Severity.ERROR, msg);
    return f.with("artifact", d.artifact()).with("base-version", b.text())
        .with("head-version", h.text()).with("required-version", SemVer.required(b));
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }

  List<String> notes() {
    return List.copyOf(notes);
  }

  List<CriterionResult> criteria() {
    List<CriterionResult> c = new ArrayList<>();
    if (artifacts == 0) {
      String why = "no artifact has a jar at both the base and the head";
      c.add(CriterionResult.skipped(ApiGate.BINARY, BINARY_TITLE, why));
      c.add(CriterionResult.skipped(ApiGate.SOURCE, SOURCE_TITLE, why));
      c.add(CriterionResult.skipped(ApiGate.SEMVER, SEMVER_TITLE, why));
      return c;
    }
    c.add(CriterionResult.noFindings(ApiGate.BINARY, BINARY_TITLE, binary, true));
    c.add(CriterionResult.noFindings(ApiGate.SOURCE, SOURCE_TITLE, sourceOnly, true));
    if (!cfg.semver()) {
      c.add(CriterionResult.skipped(ApiGate.SEMVER, SEMVER_TITLE, "semver: false"));
    } else if (!versionsKnown && semver == 0) {
      c.add(CriterionResult.skipped(ApiGate.SEMVER, SEMVER_TITLE, "versions unknown"));
    } else {
      c.add(CriterionResult.noFindings(ApiGate.SEMVER, SEMVER_TITLE, semver, true));
    }
    return c;
  }

  String summary() {
    return summaries.isEmpty() ? "no artifact compared" : String.join("; ", summaries);
  }

  Map<String, String> metrics() {
    return Map.of("artifacts", Integer.toString(artifacts), "binary-breaks",
        Integer.toString(binary), "source-breaks", Integer.toString(sourceOnly), "allowed-breaks",
        Integer.toString(allowed), "additions", Integer.toString(additions));
  }
}
