package dev.assay.cli;

import dev.assay.api.CriteriaException;
import dev.assay.llm.cost.BreakEven;
import dev.assay.llm.cost.CostReport;
import dev.assay.llm.cost.Price;
import dev.assay.llm.cost.PriceTable;
import dev.assay.llm.record.JsonlCallRecorder;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay cost}: spend by model and command from the ledger, and API vs self-hosted. */
@Command(
    name = "cost",
    mixinStandardHelpOptions = true,
    description = "Report model spend from the local ledger by model and command, with cost per successful"
        + " run; with --break-even, compare API pricing with a self-hosted deployment.",
    footer = {"", "Exit codes: 0 reported, 2 usage error.", "Docs: docs/llm.md"})
final class CostCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--repo", paramLabel = "DIR", description = "A folder inside the repository (default: .).")
  Path repo = Path.of(".");

  @Option(names = "--ledger", paramLabel = "FILE", description = "The call record (default: .git/assay/llm-calls.jsonl).")
  Path ledger;

  @Option(names = "--since", paramLabel = "DATE", description = "Only records from this UTC day on (YYYY-MM-DD).")
  String since;

  @Option(names = "--break-even", description = "Compare the API with self-hosting for the volume given.")
  boolean breakEven;

  @Option(names = "--model", paramLabel = "NAME", description = "The API model priced (break-even).")
  String model;

  @Option(names = "--prices", paramLabel = "FILE", description = "A JSON price file over the built-in table.")
  Path prices;

  @Option(names = "--monthly-input-tokens", paramLabel = "N") long inputTokens;

  @Option(names = "--monthly-output-tokens", paramLabel = "N") long outputTokens;

  @Option(names = "--instance-hourly", paramLabel = "USD", description = "One self-hosted instance per hour (GPU rental, or hardware and power amortised).")
  BigDecimal hourly;

  @Option(names = "--output-tokens-per-second", paramLabel = "N", description = "One instance's generation speed.")
  double outputSpeed;

  @Option(names = "--input-tokens-per-second", paramLabel = "N", description = "One instance's prompt speed (default: 10 x generation).")
  Double inputSpeed;

  @Option(names = "--utilisation", defaultValue = "0.5", description = "Share of hours an instance is busy (default: ${DEFAULT-VALUE}).")
  double utilisation;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (breakEven) {
        out.print(breakEven());
        out.flush();
        return ExitCode.OK.code();
      }
      Path file = ledger != null ? ledger : JsonlCallRecorder.defaultFile(ModelOptions.gitDir(repo));
      Instant from = Instant.EPOCH;
      if (since != null) {
        try {
          from = LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
          throw new ModelOptions.UsageException("--since must be a date like 2026-12-01, not " + since);
        }
      }
      out.print(CostReport.render(JsonlCallRecorder.read(file), from));
      out.flush();
      return ExitCode.OK.code();
    } catch (ModelOptions.UsageException | IllegalArgumentException e) {
      err.println("assay: " + e.getMessage());
      return ExitCode.USAGE.code();
    } catch (IOException e) {
      err.println("assay: cannot read the ledger: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
  }

  private String breakEven() throws ModelOptions.UsageException {
    if (model == null || hourly == null || outputSpeed <= 0) {
      throw new ModelOptions.UsageException("--break-even needs --model, --monthly-input-tokens, --monthly-output-tokens,"
          + " --instance-hourly and --output-tokens-per-second");
    }
    PriceTable table;
    try {
      table = prices == null ? PriceTable.builtInTable() : PriceTable.withOverrides(prices);
    } catch (CriteriaException e) {
      throw new ModelOptions.UsageException(e.getMessage());
    }
    Price price = table.price(model).orElseThrow(() -> new ModelOptions.UsageException(
        "no price is known for " + model + "; give it in a --prices file"));
    return new BreakEven(inputTokens, outputTokens, price, hourly, outputSpeed,
        inputSpeed == null ? outputSpeed * 10 : inputSpeed, utilisation).render();
  }
}
