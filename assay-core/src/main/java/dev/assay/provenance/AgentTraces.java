package dev.assay.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.api.ChangedLines;
import dev.assay.api.LineRange;
import dev.assay.api.Origin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Agent Trace records ({@code .agent-trace/traces.jsonl}): per record a VCS revision, a tool and
 * files whose line ranges (in that revision's version of the file) a contributor wrote. Read
 * leniently: any spec version, ranges under conversations or directly under a file, malformed
 * lines skipped and counted. Immutable once read.
 */
final class AgentTraces {
  static final String SOURCE = "agent-trace";
  static final String UNCOMMITTED = "";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_LINE = 4 * 1024 * 1024;

  /** Lines of one file at one revision, with who wrote them. */
  private record Span(ChangedLines lines, Origin origin) {}

  private final Map<String, List<Span>> byRevisionAndPath = new HashMap<>();
  private final List<String> revisions = new ArrayList<>();
  private int records;
  private int malformed;
  private final List<String> warnings = new ArrayList<>();

  private AgentTraces() {}

  /** No records. */
  static AgentTraces none() {
    return new AgentTraces();
  }

  /** Reads the file; an absent file, or a symlink, is no records. */
  static AgentTraces read(Path file) {
    AgentTraces t = new AgentTraces();
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return t;
    }
    var decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (!line.isBlank()) {
          t.add(line, n);
        }
      }
    } catch (IOException e) {
      t.warn("cannot read " + file.getFileName() + ": " + e.getMessage());
    }
    return t;
  }

  /** Parses one JSONL line; a malformed one is counted and skipped. */
  void add(String line, int lineNo) {
    try {
      if (line.length() > MAX_LINE) {
        throw new IllegalArgumentException("longer than 4 MiB");
      }
      JsonNode record = JSON.readTree(line);
      if (record == null || !record.isObject() || !record.path("files").isArray()) {
        throw new IllegalArgumentException("not a trace record (no `files` list)");
      }
      String revision = record.path("vcs").path("revision").asText(UNCOMMITTED).toLowerCase(Locale.ROOT);
      String tool = record.path("tool").path("name").asText("");
      for (JsonNode file : record.path("files")) {
        String path = file.path("path").asText("");
        if (path.isEmpty()) {
          throw new IllegalArgumentException("a file without `path`");
        }
        addFile(revision, path, tool, file);
      }
      records++;
    } catch (IOException | IllegalArgumentException e) {
      malformed++;
      warn("line " + lineNo + ": " + GitAiNote.clip(String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
    }
  }

  private void addFile(String revision, String path, String tool, JsonNode file) {
    List<JsonNode> groups = new ArrayList<>();
    file.path("conversations").forEach(groups::add);
    if (file.has("ranges")) {
      groups.add(file);
    }
    for (JsonNode group : groups) {
      JsonNode contributor = group.path("contributor");
      for (JsonNode range : group.path("ranges")) {
        JsonNode who = range.has("contributor") ? range.path("contributor") : contributor;
        Optional<Origin> origin = origin(who, tool);
        if (origin.isEmpty()) {
          continue;
        }
        int start = range.path("start_line").asInt(-1);
        int end = range.path("end_line").asInt(start);
        if (start < 1 || end < start) {
          throw new IllegalArgumentException("bad range " + start + "-" + end + " for " + path);
        }
        String key = revision + "\u0000" + path;
        if (!byRevisionAndPath.containsKey(key) && !revisions.contains(revision)) {
          revisions.add(revision);
        }
        byRevisionAndPath
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(new Span(ChangedLines.of(List.of(new LineRange(start, end))), origin.get()));
      }
    }
  }

  private static Optional<Origin> origin(JsonNode contributor, String tool) {
    String type = contributor.path("type").asText("").toLowerCase(Locale.ROOT);
    String model = contributor.path("model_id").asText("");
    String agent = !tool.isEmpty() ? CommitClassifier.agentOf(tool) : model.isEmpty() ? "unnamed" : CommitClassifier.agentOf(model);
    return switch (type) {
      case "ai" -> Optional.of(new Origin(Origin.Kind.AI, agent, model, SOURCE, true, 0.95));
      case "mixed" -> Optional.of(new Origin(Origin.Kind.AI, agent, model, SOURCE + ":mixed", true, 0.5));
      case "human" -> Optional.of(new Origin(Origin.Kind.HUMAN, "", "", SOURCE, true, 0.95));
      default -> Optional.empty();
    };
  }

  /**
   * The origin a record gives a line of {@code path} at {@code commit} (full id; records may name
   * an abbreviated one), or at the uncommitted working tree for {@link #UNCOMMITTED}. The last
   * record wins, as a later edit supersedes an earlier one.
   */
  Optional<Origin> lookup(String commit, String path, int line) {
    for (String rev : revisions) {
      boolean same = commit.isEmpty() ? rev.isEmpty() : !rev.isEmpty() && rev.length() >= 7 && commit.startsWith(rev);
      if (!same) {
        continue;
      }
      List<Span> spans = byRevisionAndPath.get(rev + "\u0000" + path);
      if (spans == null) {
        continue;
      }
      for (int i = spans.size() - 1; i >= 0; i--) {
        if (spans.get(i).lines().contains(line)) {
          return Optional.of(spans.get(i).origin());
        }
      }
    }
    return Optional.empty();
  }

  int records() {
    return records;
  }

  int malformed() {
    return malformed;
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }

  private void warn(String message) {
    if (warnings.size() < 5) {
      warnings.add(message);
    }
  }
}
