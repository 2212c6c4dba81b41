package dev.assay.java.mutation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the mutation-testing-report-schema JSON that StrykerJS (and Stryker.NET, Stryker4s) write
 * ({@code reports/mutation/mutation.json}): {@code files.<path>.mutants[]} with status, mutator,
 * replacement and location. Paths are made relative to the repository when the report's {@code
 * projectRoot} lies inside it; otherwise they are matched by suffix like PIT's.
 */
final class StrykerJsonParser {
  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
              .build());

  /** Parses the stream; {@code label} names the file in errors, {@code root} is the repository. */
  List<ReportedMutant> parse(InputStream in, String label, Path root)
      throws MutationReportException {
    JsonNode doc;
    try {
      doc = JSON.readTree(in);
    } catch (JsonParseException e) {
      JsonLocation at = e.getLocation();
      throw new MutationReportException(
          label,
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          "malformed JSON: " + e.getOriginalMessage(),
          "Regenerate the report (Stryker's `json` reporter)");
    } catch (IOException e) {
      throw new MutationReportException(
          label, 0, 0, "cannot read: " + e.getMessage(), "Check the file");
    }
    JsonNode files = doc == null ? null : doc.get("files");
    if (files == null || !files.isObject()) {
      throw new MutationReportException(
          label,
          0,
          0,
          "no `files` object: not a mutation-testing-report JSON",
          "Point `reports` at Stryker's reports/mutation/mutation.json");
    }
    String prefix = prefix(doc.path("projectRoot").asText(""), root);
    List<ReportedMutant> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> file = it.next();
      String path = prefix + file.getKey().replace('\\', '/');
      for (JsonNode m : file.getValue().path("mutants")) {
        mutant(m, path, label).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<ReportedMutant> mutant(JsonNode m, String path, String label)
      throws MutationReportException {
    String status = m.path("status").asText("");
    Optional<MutantStatus> s = status(status);
    if (status.equals("Ignored")) {
      return Optional.empty();
    }
    if (s.isEmpty()) {
      throw new MutationReportException(
          label,
          0,
          0,
          "mutant "
              + m.path("id").asText("?")
              + " of "
              + path
              + " has unknown status `"
              + status
              + "`",
          "Regenerate the report");
    }
    int line = m.path("location").path("start").path("line").asInt(0);
    if (line < 1) {
      throw new MutationReportException(
          label,
          0,
          0,
          "mutant " + m.path("id").asText("?") + " of " + path + " has no start line",
          "Regenerate the report");
    }
    int column = m.path("location").path("start").path("column").asInt(0);
    int endLine = m.path("location").path("end").path("line").asInt(line);
    int endColumn = m.path("location").path("end").path("column").asInt(0);
    String replacement = m.path("replacement").asText("");
    String description = m.path("description").asText("");
    return Optional.of(
        new ReportedMutant(
            path,
            "",
            "",
            line,
            m.path("mutatorName").asText(""),
            description,
            s.get(),
            m.path("testsCompleted").asInt(m.path("coveredBy").size()),
            m.path("killedBy").isArray() && m.path("killedBy").size() > 0
                ? m.path("killedBy").get(0).asText("")
                : "",
            m.path("id").asText(""),
            Optional.of(new ReportedMutant.Span(column, endLine, endColumn, replacement))));
  }

  private static Optional<MutantStatus> status(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "killed" -> Optional.of(MutantStatus.KILLED);
      case "survived" -> Optional.of(MutantStatus.SURVIVED);
      case "nocoverage" -> Optional.of(MutantStatus.NO_COVERAGE);
      case "timeout" -> Optional.of(MutantStatus.TIMED_OUT);
      case "runtimeerror" -> Optional.of(MutantStatus.RUN_ERROR);
      case "compileerror" -> Optional.of(MutantStatus.NON_VIABLE);
      case "pending" -> Optional.of(MutantStatus.NOT_STARTED);
      default -> Optional.empty();
    };
  }

  /** The report's project root relative to the repository, with a trailing slash, or empty. */
  private static String prefix(String projectRoot, Path root) {
    if (projectRoot.isEmpty()) {
      return "";
    }
    try {
      Path p = Path.of(projectRoot).toAbsolutePath().normalize();
      Path r = root.toAbsolutePath().normalize();
      if (p.startsWith(r) && !p.equals(r)) {
        return r.relativize(p).toString().replace('\\', '/') + "/";
      }
    } catch (RuntimeException e) {
      // an odd projectRoot: fall back to suffix matching
    }
    return "";
  }
}
