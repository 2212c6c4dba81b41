package dev.assay.cli;

import dev.assay.api.CriteriaException;
import dev.assay.llm.context.AgentFiles;
import dev.assay.llm.context.CriteriaInstructions;
import dev.assay.llm.context.CriteriaText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay context}: the criteria as instructions in coding agents' files. */
@Command(
    name = "context",
    mixinStandardHelpOptions = true,
    description = "Write the criteria as instructions for coding agents (AGENTS.md, CLAUDE.md,"
        + " .github/copilot-instructions.md, .cursor/rules), in a section marked as generated.",
    footer = {"", "Exit codes: 0 written (or, with --check, up to date), 1 with --check: out of date,"
        + " 2 usage or criteria-file error.", "Docs: docs/llm.md"})
final class ContextCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--repo", paramLabel = "DIR", description = "A folder inside the repository (default: .).")
  Path repo = Path.of(".");

  @Option(names = "--criteria", paramLabel = "FILE", description = "Criteria file (default: .assay.yml).")
  Path criteria;

  @Option(names = "--target", paramLabel = "LIST", defaultValue = "agents,claude,copilot,cursor",
      description = "Comma-separated subset of agents, claude, copilot, cursor (default: all).")
  String targets;

  @Option(names = "--check", description = "Write nothing; exit 1 if any file is missing or out of date (for CI).")
  boolean check;

  @Option(names = "--print", description = "Print the instructions instead of writing files.")
  boolean print;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Path root = ModelOptions.workTree(repo);
      List<AgentFiles.Target> chosen = new ArrayList<>();
      for (String t : targets.split(",")) {
        if (!t.isBlank()) {
          AgentFiles.Target target = AgentFiles.Target.byId(t);
          if (!chosen.contains(target)) {
            chosen.add(target);
          }
        }
      }
      String text = CriteriaInstructions.render(CriteriaText.load(root, Optional.ofNullable(criteria)));
      if (print) {
        out.print(text);
        out.flush();
        return ExitCode.OK.code();
      }
      List<AgentFiles.Written> written = AgentFiles.write(root, chosen, text, check);
      boolean stale = false;
      for (AgentFiles.Written w : written) {
        String what = check && w.status() != AgentFiles.Status.UNCHANGED ? "out of date" : w.status().name().toLowerCase(java.util.Locale.ROOT);
        stale |= w.status() != AgentFiles.Status.UNCHANGED;
        out.println("  " + what + "  " + w.target().path());
      }
      if (check && stale) {
        err.println("assay: agent instructions are out of date with the criteria; run `assay context` and commit the result");
        return ExitCode.BLOCKED.code();
      }
      return ExitCode.OK.code();
    } catch (ModelOptions.UsageException | IllegalArgumentException | CriteriaException e) {
      err.println("assay: " + e.getMessage());
      return ExitCode.USAGE.code();
    } catch (IOException e) {
      err.println("assay: " + e.getMessage());
      return ExitCode.ERROR.code();
    }
  }
}
