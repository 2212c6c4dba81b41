package dev.assay.policy;

import dev.assay.api.CriteriaException;
import dev.assay.api.Location;
import dev.assay.audit.AuditSettings;
import dev.assay.provenance.AgentRule;
import dev.assay.provenance.AgentRules;
import dev.assay.provenance.ProvenanceSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads the top-level {@code provenance:} and {@code audit:} sections. */
final class ProvenanceSectionReader {
  private static final Set<String> PROVENANCE_KEYS =
      Set.of("builtin-identities", "identities", "notes-ref", "agent-trace", "fix-patterns");
  private static final Set<String> AUDIT_KEYS = Set.of("enabled", "path", "notes", "notes-ref");
  private static final List<String> MATCHERS =
      Arrays.stream(AgentRule.Field.values()).map(AgentRule.Field::key).toList();

  private final String file;

  ProvenanceSectionReader(String file) {
    this.file = file;
  }

  ProvenanceSettings provenance(Optional<YamlNode> node) {
    YamlNode.Mapping m = GatesReader.mappingOrEmpty(node, file, "provenance");
    YamlSettings s = YamlSettings.of(new Location(file, m.line(), m.column(), "provenance"), m, Set.of());
    s.requireKnownKeys(PROVENANCE_KEYS);
    List<AgentRule> rules = new ArrayList<>();
    if (s.bool("builtin-identities", true)) {
      rules.addAll(AgentRules.defaults());
    }
    rules.addAll(identities(s.node("identities")));
    String notesRef = ref(s, "notes-ref", ProvenanceSettings.NOTES_REF);
    String trace = s.string("agent-trace").map(v -> RepoPath.normalize(RepoPath.check(v, s.valueAt("agent-trace")), s.valueAt("agent-trace")))
        .orElse(ProvenanceSettings.AGENT_TRACE);
    List<String> fixes = s.strings("fix-patterns", ProvenanceSettings.FIX_PATTERNS);
    for (String f : fixes) {
      try {
        Pattern.compile(f);
      } catch (PatternSyntaxException e) {
        throw new CriteriaException(s.valueAt("fix-patterns"), "`" + f + "` is not a regular expression: " + e.getDescription(), "fix or quote the pattern");
      }
    }
    return new ProvenanceSettings(rules, notesRef, trace, fixes);
  }

  private List<AgentRule> identities(Optional<YamlNode> node) {
    List<AgentRule> out = new ArrayList<>();
    if (node.isEmpty() || node.get() instanceof YamlNode.Scalar sc && sc.isNull()) {
      return out;
    }
    if (!(node.get() instanceof YamlNode.Sequence seq)) {
      throw new CriteriaException(node.get().at(file, "provenance.identities"), "expected a list of identities, got " + node.get().describe(),
          "write `- agent: my-bot` entries, each with one of " + String.join(", ", MATCHERS));
    }
    int i = 0;
    for (YamlNode item : seq.items()) {
      String at = "provenance.identities[" + i++ + "]";
      if (!(item instanceof YamlNode.Mapping m)) {
        throw new CriteriaException(item.at(file, at), "expected a mapping, got " + item.describe(), "write `agent: <name>` and one matcher, e.g. `email: bot@example.com`");
      }
      YamlSettings s = YamlSettings.of(new Location(file, m.line(), m.column(), at), m, Set.of());
      List<String> known = new ArrayList<>(MATCHERS);
      known.add("agent");
      s.requireKnownKeys(Set.copyOf(known));
      String agent = s.string("agent").orElseThrow(() -> s.error("agent", "missing `agent`", "name the agent these commits come from"));
      List<String> present = MATCHERS.stream().filter(s::has).toList();
      if (present.size() != 1) {
        throw new CriteriaException(new Location(file, m.line(), m.column(), at),
            present.isEmpty() ? "no matcher" : "more than one matcher: " + String.join(", ", present),
            "give exactly one of " + String.join(", ", MATCHERS) + " per entry");
      }
      String key = present.get(0);
      String value = s.string(key).orElseThrow();
      if (value.isBlank()) {
        throw s.error(key, "empty value", "write the text to match");
      }
      AgentRule.Field field = Arrays.stream(AgentRule.Field.values()).filter(f -> f.key().equals(key)).findFirst().orElseThrow();
      out.add(new AgentRule(agent.strip(), field, value.strip()));
    }
    return out;
  }

  AuditSettings audit(Optional<YamlNode> node) {
    YamlNode.Mapping m = GatesReader.mappingOrEmpty(node, file, "audit");
    YamlSettings s = YamlSettings.of(new Location(file, m.line(), m.column(), "audit"), m, Set.of());
    s.requireKnownKeys(AUDIT_KEYS);
    String path = s.string("path").map(v -> RepoPath.normalize(RepoPath.check(v, s.valueAt("path")), s.valueAt("path")))
        .orElse(AuditSettings.PATH);
    String ref = ref(s, "notes-ref", AuditSettings.NOTES_REF);
    if (ref.equals(ProvenanceSettings.NOTES_REF) || ref.equals("refs/notes/commits")) {
      throw s.error("notes-ref", "`" + ref + "` belongs to another tool", "use Assay's own ref, e.g. `" + AuditSettings.NOTES_REF + "`");
    }
    return new AuditSettings(s.bool("enabled", true), path, s.bool("notes", false), ref);
  }

  private static String ref(YamlSettings s, String key, String defaultRef) {
    String ref = s.string(key, defaultRef).strip();
    if (!ref.startsWith("refs/notes/") || ref.length() == "refs/notes/".length() || ref.contains("..") || ref.contains(" ")) {
      throw s.error(key, "`" + ref + "` is not a notes ref", "write a ref under refs/notes/, e.g. `" + defaultRef + "`");
    }
    return ref;
  }
}
