package dev.assay.llm.generate;

import dev.assay.demo.DemoException;
import dev.assay.demo.DemoProject;
import dev.assay.llm.ScriptedServer;
import dev.assay.llm.ScriptedServer.Reply;
import dev.assay.llm.client.HttpModelClient;
import dev.assay.llm.client.Provider;
import dev.assay.llm.client.RetryPolicy;
import dev.assay.llm.client.Wire;
import dev.assay.llm.cost.Budget;
import dev.assay.llm.cost.CostMeter;
import dev.assay.llm.cost.MeteredModel;
import dev.assay.llm.cost.PriceTable;
import dev.assay.llm.record.JsonlCallRecorder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Measures the generate loop's own time per attempt on the demo repository: the two-attempt run
 * of GenerateLoopTest (weak tests, then the fix) repeated, with the model answering instantly from
 * a local server. Prints each phase's median, min and max. Not a test: run by bench/generate-bench.sh.
 */
public final class GenerateBench {
  private GenerateBench() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Path dir = Files.createTempDirectory("assay-generate-bench-");
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Path repo = DemoProject.create(dir.resolve("shop"), quiet).repo();
    List<GenerateResult> results = new ArrayList<>();
    for (int i = 0; i < runs + 2; i++) {
      try (ScriptedServer server = new ScriptedServer()) {
        server.then(Reply.json(200, Wire.anthropic(GenerateLoopTest.firstAnswer(), 3000, 1500, 0)))
            .then(Reply.json(200, Wire.anthropic(GenerateLoopTest.secondAnswer(), 6000, 800, 2000)));
        HttpModelClient client = new HttpModelClient(Provider.ANTHROPIC, server.base(""), Optional.empty(),
            RetryPolicy.DEFAULT, d -> {}, 1 << 20);
        MeteredModel model = new MeteredModel(client, new CostMeter(PriceTable.builtInTable(), Budget.NONE, BigDecimal.ZERO),
            new JsonlCallRecorder(dir.resolve("ledger.jsonl")), "bench-" + i, "generate", false, Clock.systemUTC(), w -> {});
        BuildStep build = tree -> {
          try {
            DemoProject.TestCounts c = DemoProject.build(tree, quiet);
            return new BuildStep.Result(c.failed() == 0, "");
          } catch (DemoException e) {
            return new BuildStep.Result(false, e.getMessage());
          }
        };
        GenerateResult r = new GenerateLoop(model, build, p -> {}, Clock.systemUTC()).run(new GenerateRequest(
            repo, "main", "Add tier, bulk and coupon discounts to PriceCalculator",
            List.of(GenerateLoopTest.MAIN + "PriceCalculator.java", GenerateLoopTest.MAIN + "DiscountPolicy.java"),
            Optional.empty(), "claude-sonnet-4-5", 0, 8000, Duration.ofSeconds(30), 3, Optional.of("bench/" + i),
            Optional.empty(), false, 1 << 20));
        if (r.outcome() != GenerateResult.Outcome.PASS || r.attempts().size() != 2) {
          throw new IllegalStateException("unexpected run: " + r);
        }
        if (i >= 2) {
          results.add(r);
        }
      }
    }
    List<GenerateResult.Attempt> attempts = results.stream().flatMap(r -> r.attempts().stream()).toList();
    System.out.printf("demo repository, %d runs of 2 attempts after 2 warm-up runs (%d attempts)%n", runs, attempts.size());
    print("clone (per run)", results, GenerateResult::cloneMillis);
    print("context (per run)", results, GenerateResult::contextMillis);
    print("model call, local server", attempts, GenerateResult.Attempt::modelMillis);
    print("parse + apply + commit", attempts, GenerateResult.Attempt::applyMillis);
    print("build: javac + JUnit + JaCoCo", attempts, GenerateResult.Attempt::buildMillis);
    print("assay check", attempts, GenerateResult.Attempt::checkMillis);
    print("loop overhead per attempt*", attempts, a -> a.applyMillis() + a.checkMillis());
    System.out.println("* parse + apply + commit + check; clone and context are once per run");
  }

  private static <T> void print(String what, List<T> xs, ToLongFunction<T> f) {
    long[] v = xs.stream().mapToLong(f).sorted().toArray();
    System.out.printf("  %-32s median %6d ms   min %6d ms   max %6d ms%n", what, v[(v.length - 1) / 2], v[0], v[v.length - 1]);
  }
}
