package dev.assay.check;

import dev.assay.api.ChangeSet;
import dev.assay.api.ChangedLines;
import dev.assay.api.FileChange;
import dev.assay.api.Gate;
import dev.assay.api.SourceTree;
import dev.assay.audit.AuditTrail;
import dev.assay.audit.CheckRecord;
import dev.assay.engine.RunResult;
import dev.assay.policy.Criteria;
import dev.assay.provenance.LineProvenance;
import dev.assay.provenance.ProvenanceReader;
import dev.assay.provenance.ProvenanceSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** The provenance and audit steps of a check: read who wrote the lines, then leave a record. */
final class RunProvenance {
  private RunProvenance() {}

  /** Provenance of the change's added lines; unknown everywhere (with a note) when unreadable. */
  static LineProvenance read(
      CheckRequest request, Path root, ChangeSet change, SourceTree head, Criteria criteria, List<String> notes) {
    if (request.wholeTree()) {
      notes.add("Provenance is not read for a whole-tree check: every line counts as unknown.");
      return LineProvenance.none(List.of());
    }
    try (Repository repo = open(root)) {
      String branch = ProvenanceSettings.branchFrom(System.getenv());
      LineProvenance p = new ProvenanceReader(repo, root, criteria.provenance(), branch).forChange(change, head);
      notes.addAll(p.notes());
      summary(p, change).ifPresent(notes::add);
      return p;
    } catch (IOException | RuntimeException e) {
      notes.add("Provenance could not be read (" + e.getMessage() + "); every changed line counts as unknown.");
      return LineProvenance.none(List.of());
    }
  }

  private static java.util.Optional<String> summary(LineProvenance p, ChangeSet change) {
    Map<String, Integer> counts = counts(p, change);
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return java.util.Optional.empty();
    }
    String parts = counts.entrySet().stream()
        .map(e -> e.getValue() + (e.getKey().startsWith("ai:")
            ? " AI-authored (" + e.getKey().substring(3) + ")"
            : e.getKey().equals("unknown") ? " unknown (no signal)" : " " + e.getKey()))
        .collect(Collectors.joining(", "));
    return java.util.Optional.of("Provenance of the " + total + " changed lines: " + parts
        + " (see `assay provenance` for the sources).");
  }

  static Map<String, Integer> counts(LineProvenance p, ChangeSet change) {
    Map<String, ChangedLines> lines = new LinkedHashMap<>();
    for (FileChange f : change.files()) {
      lines.put(f.path(), f.addedLines());
    }
    return p.count(lines);
  }

  /** Appends the run's audit record; returns what happened, in one sentence. */
  static String audit(Path root, Criteria criteria, List<Gate<?>> gates, RunResult result, LineProvenance p) {
    if (!criteria.audit().enabled()) {
      return "";
    }
    try (Repository repo = open(root)) {
      AuditTrail trail = new AuditTrail(repo, root, criteria.audit());
      String user = (repo.getConfig().getString("user", null, "name") == null ? "" : repo.getConfig().getString("user", null, "name"))
          + (repo.getConfig().getString("user", null, "email") == null ? "" : " <" + repo.getConfig().getString("user", null, "email") + ">");
      String origin = repo.getConfig().getString("remote", "origin", "url");
      var record = CheckRecord.of(result, origin == null ? root.toString() : origin, criteria.version(), gates,
          counts(p, result.change()), System.getenv(), user.strip(), Instant.now());
      var written = trail.append(record, result.change().head().commit());
      return "Audit record " + written.path("seq").asLong() + " appended to " + trail.log().file();
    } catch (IOException | RuntimeException e) {
      return "Audit record NOT appended: " + e.getMessage();
    }
  }

  private static Repository open(Path root) throws IOException {
    return new FileRepositoryBuilder().findGitDir(root.toFile()).setMustExist(true).build();
  }
}
