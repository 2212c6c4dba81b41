package dev.assay.check;

import dev.assay.api.ChangeSet;
import dev.assay.api.CriteriaException;
import dev.assay.api.FileChange;
import dev.assay.api.Gate;
import dev.assay.api.Location;
import dev.assay.diff.Change;
import dev.assay.diff.ChangeCalculator;
import dev.assay.diff.ChangeException;
import dev.assay.diff.ChangeRequest;
import dev.assay.engine.Baseline;
import dev.assay.engine.Engine;
import dev.assay.engine.RunInput;
import dev.assay.engine.RunResult;
import dev.assay.policy.Criteria;
import dev.assay.policy.CriteriaLoader;
import dev.assay.provenance.LineProvenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Gathers the change, the criteria and the baseline for a request and runs the engine. Shared by
 * the CLI's {@code check} and {@code baseline} and by build plugins.
 */
public final class Check {
  /** Criteria files larger than this are refused: no real criteria file comes near it. */
  private static final long MAX_CRITERIA_BYTES = 1024 * 1024;

  private Check() {}

  /**
   * The outcome of a run and where things are.
   *
   * @param audit what happened to the audit trail: the record appended, or why it could not be
   */
  public record Outcome(
      RunResult result, Path workTree, Path outputDir, Criteria criteria, String audit) {
    public Outcome(RunResult result, Path workTree, Path outputDir, Criteria criteria) {
      this(result, workTree, outputDir, criteria, "");
    }
  }

  /**
   * Runs a check.
   *
   * @throws ChangeException when the change cannot be computed (not a repository, unknown ref,
   *     shallow clone): a usage error
   * @throws CriteriaException when the criteria file or baseline is wrong: a usage error
   */
  public static Outcome run(CheckRequest request) throws ChangeException {
    List<Gate<?>> gates = BuiltInGates.all();
    ChangeRequest cr =
        new ChangeRequest(
            request.repo(),
            request.base(),
            request.head(),
            request.workingTree(),
            request.maxFileBytes(),
            request.wholeTree());
    try (Change change = ChangeCalculator.compute(cr)) {
      Path root = change.workTree().toAbsolutePath().normalize();
      Criteria criteria = loadCriteria(request, root, gates);
      Path defaultOut = root.resolve("assay-reports");
      Path out = request.outputDir().map(p -> p.toAbsolutePath().normalize()).orElse(defaultOut);
      // An earlier run with the default folder leaves reports there; they are never code either.
      ChangeSet changeSet =
          withoutOutputDir(withoutOutputDir(change.changeSet(), root, out), root, defaultOut);
      Path baselineFile = root.resolve(criteria.baseline()).normalize();
      Baseline baseline = Baseline.read(baselineFile, criteria.baseline());
      List<String> notes = new java.util.ArrayList<>(change.notes());
      LineProvenance provenance = RunProvenance.read(request, root, changeSet, change.head(), criteria, notes);
      RunInput input =
          new RunInput(
              criteria, changeSet, change.base(), change.head(), root, gates, baseline,
              ToolVersion.get(), notes, provenance, request.buildModules());
      RunResult result = Engine.run(input);
      String audit = RunProvenance.audit(root, criteria, gates, result, provenance);
      return new Outcome(result, root, out, criteria, audit);
    }
  }

  /**
   * The criteria of the repository at {@code root}: {@code file} when given, else {@code
   * .assay.yml} there, else the defaults.
   *
   * @throws CriteriaException when the file is wrong
   */
  public static Criteria criteria(Path root, java.util.Optional<Path> file) {
    CheckRequest request = new CheckRequest(root, java.util.Optional.empty(), java.util.Optional.empty(), false,
        file, java.util.Optional.empty(), CheckRequest.DEFAULT_MAX_FILE_BYTES);
    return loadCriteria(request, root, BuiltInGates.all());
  }

  static Criteria loadCriteria(CheckRequest request, Path root, List<Gate<?>> gates) {
    Path file;
    if (request.criteriaFile().isPresent()) {
      file = request.criteriaFile().get().toAbsolutePath().normalize();
      if (!Files.isRegularFile(file)) {
        throw new CriteriaException(
            new Location(request.criteriaFile().get().toString(), 0, 0, ""),
            "criteria file not found",
            "check the --criteria path, or omit it to use .assay.yml at the repository root");
      }
    } else {
      file = root.resolve(".assay.yml");
      if (!Files.isRegularFile(file) && Files.isRegularFile(root.resolve(".assay.yaml"))) {
        file = root.resolve(".assay.yaml");
      }
      if (!Files.isRegularFile(file)) {
        return CriteriaLoader.defaults(BuiltInGates.defaults(gates));
      }
    }
    String display = file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : file.toString();
    try {
      if (Files.size(file) > MAX_CRITERIA_BYTES) {
        throw new CriteriaException(
            new Location(display, 0, 0, ""),
            "criteria file is larger than 1 MiB",
            "a criteria file is a few dozen lines; check that the right file is named");
      }
      return CriteriaLoader.parse(display, Files.readAllBytes(file), BuiltInGates.defaults(gates));
    } catch (IOException e) {
      throw new CriteriaException(new Location(display, 0, 0, ""), "cannot read: " + e.getMessage(), null);
    }
  }

  private static ChangeSet withoutOutputDir(ChangeSet change, Path root, Path out) {
    if (!out.startsWith(root) || out.equals(root)) {
      return change;
    }
    String prefix = root.relativize(out).toString().replace('\\', '/') + "/";
    List<FileChange> kept = change.files().stream().filter(f -> !f.path().startsWith(prefix)).toList();
    return kept.size() == change.files().size()
        ? change
        : new ChangeSet(change.base(), change.head(), kept, change.skipped());
  }
}
