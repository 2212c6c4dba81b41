package dev.assay.llm.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.CriteriaException;
import dev.assay.llm.client.Usage;
import dev.assay.llm.record.CallRecord;
import dev.assay.llm.record.JsonlCallRecorder;
import dev.assay.llm.record.RunRecord;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostTest {
  @TempDir Path tmp;

  @Test
  void pricesDatedSnapshotsByTheirLongestPrefixAndUserFileOverrides() throws Exception {
    PriceTable t = PriceTable.builtInTable();
    assertThat(t.price("claude-sonnet-4-5-20250929")).contains(Price.of("3", "15", "0.30"));
    assertThat(t.price("gpt-4.1-mini-2025-04-14")).contains(Price.of("0.40", "1.60", "0.10"));
    assertThat(t.price("qwen2.5-coder:7b")).isEmpty();
    Path f = Files.writeString(tmp.resolve("prices.json"),
        "{\"models\": {\"qwen2.5-coder:7b\": {\"input\": 0, \"output\": 0},\n \"gpt-4.1\": {\"input\": 1.5, \"output\": 6, \"cachedInput\": 0.4}}}");
    PriceTable u = PriceTable.withOverrides(f);
    assertThat(u.price("qwen2.5-coder:7b")).contains(Price.of("0", "0", "0"));
    assertThat(u.price("gpt-4.1").orElseThrow().cost(new Usage(1_000_000, 1_000_000, 1_000_000))).isEqualByComparingTo("7.9");
  }

  @Test
  void badPriceFilesNameFileLineAndKey() throws Exception {
    Path f = Files.writeString(tmp.resolve("p.json"), "{\"models\": {\n  \"m\": {\"input\": 3,, }}}");
    assertThatThrownBy(() -> PriceTable.withOverrides(f)).isInstanceOf(CriteriaException.class)
        .hasMessageContaining("p.json:2:").hasMessageContaining("not valid JSON");
    Path g = Files.writeString(tmp.resolve("q.json"), "{\"models\": {\"m\": {\"input\": -1, \"output\": 2}}}");
    assertThatThrownBy(() -> PriceTable.withOverrides(g)).hasMessageContaining("models.m.input")
        .hasMessageContaining("0 or more");
  }

  @Test
  void ledgerSumsTheDayAndReportsByModelCommandAndCostPerPass() throws Exception {
    JsonlCallRecorder rec = new JsonlCallRecorder(tmp.resolve(".git/assay/llm-calls.jsonl"));
    Instant today = Instant.parse("2026-12-02T10:00:00Z");
    rec.call(new CallRecord(today, "r1", "generate", "anthropic", "claude-sonnet-4-5", "sha256:aa",
        new Usage(3000, 1500, 0), new BigDecimal("0.0315"), 900, 1, "ok", Optional.empty(), Optional.empty()));
    rec.call(new CallRecord(today, "r1", "generate", "anthropic", "claude-sonnet-4-5", "sha256:bb",
        Usage.NONE, BigDecimal.ZERO, 50, 4, "rate_limit", Optional.empty(), Optional.empty()));
    rec.call(new CallRecord(Instant.parse("2026-12-01T23:59:59Z"), "r0", "review", "openai", "gpt-4.1", "sha256:cc",
        new Usage(1000, 100, 0), new BigDecimal("0.0028"), 700, 1, "ok", Optional.empty(), Optional.empty()));
    rec.run(new RunRecord(today, "r1", "generate", "claude-sonnet-4-5", "pass", 2, new BigDecimal("0.0315")));
    rec.run(new RunRecord(today, "r2", "generate", "claude-sonnet-4-5", "fail", 3, new BigDecimal("0.0100")));
    Files.writeString(rec.file(), "not json\n", java.nio.file.StandardOpenOption.APPEND);

    assertThat(SpendLedger.spentOn(rec.file(), LocalDate.parse("2026-12-02"))).isEqualByComparingTo("0.0315");
    String report = CostReport.render(JsonlCallRecorder.read(rec.file()), Instant.EPOCH);
    assertThat(report).contains("$0.0343 in 3 calls")
        .containsPattern("anthropic/claude-sonnet-4-5\\s+2\\s+1\\s+3000\\s+1500\\s+0\\s+\\$0.0315")
        .containsPattern("generate\\s+2\\s+1\\s+\\$0.0415\\s+\\$0.0415")
        .contains("Skipped 1 unreadable ledger line(s)");
  }

  @Test
  void breakEvenAgainstAnInstance() {
    // 100M input + 20M output a month on gpt-4.1: $200 + $160 = $360.
    BreakEven b = new BreakEven(100_000_000, 20_000_000, Price.of("2", "8", "0.5"), new BigDecimal("1.20"), 500, 5000, 0.5);
    assertThat(b.apiMonthly()).isEqualByComparingTo("360");
    // 20M / 500 /3600 = 11.1 h + 100M / 5000 / 3600 = 5.6 h: one instance, 730 h x $1.20 = $876.
    assertThat(b.instances()).isEqualTo(1);
    assertThat(b.selfHostedMonthly()).isEqualByComparingTo("876");
    assertThat(b.breakEvenMultiple().orElseThrow()).isCloseTo(876 / 360.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(b.render()).contains("Break-even: at 2.43x this volume");
    BreakEven slow = new BreakEven(1_000_000, 1_000_000, Price.of("0.15", "0.6", "0.075"), new BigDecimal("4"), 5, 50, 1);
    assertThat(slow.breakEvenMultiple()).isEmpty();
    assertThat(slow.render()).contains("never with this hardware");
  }
}
