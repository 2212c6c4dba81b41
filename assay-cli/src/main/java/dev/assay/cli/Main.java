package dev.assay.cli;

import dev.assay.check.ToolVersion;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point. Only {@link #main} exits the process; {@link #run} is what tests call. */
@Command(
    name = "assay",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Acceptance criteria as code: checks a change against .assay.yml.",
    subcommands = {
      CheckCommand.class,
      ScanCommand.class,
      BaselineCommand.class,
      InitCommand.class,
      DemoCommand.class,
      ProvenanceCommand.class, BlameCommand.class, AuditCommand.class,
      GenerateCommand.class, ReviewCommand.class, CostCommand.class, EvalCommand.class,
      ContextCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 pass, 1 criteria not met, 2 usage or criteria-file error, 3 a gate could not run.",
      "Docs: docs/cli.md"
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final boolean colour;

  private Main(boolean colour) {
    this.colour = colour;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err, Console.colour()));
  }

  /**
   * Runs the command line and returns the exit code. Output is plain text: streams handed in are
   * not known to be a terminal, so no colour escapes are written.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  static int run(String[] args, PrintStream out, PrintStream err, boolean colour) {
    CommandLine cl = new CommandLine(new Main(colour));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("assay: " + ex.getMessage());
          c.getErr().println("Run `" + c.getCommandSpec().qualifiedName() + " --help` for usage.");
          return ExitCode.USAGE.code();
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          c.getErr().println("assay: internal error: " + ex);
          c.getErr().println("This is a bug in Assay; please report it with the command you ran.");
          return ExitCode.ERROR.code();
        });
    return cl.execute(args);
  }

  /** Whether the console report may use ANSI colours. */
  boolean colour() {
    return colour;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"assay " + ToolVersion.get()};
    }
  }
}
