package dev.assay.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.api.CriteriaException;
import dev.assay.api.Location;
import dev.assay.fs.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The set of accepted finding fingerprints ({@code .assay-baseline.json}): findings in it are
 * reported as baselined and do not count. Written by {@code assay baseline}.
 */
public final class Baseline {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Baseline EMPTY = new Baseline(Set.of());

  private final Set<String> fingerprints;

  private Baseline(Set<String> fingerprints) {
    this.fingerprints = Set.copyOf(fingerprints);
  }

  public static Baseline empty() {
    return EMPTY;
  }

  /** Reads a baseline file; a missing file is an empty baseline, a malformed one an error. */
  public static Baseline read(Path file, String displayPath) {
    if (!Files.isRegularFile(file)) {
      return EMPTY;
    }
    try {
      JsonNode root = JSON.readTree(Files.readAllBytes(file));
      JsonNode list = root == null ? null : root.get("findings");
      if (list == null || !list.isArray()) {
        throw invalid(displayPath, 1, 1, "expected an object with a `findings` array");
      }
      Set<String> out = new TreeSet<>();
      for (JsonNode n : list) {
        JsonNode fp = n.get("fingerprint");
        if (fp == null || !fp.isTextual()) {
          throw invalid(displayPath, 0, 0, "every entry of `findings` needs a string `fingerprint`");
        }
        out.add(fp.asText());
      }
      return new Baseline(out);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw invalid(
          displayPath,
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw invalid(displayPath, 0, 0, "cannot read: " + e.getMessage());
    }
  }

  /** Writes the open and baselined findings of a run as the new baseline, atomically. */
  public static int write(RunResult run, Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 1);
    root.put("tool", "assay " + run.toolVersion());
    ArrayNode list = root.putArray("findings");
    int n = 0;
    for (ReportedFinding rf : run.findings()) {
      if (rf.disposition() == Disposition.SUPPRESSED) {
        continue;
      }
      ObjectNode e = list.addObject();
      e.put("fingerprint", rf.fingerprint());
      e.put("rule", rf.finding().rule());
      e.put("path", rf.finding().path());
      e.put("message", rf.finding().message());
      n++;
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    String json = JSON.writeValueAsString(root) + "\n";
    AtomicFile.write(file, out -> out.write(json));
    return n;
  }

  public boolean contains(String fingerprint) {
    return fingerprints.contains(fingerprint);
  }

  public int size() {
    return fingerprints.size();
  }

  List<String> fingerprints() {
    return List.copyOf(new TreeSet<>(fingerprints));
  }

  private static CriteriaException invalid(String file, int line, int col, String problem) {
    return new CriteriaException(
        new Location(file, line, col, ""),
        "baseline file " + problem,
        "regenerate it with `assay baseline` or delete it");
  }
}
