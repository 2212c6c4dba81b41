package dev.assay.cli;

import dev.assay.api.CriteriaException;
import dev.assay.api.Status;
import dev.assay.check.Check;
import dev.assay.check.CheckRequest;
import dev.assay.demo.DemoException;
import dev.assay.demo.DemoProject;
import dev.assay.diff.ChangeException;
import dev.assay.engine.RunResult;
import dev.assay.engine.Verdict;
import dev.assay.report.ReportWriter;
import dev.assay.report.Reporter;
import dev.assay.report.Reporters;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assay demo}: builds the example repository (real javac, JUnit and JaCoCo runs), checks
 * the AI-co-authored change and shows that Assay blocks it. Exit 0 when it ran as intended.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Check an example AI-co-authored change and show why it is blocked.",
      "Creates an example repository whose change passes its tests but leaves new logic",
      "untested and makes its key-value store scan on every lookup and flush every insert,",
      "runs `assay check` on it (benchmarks included), and shows the verdict and the reports."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand Main main;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Empty or absent folder for the example (default: a new temporary folder).")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Path target = dir != null ? dir : Files.createTempDirectory("assay-demo-").resolve("shop");
      out.println("Building the example repository in " + target);
      out.flush();
      DemoProject.Result made = DemoProject.create(
              target,
              new PrintStream(indented(out), true, StandardCharsets.UTF_8),
              DemoProject.Criteria.WITH_PERFORMANCE);
      out.println();
      out.println("$ assay check --repo " + made.repo());
      out.println(
          "  (builds base and head of the key-value store and runs its benchmark on both,"
              + " interleaved: about a minute)");
      out.flush();
      Check.Outcome outcome = Check.run(request(made.repo()));
      List<Reporter> files = Reporters.builtIn().stream().filter(r -> !r.fileName().isEmpty()).toList();
      List<Path> written = ReportWriter.writeAll(outcome.result(), outcome.outputDir(), files);
      Console.print(outcome, written, false, main.colour(), out);
      return explain(outcome.result(), made, out);
    } catch (DemoException | ChangeException | CriteriaException e) {
      err.println("assay demo: " + e.getMessage());
      return ExitCode.ERROR.code();
    } catch (IOException e) {
      err.println("assay demo: cannot write the example or its reports: " + e.getMessage());
      return ExitCode.ERROR.code();
    }
  }

  private static CheckRequest request(Path repo) {
    return new CheckRequest(
        repo, Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(),
        CheckRequest.DEFAULT_MAX_FILE_BYTES);
  }

  private static int explain(RunResult result, DemoProject.Result made, PrintWriter out) {
    Verdict verdict = result.verdict();
    out.println();
    if (verdict == Verdict.BLOCKED) {
      out.println(
          "The demo ran as intended: the change co-authored by an AI assistant passes all "
              + made.testsRun()
              + " tests, yet much of its new logic is never executed by them"
              + (failed(result, "performance")
                  ? ", and its \"simplified\" key-value store reads the whole data file on every"
                      + " lookup and flushes every insert to disk"
                  : "")
              + ", so Assay blocks it.");
      out.println("Try it yourself: cd " + made.repo() + " and run `assay check` again after adding tests.");
      out.flush();
      return ExitCode.OK.code();
    }
    out.println("The demo did not end as intended: expected BLOCKED, got " + verdict + ".");
    out.flush();
    return ExitCode.ERROR.code();
  }

  private static boolean failed(RunResult result, String gate) {
    return result.gates().stream().anyMatch(g -> g.id().equals(gate) && g.status() == Status.FAIL);
  }

  /** Indents each progress line of the demo builder; bytes are decoded per line as UTF-8. */
  private static OutputStream indented(PrintWriter out) {
    return new OutputStream() {
      private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

      @Override
      public void write(int b) {
        if (b == '\n') {
          out.println("  " + line.toString(StandardCharsets.UTF_8));
          out.flush();
          line.reset();
        } else {
          line.write(b);
        }
      }
    };
  }
}
