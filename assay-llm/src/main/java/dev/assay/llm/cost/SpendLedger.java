package dev.assay.llm.cost;

import dev.assay.llm.record.CallRecord;
import dev.assay.llm.record.JsonlCallRecorder;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Reads what the local ledger says was spent on a UTC day, for the daily budget. */
public final class SpendLedger {
  private SpendLedger() {}

  /** The total cost of the calls recorded on {@code day} (UTC) in {@code file}. */
  public static BigDecimal spentOn(Path file, LocalDate day) throws IOException {
    return JsonlCallRecorder.read(file).calls().stream()
        .filter(c -> LocalDate.ofInstant(c.time(), ZoneOffset.UTC).equals(day))
        .map(CallRecord::costUsd)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
