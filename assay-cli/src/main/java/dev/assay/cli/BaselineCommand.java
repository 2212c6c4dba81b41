package dev.assay.cli;

import dev.assay.api.CriteriaException;
import dev.assay.check.Check;
import dev.assay.diff.ChangeException;
import dev.assay.engine.Baseline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay baseline}: records the current findings so later runs report only new ones. */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = {
      "Record the current findings so that later checks report only new ones.",
      "Writes their fingerprints to the baseline file (criteria key `baseline`, default",
      ".assay-baseline.json). Commit the file; review its changes like code."
    })
final class BaselineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ChangeOptions change;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (change.conflict().isPresent()) {
      err.println("assay: " + change.conflict().get());
      return ExitCode.USAGE.code();
    }
    try {
      Check.Outcome o = Check.run(change.toRequest());
      Path file = o.workTree().resolve(o.criteria().baseline()).normalize();
      int n = Baseline.write(o.result(), file);
      out.println("Wrote " + n + (n == 1 ? " finding" : " findings") + " to " + o.criteria().baseline());
      return ExitCode.OK.code();
    } catch (ChangeException | CriteriaException e) {
      err.println("assay: " + e.getMessage());
      return ExitCode.USAGE.code();
    } catch (IOException e) {
      err.println("assay: cannot write the baseline: " + e.getMessage());
      return ExitCode.ERROR.code();
    }
  }
}
