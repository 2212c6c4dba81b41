package dev.assay.llm.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.io.IOException;
import java.io.InputStream;
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
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole loop against a scripted model on a real local server and the demo's real build. */
class GenerateLoopTest {
  static final String MAIN = "src/main/java/com/example/shop/";
  static final String TEST = "src/test/java/com/example/shop/";

  @TempDir Path tmp;
  private ScriptedServer server;
  private Path repo;
  private Path ledger;
  private final List<String> progress = new ArrayList<>();

  @BeforeEach
  void setUp() throws IOException, DemoException {
    server = new ScriptedServer();
    repo = DemoProject.create(tmp.resolve("shop"), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).repo();
    ledger = tmp.resolve("ledger.jsonl");
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  /** The demo's head files, which pass the tests but leave most new lines uncovered. */
  static String firstAnswer() throws IOException {
    return "I added the discount policy.\n\n"
        + file(MAIN + "Tier.java", resource("head/Tier.java"))
        + file(MAIN + "DiscountPolicy.java", resource("head/DiscountPolicy.java"))
        + file(MAIN + "PriceCalculator.java", resource("head/PriceCalculator.java"))
        + file(TEST + "DiscountPolicyTest.java", resource("head/DiscountPolicyTest.java"));
  }

  /** Tests for every branch, as a search/replace on the test the first answer wrote. */
  static String secondAnswer() {
    return """
        The coverage gate found untested lines; these tests cover every rule.

        ### EDIT: src/test/java/com/example/shop/DiscountPolicyTest.java
        ```java
        <<<<<<< SEARCH
          @Test
          void emptyOrderGetsNoDiscount() {
            assertEquals(BigDecimal.ZERO, policy.rate(Tier.GOLD, BigDecimal.ZERO, "SAVE10"));
          }
        =======
          @Test
          void emptyOrderGetsNoDiscount() {
            assertEquals(BigDecimal.ZERO, policy.rate(Tier.GOLD, BigDecimal.ZERO, "SAVE10"));
          }

          @Test
          void goldTierGetsTenPercent() {
            assertEquals(new BigDecimal("0.10"), policy.rate(Tier.GOLD, new BigDecimal("100.00"), null));
          }

          @Test
          void silverTierAddsAValidCoupon() {
            assertEquals(new BigDecimal("0.20"), policy.rate(Tier.SILVER, new BigDecimal("100.00"), "SAVE15"));
          }

          @Test
          void bulkOrdersGetABonusAndBadCouponsNothing() {
            assertEquals(new BigDecimal("0.05"), policy.rate(Tier.REGULAR, new BigDecimal("600.00"), "bogus"));
          }

          @Test
          void rateIsCappedAtThirtyPercent() {
            assertEquals(new BigDecimal("0.30"), policy.rate(Tier.GOLD, new BigDecimal("600.00"), "SAVE99"));
          }

          @Test
          void discountedTotalTaxesTheDiscountedAmount() {
            PriceCalculator calculator = new PriceCalculator(new BigDecimal("0.20"));
            List<OrderLine> lines = List.of(new OrderLine("A", new BigDecimal("100.00"), 1));
            assertEquals(new BigDecimal("108.00"), calculator.discountedTotal(lines, policy, Tier.GOLD, null));
          }
        >>>>>>> REPLACE
        <<<<<<< SEARCH
        import java.math.BigDecimal;
        =======
        import java.math.BigDecimal;
        import java.util.List;
        >>>>>>> REPLACE
        ```
        """;
  }

  static String file(String path, String content) {
    return "### FILE: " + path + "\n```java\n" + content + (content.endsWith("\n") ? "" : "\n") + "```\n\n";
  }

  static String resource(String name) throws IOException {
    try (InputStream in = DemoProject.class.getResourceAsStream("/dev/assay/demo/example/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private GenerateLoop loop(Budget budget, BigDecimal spentToday) {
    HttpModelClient client = new HttpModelClient(Provider.ANTHROPIC, server.base(""), Optional.empty(),
        new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5)), d -> {}, 1 << 20);
    MeteredModel model = new MeteredModel(client, new CostMeter(PriceTable.builtInTable(), budget, spentToday),
        new JsonlCallRecorder(ledger), "run-1", "generate", false, Clock.systemUTC(), progress::add);
    BuildStep build = tree -> {
      try {
        DemoProject.TestCounts counts = DemoProject.build(tree, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return new BuildStep.Result(counts.failed() == 0, counts.failed() + " tests failed");
      } catch (DemoException e) {
        return new BuildStep.Result(false, e.getMessage());
      }
    };
    return new GenerateLoop(model, build, progress::add, Clock.systemUTC());
  }

  private GenerateRequest request(int maxAttempts, Optional<Path> patch) {
    return new GenerateRequest(repo, "main", "Add tier, bulk and coupon discounts to PriceCalculator",
        List.of(MAIN + "PriceCalculator.java", MAIN + "DiscountPolicy.java", TEST + "DiscountPolicyTest.java"),
        Optional.empty(), "claude-sonnet-4-5", 0, 8000, Duration.ofSeconds(30), maxAttempts,
        Optional.empty(), patch, false, 1 << 20);
  }

  @Test
  void firstAnswerFailsCoverageSecondFixesItEndingInAPassingBranchWithTheCostRecorded() throws Exception {
    server.then(Reply.json(200, Wire.anthropic(firstAnswer(), 3000, 1500, 0)))
        .then(Reply.json(200, Wire.anthropic(secondAnswer(), 6000, 800, 2000)));
    Path patch = tmp.resolve("change.patch");

    GenerateResult r = loop(Budget.NONE, BigDecimal.ZERO).run(request(3, Optional.of(patch)));

    assertThat(r.outcome()).as(r.reason() + " " + progress).isEqualTo(GenerateResult.Outcome.PASS);
    assertThat(r.attempts()).extracting(GenerateResult.Attempt::status).containsExactly("blocked", "pass");
    assertThat(r.attempts().get(0).failing()).contains("coverage/changed-lines");
    // 3000 x $3 + 1500 x $15 per million, then 6000 x $3 + 800 x $15 + 2000 cached x $0.30.
    assertThat(r.attempts().get(0).costUsd()).isEqualByComparingTo("0.0315");
    assertThat(r.attempts().get(1).costUsd()).isEqualByComparingTo("0.0306");
    assertThat(r.costUsd()).isEqualByComparingTo("0.0621");

    // The second request carried the failing criterion back as a structured task.
    String second = server.received().get(1).body();
    assertThat(second).contains("- coverage/changed-lines: ").contains("\\\"gate\\\" : \\\"coverage\\\"");

    // A new branch in the user's repository, with provenance trailers; the work tree untouched.
    try (Git git = Git.open(repo.toFile())) {
      assertThat(git.getRepository().getBranch()).isEqualTo("feature/discounts");
      assertThat(git.status().call().isClean()).isTrue();
      RevCommit c = git.log().add(git.getRepository().resolve(r.branch().orElseThrow())).setMaxCount(1).call().iterator().next();
      assertThat(c.name()).isEqualTo(r.commit().orElseThrow());
      assertThat(c.getFullMessage())
          .startsWith("Add tier, bulk and coupon discounts to PriceCalculator\n")
          .contains("Generated-by: assay generate (anthropic/claude-sonnet-4-5)")
          .contains("Co-authored-by: Claude <noreply@anthropic.com>");
      assertThat(c.getParent(0).name()).isEqualTo(git.getRepository().resolve("main").name());
    }
    assertThat(Files.readString(patch)).contains("+++ b/src/test/java/com/example/shop/DiscountPolicyTest.java")
        .contains("rateIsCappedAtThirtyPercent").contains("Subject: [PATCH] Add tier");

    JsonlCallRecorder.Contents recorded = JsonlCallRecorder.read(ledger);
    assertThat(recorded.calls()).extracting(c -> c.costUsd().toPlainString()).containsExactly("0.0315", "0.0306");
    assertThat(recorded.calls()).allSatisfy(c -> {
      assertThat(c.promptHash()).startsWith("sha256:");
      assertThat(c.prompt()).isEmpty();
      assertThat(c.outcome()).isEqualTo("ok");
    });
    assertThat(recorded.runs()).singleElement().satisfies(run -> {
      assertThat(run.outcome()).isEqualTo("pass");
      assertThat(run.attempts()).isEqualTo(2);
      assertThat(run.costUsd()).isEqualByComparingTo("0.0621");
    });
    assertThat(Files.readString(ledger)).doesNotContain("DiscountPolicy");
  }

  @Test
  void searchThatDoesNotMatchGoesBackAsDidNotApplyAndAttemptsAreCapped() throws Exception {
    String wrong = """
        ### EDIT: src/main/java/com/example/shop/PriceCalculator.java
        ```
        <<<<<<< SEARCH
        public class PriceCalculator {
        =======
        public final class PriceCalculator implements Priced {
        >>>>>>> REPLACE
        ```
        """;
    server.then(Reply.json(200, Wire.anthropic(wrong, 100, 50, 0)))
        .then(Reply.json(200, Wire.anthropic("Sorry, I am not sure.", 100, 10, 0)));

    GenerateResult r = loop(Budget.NONE, BigDecimal.ZERO).run(request(2, Optional.empty()));

    assertThat(r.outcome()).isEqualTo(GenerateResult.Outcome.FAILED);
    assertThat(r.attempts()).extracting(GenerateResult.Attempt::status).containsExactly("did-not-apply", "did-not-apply");
    assertThat(r.branch()).isEmpty();
    assertThat(server.received()).hasSize(2);
    assertThat(server.received().get(1).body())
        .contains("Your answer was not applied")
        .contains("does not match the file")
        .contains("public final class PriceCalculator {");
    try (Git git = Git.open(repo.toFile())) {
      assertThat(git.branchList().call()).extracting(ref -> ref.getName())
          .containsExactlyInAnyOrder("refs/heads/main", "refs/heads/feature/discounts");
    }
  }

  @Test
  void budgetStopsBeforeACallThatCouldPassIt() throws Exception {
    server.then(Reply.json(200, Wire.anthropic(firstAnswer(), 3000, 1500, 0)));
    // 8000 output tokens at $15 per million alone may cost $0.12: more than is left today.
    Budget budget = new Budget(Optional.empty(), Optional.of(new BigDecimal("1.00")), Optional.empty());

    GenerateResult r = loop(budget, new BigDecimal("0.95")).run(request(3, Optional.empty()));

    assertThat(r.outcome()).isEqualTo(GenerateResult.Outcome.BUDGET);
    assertThat(r.reason()).contains("daily budget of $1.00").contains("spent $0.95 today");
    assertThat(server.received()).isEmpty();
  }

  @Test
  void budgetFallsBackToTheCheaperModel() throws Exception {
    server.then(Reply.json(200, Wire.anthropic("no edits here", 3000, 100, 0)));
    Budget budget = new Budget(Optional.of(new BigDecimal("0.10")), Optional.empty(), Optional.of("claude-haiku-4-5"));

    GenerateResult r = loop(budget, BigDecimal.ZERO).run(request(1, Optional.empty()));

    assertThat(server.received().get(0).body()).contains("\"model\":\"claude-haiku-4-5\"");
    assertThat(r.attempts().get(0).model()).isEqualTo("claude-haiku-4-5");
    assertThat(r.costUsd()).isEqualByComparingTo("0.0035");
    assertThat(progress).anyMatch(p -> p.contains("switching from claude-sonnet-4-5 to the fallback claude-haiku-4-5"));
  }

  @Test
  void editingTheCriteriaIsRefused() throws Exception {
    server.then(Reply.json(200, Wire.anthropic(file(".assay.yml", "version: 1\ngates:\n  coverage: {enabled: false}\n"), 10, 10, 0)));

    GenerateResult r = loop(Budget.NONE, BigDecimal.ZERO).run(request(1, Optional.empty()));

    assertThat(r.attempts().get(0).failing()).singleElement().asString().contains(".assay.yml holds the acceptance criteria");
  }

  @Test
  void answerCutOffAtTheTokenLimitIsNamedAsTheCause() throws Exception {
    String cut = Wire.anthropic("### FILE: " + MAIN + "Tier.java\n```java\npackage com.example.shop;\npublic enum Tier {\n  REG", 100, 8000, 0)
        .replace("\"end_turn\"", "\"max_tokens\"");
    server.then(Reply.json(200, cut));

    GenerateResult r = loop(Budget.NONE, BigDecimal.ZERO).run(request(1, Optional.empty()));

    assertThat(r.attempts().get(0).failing()).containsExactly(
        "Your answer stopped at the output token limit, so it was cut off; send fewer or smaller edits (EDIT blocks instead of whole files).",
        "Line 2: this code block is never closed (was the answer cut off?).");
  }

  @Test
  void unknownStartRefIsAUsageError() {
    GenerateRequest bad = new GenerateRequest(repo, "no-such-branch", "t", List.of(), Optional.empty(),
        "m", 0, 10, Duration.ofSeconds(1), 1, Optional.empty(), Optional.empty(), false, 1000);
    assertThatThrownBy(() -> loop(Budget.NONE, BigDecimal.ZERO).run(bad))
        .isInstanceOf(GenerateException.class).hasMessageContaining("unknown revision 'no-such-branch'");
  }
}
