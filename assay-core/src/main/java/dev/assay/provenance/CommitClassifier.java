package dev.assay.provenance;

import dev.assay.api.Approval;
import dev.assay.api.Origin;
import dev.assay.provenance.AgentRule.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides from a commit's identities and trailers whether an agent wrote it, through the
 * identities table. A commit no row matches is unknown, never human. Immutable and thread-safe.
 */
public final class CommitClassifier {
  static final String CO_AUTHORED_BY = "co-authored-by";
  static final Set<String> APPROVAL_KEYS = Set.of("reviewed-by", "approved-by");
  private static final double IDENTITY_CONFIDENCE = 0.9;
  private static final double MESSAGE_CONFIDENCE = 0.8;
  private static final double BRANCH_CONFIDENCE = 0.6;

  private final List<AgentRule> rules;
  private final Map<String, AgentRule> byEmail = new HashMap<>();
  private final Map<String, AgentRule> byName = new HashMap<>();
  private final Set<String> trailerKeys = new HashSet<>();
  private final Optional<AgentRule> branchRule;

  /**
   * A classifier over a table.
   *
   * @param rules the identities table, tried in order
   * @param branch the branch name CI passes in, or empty
   */
  public CommitClassifier(List<AgentRule> rules, String branch) {
    this.rules = List.copyOf(rules);
    for (AgentRule r : this.rules) {
      if (r.field() == Field.EMAIL) {
        byEmail.putIfAbsent(r.value(), r);
      } else if (r.field() == Field.NAME) {
        byName.putIfAbsent(r.value(), r);
      } else if (r.field() == Field.TRAILER) {
        trailerKeys.add(r.value());
      }
    }
    trailerKeys.add(CO_AUTHORED_BY);
    trailerKeys.addAll(APPROVAL_KEYS);
    String b = branch.toLowerCase(Locale.ROOT);
    this.branchRule =
        b.isEmpty()
            ? Optional.empty()
            : this.rules.stream()
                .filter(r -> r.field() == Field.BRANCH_PREFIX && b.startsWith(r.value()))
                .findFirst();
  }

  /** What the commit says about its authorship: AI with the agent, or unknown. */
  public Origin classify(CommitFacts commit) {
    List<Trailers.Trailer> trailers = Trailers.read(commit.message(), trailerKeys);
    List<Identity> people = new ArrayList<>();
    people.add(commit.author());
    people.add(commit.committer());
    for (Trailers.Trailer t : trailers) {
      if (t.key().equals(CO_AUTHORED_BY)) {
        people.add(Identity.parse(t.value()));
      }
    }
    for (Identity who : people) {
      Optional<AgentRule> rule = match(who);
      if (rule.isPresent()) {
        String source = who == commit.author() ? "author" : who == commit.committer() ? "committer" : "trailer:Co-authored-by";
        return new Origin(Origin.Kind.AI, rule.get().agent(), "", source, false, IDENTITY_CONFIDENCE);
      }
    }
    for (Trailers.Trailer t : trailers) {
      if (!t.key().equals(CO_AUTHORED_BY) && !APPROVAL_KEYS.contains(t.key())) {
        AgentRule rule = rules.stream().filter(r -> r.field() == Field.TRAILER && r.value().equals(t.key())).findFirst().orElseThrow();
        String agent = rule.agent().isEmpty() ? agentOf(t.value()) : rule.agent();
        return new Origin(Origin.Kind.AI, agent, modelOf(t.value()), "trailer:" + canonical(t.key()), false, IDENTITY_CONFIDENCE);
      }
    }
    String message = commit.message().toLowerCase(Locale.ROOT);
    for (AgentRule r : rules) {
      if (r.field() == Field.MESSAGE && message.contains(r.value())) {
        return new Origin(Origin.Kind.AI, r.agent(), "", "message", false, MESSAGE_CONFIDENCE);
      }
    }
    return branchRule
        .map(r -> new Origin(Origin.Kind.AI, r.agent(), "", "branch", false, BRANCH_CONFIDENCE))
        .orElse(Origin.unknown());
  }

  /** The {@code Reviewed-by:} and {@code Approved-by:} trailers of the commit, agents left out. */
  public List<Approval> approvals(CommitFacts commit) {
    List<Approval> out = new ArrayList<>();
    for (Trailers.Trailer t : Trailers.read(commit.message(), APPROVAL_KEYS)) {
      Identity who = Identity.parse(t.value());
      if (match(who).isPresent()) {
        continue; // an agent's "review" is not a human approval
      }
      out.add(new Approval(who.name(), who.email(), "trailer:" + canonical(t.key()) + "@" + commit.shortId()));
    }
    return out;
  }

  private Optional<AgentRule> match(Identity who) {
    if (!who.email().isEmpty()) {
      AgentRule exact = byEmail.get(who.email());
      if (exact != null) {
        return Optional.of(exact);
      }
    }
    String name = who.name().toLowerCase(Locale.ROOT);
    AgentRule named = byName.get(name);
    if (named != null) {
      return Optional.of(named);
    }
    for (AgentRule r : rules) {
      if (r.field() == Field.EMAIL_SUFFIX && !who.email().isEmpty() && who.email().endsWith(r.value())
          || r.field() == Field.NAME_SUFFIX && !name.isEmpty() && name.endsWith(r.value())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The agent named in a trailer value such as {@code GitHub Copilot} or {@code Claude:claude-opus-4}. */
  static String agentOf(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    String[][] known = {
      {"claude", "claude-code"}, {"copilot", "copilot"}, {"cursor", "cursor"}, {"aider", "aider"},
      {"codex", "codex"}, {"chatgpt", "codex"}, {"openai", "codex"}, {"devin", "devin"},
      {"gemini", "gemini"}, {"windsurf", "windsurf"}, {"amp", "amp"}
    };
    for (String[] k : known) {
      if (v.matches(".*\\b" + k[0] + "\\b.*")) {
        return k[1];
      }
    }
    String first = v.split("[\\s:<(/]+", 2)[0].replaceAll("[^a-z0-9._-]", "");
    return first.isEmpty() ? "unnamed" : first;
  }

  /** The model of a kernel-style {@code AGENT:MODEL [TOOLS]} value, else empty. */
  static String modelOf(String value) {
    int colon = value.indexOf(':');
    if (colon < 0) {
      return "";
    }
    String rest = value.substring(colon + 1).strip();
    int space = rest.indexOf(' ');
    return space < 0 ? rest : rest.substring(0, space);
  }

  private static String canonical(String key) {
    return Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }
}
