package dev.assay.llm.context;

import dev.assay.check.BuiltInGates;
import dev.assay.policy.GateDefault;
import dev.assay.policy.GateSection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The criteria as instructions a model or a coding agent can follow: each gate that is on, what
 * it demands of a change, whether it blocks, and the criteria file itself. Deterministic.
 */
public final class CriteriaInstructions {
  private static final Map<String, String> DEMANDS =
      Map.of(
          "tests", "every test passes; no test is deleted, skipped or emptied without saying why.",
          "coverage", "the changed executable lines are run by tests (write or extend tests for new and changed code).",
          "mutation", "tests check the changed code's results, so mutants of changed lines are killed (assert outcomes, not only that code runs).",
          "secrets", "no keys, tokens or passwords in the code; read them from the environment or a secret store.",
          "security", "no injection (SQL, command, path), unsafe deserialization, weak crypto or randomness, or XXE.",
          "maintainability", "changed functions stay short, simple and shallow; no duplicated blocks.",
          "observability", "no swallowed exceptions: every catch logs or rethrows; no debug prints in production code.",
          "api", "the public API keeps binary and source compatibility unless the change says it breaks it.",
          "performance", "the project's benchmarks do not regress past the allowed margin.",
          "integrity", "the criteria, suppressions, coverage exclusions, @Disabled/@Ignore and assertions are not loosened to pass.");

  private CriteriaInstructions() {}

  /** Markdown, starting with a level-2 heading. */
  public static String render(CriteriaText c) {
    Map<String, String> defaults =
        BuiltInGates.defaults(BuiltInGates.all()).stream()
            .collect(Collectors.toMap(GateDefault::id, GateDefault::defaultsSentence));
    StringBuilder s = new StringBuilder();
    s.append("## Acceptance criteria\n\n");
    s.append("Every change is checked by `assay check` against ")
        .append(c.path().map(p -> "`" + p + "`").orElse("the default criteria (no .assay.yml)"))
        .append(". A change is accepted only when every blocking criterion is met:\n\n");
    for (GateSection g : c.criteria().gates().values()) {
      if (!g.enabled()) {
        continue;
      }
      String demand = DEMANDS.getOrDefault(g.id(), "see docs/gates/" + g.id() + ".md.");
      s.append("- **").append(g.id()).append("** (").append(g.blocking() ? "blocking" : "advisory")
          .append("): ").append(demand);
      String d = defaults.get(g.id());
      if (d != null) {
        s.append(" Defaults: ").append(d.substring(d.indexOf(':') + 1).strip()).append('.');
      }
      s.append('\n');
    }
    s.append("\nBefore handing in a change, run `assay check` (or `assay check --working-tree`) and fix"
        + " every failing criterion it lists; do not weaken the criteria file to pass.\n");
    if (!c.text().isEmpty()) {
      s.append("\nThe criteria file, which settings above defer to:\n\n```yaml\n")
          .append(c.text().strip()).append("\n```\n");
    }
    return s.toString();
  }
}
