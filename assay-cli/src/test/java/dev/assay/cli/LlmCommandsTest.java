package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model commands end to end, against a real local server speaking the providers' formats. */
class LlmCommandsTest {
  private static final String MAIN = "src/main/java/com/example/shop/";
  private static final String TEST = "src/test/java/com/example/shop/";

  @TempDir Path tmp;
  private HttpServer server;
  private final ConcurrentLinkedQueue<String[]> replies = new ConcurrentLinkedQueue<>();
  private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      String[] r = replies.poll();
      byte[] b = (r == null ? "{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"none left\"}}" : r[1]).getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("content-type", "application/json");
      ex.sendResponseHeaders(r == null ? 500 : Integer.parseInt(r[0]), b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void reply(int status, String body) {
    replies.add(new String[] {Integer.toString(status), body});
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static String anthropic(String text, long in, long out, long cached) {
    return "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":" + quote(text)
        + "}],\"model\":\"claude-sonnet-4-5-20250929\",\"stop_reason\":\"end_turn\",\"stop_sequence\":null,"
        + "\"usage\":{\"input_tokens\":" + in + ",\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":" + cached
        + ",\"output_tokens\":" + out + "}}";
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = dev.assay.demo.DemoProject.class.getResourceAsStream("/dev/assay/demo/example/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String file(String path, String content) {
    return "### FILE: " + path + "\n```java\n" + content + "```\n\n";
  }

  private Path keyFile() throws IOException {
    return Files.writeString(tmp.resolve("anthropic.key"), "sk-ant-api03-test-key-not-real\n");
  }

  @Test
  void generateEndsInAPassingBranchAndCostReportsIt() throws Exception {
    Path repo = DemoFixture.copy(tmp.resolve("shop"));
    reply(200, anthropic(file(MAIN + "Tier.java", resource("head/Tier.java"))
        + file(MAIN + "DiscountPolicy.java", resource("head/DiscountPolicy.java"))
        + file(MAIN + "PriceCalculator.java", resource("head/PriceCalculator.java"))
        + file(TEST + "DiscountPolicyTest.java", resource("head/DiscountPolicyTest.java")), 3000, 1500, 0));
    reply(200, anthropic("### EDIT: " + TEST + "DiscountPolicyTest.java\n```\n<<<<<<< SEARCH\n"
        + "    assertEquals(BigDecimal.ZERO, policy.rate(Tier.GOLD, BigDecimal.ZERO, \"SAVE10\"));\n  }\n=======\n"
        + "    assertEquals(BigDecimal.ZERO, policy.rate(Tier.GOLD, BigDecimal.ZERO, \"SAVE10\"));\n  }\n\n"
        + "  @Test\n  void rules() {\n"
        + "    assertEquals(new BigDecimal(\"0.10\"), policy.rate(Tier.GOLD, new BigDecimal(\"100.00\"), null));\n"
        + "    assertEquals(new BigDecimal(\"0.20\"), policy.rate(Tier.SILVER, new BigDecimal(\"100.00\"), \"SAVE15\"));\n"
        + "    assertEquals(new BigDecimal(\"0.05\"), policy.rate(Tier.REGULAR, new BigDecimal(\"600.00\"), \"x\"));\n"
        + "    assertEquals(new BigDecimal(\"0.30\"), policy.rate(Tier.GOLD, new BigDecimal(\"600.00\"), \"SAVE99\"));\n"
        + "    assertEquals(new BigDecimal(\"108.00\"), new PriceCalculator(new BigDecimal(\"0.20\")).discountedTotal(\n"
        + "        java.util.List.of(new OrderLine(\"A\", new BigDecimal(\"100.00\"), 1)), policy, Tier.GOLD, null));\n"
        + "  }\n>>>>>>> REPLACE\n```\n", 6000, 800, 2000));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String build = "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' dev.assay.cli.DemoBuildMain";

    CliRun run = CliRun.of("generate", "--repo", repo.toString(), "--base-url", base(), "--api-key-file", keyFile().toString(),
        "--model", "claude-sonnet-4-5", "--start", "main", "--task", "Add tier, bulk and coupon discounts",
        "--target", MAIN + "PriceCalculator.java", "--build", build, "--branch", "ai/discounts",
        "--patch", tmp.resolve("d.patch").toString());

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("PASS: the change meets the criteria after 2 attempts")
        .contains("blocked").contains("coverage/changed-lines").contains("cost $0.0621")
        .contains("branch ai/discounts");
    assertThat(run.err()).doesNotContain("sk-ant-api03-test-key-not-real");
    assertThat(Files.readString(repo.resolve(".git/assay/llm-calls.jsonl"))).doesNotContain("sk-ant");
    // Both calls and the run are on the hash-chained audit trail beside the checks, and it holds.
    String audit = Files.readString(repo.resolve(".git/assay/audit.jsonl"));
    assertThat(audit.lines().filter(l -> l.contains("\"type\":\"llm-call\""))).hasSize(2);
    assertThat(audit.lines().filter(l -> l.contains("\"type\":\"llm-run\""))).hasSize(1);
    assertThat(audit).contains("\"model\":\"claude-sonnet-4-5\"").contains("promptHash")
        .doesNotContain("sk-ant").doesNotContain("Add tier, bulk and coupon discounts");
    CliRun verify = CliRun.of("audit", "verify", "--repo", repo.toString());
    assertThat(verify.code()).as(verify.toString()).isZero();

    CliRun cost = CliRun.of("cost", "--repo", repo.toString());
    assertThat(cost.code()).isZero();
    assertThat(cost.out()).contains("$0.0621 in 2 calls").containsPattern("generate\\s+1\\s+1\\s+\\$0.0621\\s+\\$0.0621");
  }

  @Test
  void generateUsageErrorsExitTwoAndSayWhatToDo() throws Exception {
    Path repo = DemoFixture.copy(tmp.resolve("shop"));
    assertThat(CliRun.of("generate", "--repo", repo.toString(), "--model", "m", "--api-key-file", keyFile().toString()))
        .satisfies(r -> {
          assertThat(r.code()).isEqualTo(2);
          assertThat(r.err()).contains("exactly one of --task TEXT or --task-file FILE");
        });
    Path inside = Files.writeString(repo.resolve("key.txt"), "sk-ant-123456789");
    assertThat(CliRun.of("generate", "--repo", repo.toString(), "--model", "m", "--task", "x", "--api-key-file", inside.toString()))
        .satisfies(r -> {
          assertThat(r.code()).isEqualTo(2);
          assertThat(r.err()).contains("inside the repository").doesNotContain("sk-ant-123456789");
        });
    assertThat(CliRun.of("generate", "--repo", repo.toString(), "--model", "m", "--task", "x", "--api-key-env", "ASSAY_TEST_SURELY_UNSET"))
        .satisfies(r -> assertThat(r.err()).contains("environment variable ASSAY_TEST_SURELY_UNSET is not set"));
    assertThat(CliRun.of("generate", "--repo", repo.toString(), "--provider", "openai-compatible", "--model", "m", "--task", "x"))
        .satisfies(r -> assertThat(r.err()).contains("needs --base-url"));
    assertThat(CliRun.of("generate", "--repo", repo.toString(), "--provider", "bedrock", "--model", "m", "--task", "x"))
        .satisfies(r -> assertThat(r.err()).contains("unknown provider 'bedrock'"));
    assertThat(CliRun.of("generate", "--repo", tmp.toString(), "--model", "m", "--task", "x"))
        .satisfies(r -> assertThat(r.err()).contains("not inside a git repository"));
  }

  @Test
  void modelErrorsExitThree() throws Exception {
    Path repo = DemoFixture.copy(tmp.resolve("shop"));
    reply(401, "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}");

    CliRun run = CliRun.of("generate", "--repo", repo.toString(), "--base-url", base(), "--api-key-file", keyFile().toString(),
        "--model", "claude-sonnet-4-5", "--task", "x", "--target", MAIN + "PriceCalculator.java");

    assertThat(run.code()).as(run.toString()).isEqualTo(3);
    assertThat(run.out()).contains("MODEL_ERROR").contains("authentication_error: invalid x-api-key");
    assertThat(bodies).hasSize(1);
  }

  @Test
  void reviewIsAdvisoryUnlessFailOnIsGiven() throws Exception {
    Path repo = DemoFixture.copy(tmp.resolve("shop"));
    String answer = "{\"comments\":[{\"path\":\"" + MAIN + "DiscountPolicy.java\",\"line\":36,\"endLine\":37,"
        + "\"severity\":\"warning\",\"category\":\"correctness\",\"confidence\":0.8,\"message\":\"Coupons over 30 are silently capped.\"}]}";
    String body = "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"qwen\",\"choices\":[{\"index\":0,"
        + "\"message\":{\"role\":\"assistant\",\"content\":" + quote(answer) + "},\"finish_reason\":\"stop\"}],"
        + "\"usage\":{\"prompt_tokens\":900,\"completion_tokens\":60,\"total_tokens\":960}}";
    reply(200, body);
    reply(200, body);

    CliRun advisory = CliRun.of("review", "--repo", repo.toString(), "--provider", "openai-compatible",
        "--base-url", base() + "/v1", "--model", "qwen2.5-coder:7b");
    CliRun blocking = CliRun.of("review", "--repo", repo.toString(), "--provider", "openai-compatible",
        "--base-url", base() + "/v1", "--model", "qwen2.5-coder:7b", "--format", "json", "--fail-on", "warning");

    assertThat(advisory.code()).as(advisory.toString()).isZero();
    assertThat(advisory.out()).contains("## AI review (advisory)")
        .contains("| `" + MAIN + "DiscountPolicy.java:36-37` | warning | correctness | 0.80 | Coupons over 30");
    assertThat(blocking.code()).isEqualTo(1);
    assertThat(blocking.out()).contains("\"mode\" : \"blocking\"");
    assertThat(CliRun.of("review", "--repo", repo.toString(), "--model", "m", "--fail-on", "fatal").err())
        .contains("--fail-on must be error, warning or note");
  }

  @Test
  void contextWritesAgentFilesAndCheckSaysWhenTheyAreStale() throws Exception {
    Path repo = DemoFixture.copy(tmp.resolve("shop"));
    assertThat(CliRun.of("context", "--repo", repo.toString(), "--check").code()).isEqualTo(1);
    CliRun write = CliRun.of("context", "--repo", repo.toString());
    assertThat(write.code()).isZero();
    assertThat(write.out()).contains("created  AGENTS.md").contains("created  .cursor/rules/assay-criteria.mdc");
    assertThat(Files.readString(repo.resolve("AGENTS.md"))).contains("changed-lines: 80%");
    assertThat(CliRun.of("context", "--repo", repo.toString(), "--check").code()).isZero();
    Files.writeString(repo.resolve(".assay.yml"), Files.readString(repo.resolve(".assay.yml")).replace("80%", "90%"));
    assertThat(CliRun.of("context", "--repo", repo.toString(), "--check").out()).contains("out of date  CLAUDE.md");
    assertThat(CliRun.of("context", "--repo", repo.toString(), "--target", "windsurf").err()).contains("unknown target 'windsurf'");
  }

  @Test
  void evalPrintsTheComparisonTable() throws Exception {
    Path task = Files.createDirectories(tmp.resolve("suite/t1/repo/src"));
    Files.writeString(tmp.resolve("suite/t1/task.md"), "Add b()");
    Files.writeString(tmp.resolve("suite/t1/task.properties"), "targets=src/A.java\nmax-attempts=1\n");
    Files.writeString(tmp.resolve("suite/t1/repo/.assay.yml"), "version: 1\ngates:\n  tests: {enabled: false}\n  coverage: {enabled: false}\n  maintainability: {enabled: true}\n");
    Files.writeString(task.resolve("A.java"), "class A {\n  void a() {}\n}\n");
    reply(200, anthropic("### EDIT: src/A.java\n```\n<<<<<<< SEARCH\n  void a() {}\n=======\n  void a() {}\n  void b() {}\n>>>>>>> REPLACE\n```\n", 500, 50, 0));

    CliRun run = CliRun.of("eval", "--suite", tmp.resolve("suite").toString(), "--base-url", base(),
        "--api-key-file", keyFile().toString(), "--model", "claude-haiku-4-5", "--work", tmp.resolve("work").toString());

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).contains("| claude-haiku-4-5 | 100% (1/1) | 100% (1/1) | 1.0 | $0.0008 | $0.0008 |");
    assertThat(CliRun.of("eval", "--suite", tmp.resolve("nope").toString(), "--model", "m").err()).contains("is not a folder");
  }

  @Test
  void costBreakEven() {
    CliRun run = CliRun.of("cost", "--break-even", "--model", "gpt-4.1", "--monthly-input-tokens", "100000000",
        "--monthly-output-tokens", "20000000", "--instance-hourly", "1.20", "--output-tokens-per-second", "500");
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).contains("API:         $360.00 a month").contains("Break-even: at 2.43x this volume");
    assertThat(CliRun.of("cost", "--break-even", "--model", "gpt-4.1").err()).contains("--break-even needs");
    assertThat(CliRun.of("cost", "--break-even", "--model", "llama", "--monthly-input-tokens", "1", "--monthly-output-tokens", "1",
        "--instance-hourly", "1", "--output-tokens-per-second", "5").err()).contains("no price is known for llama");
  }
}
