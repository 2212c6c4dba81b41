package dev.assay.cli;

import dev.assay.api.CriteriaException;
import dev.assay.policy.Criteria;
import dev.assay.provenance.DefectReport;
import dev.assay.provenance.ProvenanceOutput;
import dev.assay.provenance.ProvenanceReader;
import dev.assay.provenance.ProvenanceSettings;
import dev.assay.provenance.RangeReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay provenance [RANGE]}: who wrote the lines of a range, and how often each class introduced defects. */
@Command(
    name = "provenance",
    mixinStandardHelpOptions = true,
    description = {
      "Lines added per provenance class (AI by agent and model, human, unknown), per file and per author,",
      "and how many are still present at the head. With --defects: defect-introduction rates (SZZ)."
    })
final class ProvenanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RepoOptions options;

  @Parameters(index = "0", arity = "0..1", paramLabel = "RANGE",
      description = "BASE..HEAD, or one revision for all of its history (default: HEAD).")
  String range = "HEAD";

  @Option(names = "--format", paramLabel = "FORMAT", description = "console, markdown or json (default: console).")
  String format = "console";

  @Option(names = "--defects", description = "Report defect-introduction rates per provenance class instead.")
  boolean defects;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!List.of("console", "markdown", "json").contains(format)) {
      err.println("assay provenance: --format must be console, markdown or json, not `" + format + "`");
      return ExitCode.USAGE.code();
    }
    try (Repository repo = options.open()) {
      Criteria criteria = options.criteria(repo);
      String[] sides = range.split("\\.\\.", -1);
      if (sides.length > 2 || range.contains("...")) {
        throw new RepoOptions.UsageException("RANGE is BASE..HEAD or one revision, not `" + range + "`");
      }
      ObjectId head = resolve(repo, sides.length == 2 ? sides[1] : sides[0]);
      Optional<ObjectId> base = sides.length == 2 ? Optional.of(resolve(repo, sides[0])) : Optional.empty();
      ProvenanceReader reader = new ProvenanceReader(repo, repo.getWorkTree().toPath(), criteria.provenance(),
          ProvenanceSettings.branchFrom(System.getenv()));
      if (defects) {
        DefectReport r = DefectReport.read(reader, range, head, base, criteria.provenance().fixPatterns());
        out.print(ProvenanceOutput.render(r, format));
      } else {
        out.print(ProvenanceOutput.render(RangeReport.read(reader, range, head, base), format));
      }
      out.flush();
      return ExitCode.OK.code();
    } catch (RepoOptions.UsageException | CriteriaException e) {
      err.println("assay provenance: " + e.getMessage());
      return ExitCode.USAGE.code();
    } catch (IOException e) {
      err.println("assay provenance: cannot read the history: " + e.getMessage());
      return ExitCode.ERROR.code();
    }
  }

  static ObjectId resolve(Repository repo, String rev) throws RepoOptions.UsageException {
    String r = rev.isEmpty() ? "HEAD" : rev;
    try {
      ObjectId id = repo.resolve(r + "^{commit}");
      if (id == null) {
        throw new RepoOptions.UsageException("unknown revision `" + r + "`: name a branch, tag or commit");
      }
      return id;
    } catch (IOException | org.eclipse.jgit.errors.RevisionSyntaxException e) {
      throw new RepoOptions.UsageException("cannot resolve `" + r + "`: " + e.getMessage());
    }
  }
}
