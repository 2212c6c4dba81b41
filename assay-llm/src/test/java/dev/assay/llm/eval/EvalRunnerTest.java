package dev.assay.llm.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.llm.ScriptedServer;
import dev.assay.llm.ScriptedServer.Reply;
import dev.assay.llm.client.HttpModelClient;
import dev.assay.llm.client.Provider;
import dev.assay.llm.client.RetryPolicy;
import dev.assay.llm.client.Wire;
import dev.assay.llm.cost.Budget;
import dev.assay.llm.cost.PriceTable;
import dev.assay.llm.record.CallRecorder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalRunnerTest {
  private static final String CRITERIA = """
      version: 1
      gates:
        tests: {enabled: false}
        coverage: {enabled: false}
        secrets: {enabled: true}
        maintainability: {enabled: true}
      """;
  private static final String KEY = "AKIA" + "Q3EGTZ7N2HLWB5KX";

  @TempDir Path tmp;

  private static void task(Path suite, String name, String prompt, String file, String content) throws Exception {
    Path d = Files.createDirectories(suite.resolve(name).resolve("repo"));
    Files.writeString(suite.resolve(name).resolve("task.md"), prompt);
    Files.writeString(suite.resolve(name).resolve("task.properties"), "targets=" + file + "\n");
    Files.writeString(d.resolve(".assay.yml"), CRITERIA);
    Files.createDirectories(d.resolve(file).getParent());
    Files.writeString(d.resolve(file), content);
  }

  private static String edit(String path, String search, String replace) {
    return "### EDIT: " + path + "\n```\n<<<<<<< SEARCH\n" + search + "=======\n" + replace + ">>>>>>> REPLACE\n```\n";
  }

  @Test
  void comparesModelsPerGateWithAttemptsCostAndLatency() throws Exception {
    Path suite = tmp.resolve("suite");
    task(suite, "a-greet", "Add farewell()", "src/Greeter.java", "class Greeter {\n  String hello() { return \"hi\"; }\n}\n");
    task(suite, "b-count", "Add dec()", "src/Counter.java", "class Counter {\n  int n;\n  void inc() { n++; }\n}\n");
    String greetOk = edit("src/Greeter.java", "  String hello() { return \"hi\"; }\n",
        "  String hello() { return \"hi\"; }\n  String bye() { return \"bye\"; }\n");
    String greetLeaky = edit("src/Greeter.java", "  String hello() { return \"hi\"; }\n",
        "  String hello() { return \"hi\"; }\n  String key() { return \"" + KEY + "\"; }\n");
    String countOk = edit("src/Counter.java", "  void inc() { n++; }\n", "  void inc() { n++; }\n  void dec() { n--; }\n");
    try (ScriptedServer server = new ScriptedServer()) {
      server.then(Reply.json(200, Wire.anthropic(greetOk, 1000, 100, 0)))
          .then(Reply.json(200, Wire.anthropic(countOk, 1000, 100, 0)))
          .then(Reply.json(200, Wire.anthropic(greetLeaky, 1000, 100, 0)))
          .then(Reply.json(200, Wire.anthropic(countOk, 1000, 100, 0)));
      HttpModelClient client = new HttpModelClient(Provider.ANTHROPIC, server.base(""), Optional.empty(),
          new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO), d -> {}, 1 << 20);
      EvalRunner runner = new EvalRunner(client, CallRecorder.none(), new EvalRunner.Settings(1, 1000, 0,
          Duration.ofSeconds(5), Duration.ofSeconds(60), PriceTable.builtInTable(), Budget.NONE), p -> {}, Clock.systemUTC());

      EvalTable table = runner.run(EvalTask.readSuite(suite), List.of("claude-sonnet-4-5", "claude-haiku-4-5"), tmp.resolve("work"));

      assertThat(table.runs()).extracting(r -> r.task() + "/" + r.model() + "=" + r.passed())
          .containsExactly("a-greet/claude-sonnet-4-5=true", "b-count/claude-sonnet-4-5=true",
              "a-greet/claude-haiku-4-5=false", "b-count/claude-haiku-4-5=true");
      assertThat(table.runs().get(2).gates()).containsEntry("secrets", "FAIL").containsEntry("maintainability", "PASS");
      String md = table.toMarkdown();
      // Sonnet: 2 x (1000 x $3 + 100 x $15) = $0.009; Haiku: 2 x (1000 x $1 + 100 x $5) = $0.003.
      assertThat(md).contains("| claude-sonnet-4-5 | 100% (2/2) | 100% (2/2) | 100% (2/2) | 1.0 | $0.0090 | $0.0045 |");
      assertThat(md).contains("| claude-haiku-4-5 | 50% (1/2) | 100% (2/2) | 50% (1/2) | 1.0 | $0.0030 | $0.0030 |");
      assertThat(md).contains("security (secrets)");
      assertThat(table.toJson()).contains("\"task\" : \"a-greet\"");
    }
  }

  @Test
  void suiteErrorsNameTheFile() throws Exception {
    Path suite = Files.createDirectories(tmp.resolve("s").resolve("t1"));
    assertThatThrownBy(() -> EvalTask.readSuite(tmp.resolve("s")))
        .hasMessageContaining("task.md: missing");
    Files.writeString(suite.resolve("task.md"), "x");
    Files.createDirectories(suite.resolve("repo"));
    Files.writeString(suite.resolve("task.properties"), "max-atempts=3\n");
    assertThatThrownBy(() -> EvalTask.readSuite(tmp.resolve("s")))
        .hasMessageContaining("task.properties: unknown key 'max-atempts'");
    Files.writeString(suite.resolve("task.properties"), "max-attempts=zero\n");
    assertThatThrownBy(() -> EvalTask.readSuite(tmp.resolve("s")))
        .hasMessageContaining("max-attempts must be a whole number of at least 1, not 'zero'");
    assertThat(EvalTable.percentile(List.of(5L, 1L, 3L, 2L, 4L), 50)).isEqualTo(3);
    assertThat(EvalTable.percentile(List.of(5L, 1L, 3L, 2L, 4L), 95)).isEqualTo(5);
  }
}
