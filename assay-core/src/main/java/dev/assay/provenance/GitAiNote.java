package dev.assay.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.api.ChangedLines;
import dev.assay.api.LineRange;
import dev.assay.api.Origin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One git-ai authorship log (Git AI Standard v3, a note under {@code refs/notes/ai}): an
 * attestation section of files and, per session, the lines it wrote in that commit's version of the
 * file; a {@code ---} line; a JSON section naming each session's tool and model. Lines no session
 * claims are untracked, not human. Immutable.
 */
final class GitAiNote {
  static final String SOURCE = "git-ai-note";
  private static final Pattern HASH = Pattern.compile("[0-9a-fA-F]{7,64}");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Lines of one file written by one session. */
  private record Claim(String session, ChangedLines lines) {}

  /** A session's agent and model. */
  private record Session(String agent, String model) {}

  private final Map<String, List<Claim>> files;
  private final Map<String, Session> sessions;

  private GitAiNote(Map<String, List<Claim>> files, Map<String, Session> sessions) {
    this.files = files;
    this.sessions = sessions;
  }

  /**
   * Parses a note.
   *
   * @throws IllegalArgumentException saying what is malformed, for a note that is not a v3 log
   */
  static GitAiNote parse(String text) {
    String t = text.replace("\r\n", "\n");
    int divider = t.startsWith("---\n") ? 0 : t.indexOf("\n---\n");
    if (divider < 0) {
      throw new IllegalArgumentException("no `---` line between the attestation and the JSON section");
    }
    String attestation = divider == 0 ? "" : t.substring(0, divider);
    String metadata = t.substring(divider == 0 ? 4 : divider + 5);
    Map<String, Session> sessions = sessions(metadata);
    return new GitAiNote(attestation(attestation), sessions);
  }

  private static Map<String, List<Claim>> attestation(String text) {
    Map<String, List<Claim>> files = new HashMap<>();
    List<Claim> current = null;
    int lineNo = 0;
    for (String line : text.split("\n", -1)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      if (!line.startsWith(" ")) {
        String path = unquote(line.strip());
        current = files.computeIfAbsent(path, p -> new ArrayList<>());
        continue;
      }
      if (current == null) {
        throw new IllegalArgumentException("line " + lineNo + ": an entry before any file path");
      }
      String[] parts = line.strip().split(" ", 2);
      if (parts.length != 2 || !HASH.matcher(parts[0]).matches()) {
        throw new IllegalArgumentException(
            "line " + lineNo + ": expected `  <session hash> <line ranges>`, got `" + clip(line) + "`");
      }
      current.add(new Claim(parts[0].toLowerCase(java.util.Locale.ROOT), ranges(parts[1].strip(), lineNo)));
    }
    return files;
  }

  private static ChangedLines ranges(String spec, int lineNo) {
    List<LineRange> out = new ArrayList<>();
    for (String part : spec.split(",")) {
      try {
        int dash = part.indexOf('-');
        int start = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
        int end = dash < 0 ? start : Integer.parseInt(part.substring(dash + 1));
        out.add(new LineRange(start, end));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "line " + lineNo + ": bad line range `" + clip(part) + "` (expected 12 or 19-222)");
      }
    }
    return ChangedLines.of(out);
  }

  private static Map<String, Session> sessions(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("the JSON section does not parse: " + firstLine(e.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the JSON section is not an object");
    }
    String version = root.path("schema_version").asText("");
    if (!version.startsWith("authorship/3.")) {
      throw new IllegalArgumentException(
          "schema_version `" + clip(version) + "` is not authorship/3.x");
    }
    Map<String, Session> out = new HashMap<>();
    root.path("prompts").fields().forEachRemaining(e -> {
      JsonNode agent = e.getValue().path("agent_id");
      String tool = agent.path("tool").asText("");
      out.put(
          e.getKey().toLowerCase(java.util.Locale.ROOT),
          new Session(tool.isEmpty() ? "unnamed" : CommitClassifier.agentOf(tool), agent.path("model").asText("")));
    });
    return out;
  }

  /** The origin of a line of {@code path} in the note's commit, if a session claims it. */
  Optional<Origin> lookup(String path, int line) {
    List<Claim> claims = files.get(path);
    if (claims == null) {
      return Optional.empty();
    }
    for (Claim c : claims) {
      if (c.lines().contains(line)) {
        Session s = sessions.getOrDefault(c.session(), new Session("unnamed", ""));
        return Optional.of(new Origin(Origin.Kind.AI, s.agent(), s.model(), SOURCE, true, 1.0));
      }
    }
    return Optional.empty();
  }

  /** The agent of the first session claiming any line, for commit-level statistics. */
  String firstAgent() {
    return files.values().stream().flatMap(List::stream).findFirst()
        .map(c -> sessions.getOrDefault(c.session(), new Session("unnamed", "")).agent())
        .orElse("unnamed");
  }

  private static String unquote(String path) {
    return path.length() >= 2 && path.startsWith("\"") && path.endsWith("\"")
        ? path.substring(1, path.length() - 1)
        : path;
  }

  static String clip(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
