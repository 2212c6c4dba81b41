package dev.assay.cli;

import dev.assay.api.CriteriaException;
import dev.assay.audit.AuditTrail;
import dev.assay.audit.AuditVerification;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay audit verify}: checks the audit trail's hash chain, anchor and notes. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "The audit trail every `assay check` appends to.",
    subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code assay audit verify}. */
  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = {"Verify the audit log: exit 0 when intact, 1 when any record was edited, deleted or reordered."})
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin RepoOptions options;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try (Repository repo = options.open()) {
        AuditTrail trail = new AuditTrail(repo, repo.getWorkTree().toPath(), options.criteria(repo).audit());
        AuditVerification v = trail.verify();
        if (v.intact()) {
          out.println("Audit log intact: " + v.records() + " record(s) in " + trail.log().file());
          out.flush();
          return ExitCode.OK.code();
        }
        out.println("Audit log TAMPERED: " + trail.log().file());
        v.problems().forEach(p -> out.println("  " + p));
        out.flush();
        return ExitCode.BLOCKED.code();
      } catch (RepoOptions.UsageException | CriteriaException e) {
        err.println("assay audit verify: " + e.getMessage());
        return ExitCode.USAGE.code();
      } catch (IOException e) {
        err.println("assay audit verify: cannot read the log: " + e.getMessage());
        return ExitCode.ERROR.code();
      }
    }
  }
}
