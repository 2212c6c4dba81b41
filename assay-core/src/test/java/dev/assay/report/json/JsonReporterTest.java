package dev.assay.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.assay.engine.RunResult;
import dev.assay.report.Goldens;
import dev.assay.report.RunFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonReporterTest {
  /** The published schema, read from the docs so that the test and the docs cannot drift. */
  private static final Path SCHEMA = Path.of("../docs/schema/assay-report-1.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<RunResult> runs() {
    return Stream.of(RunFixtures.pass(), RunFixtures.blocked(false), RunFixtures.error(),
        RunFixtures.many(50));
  }

  private static JsonSchema schema() throws IOException {
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @ParameterizedTest
  @MethodSource("runs")
  void validatesAgainstThePublishedSchema(RunResult run) throws Exception {
    JsonNode report = JSON.readTree(Goldens.render(new JsonReporter(), run));
    assertThat(schema().validate(report)).isEmpty();
  }

  @Test
  void theSchemaRejectsUndocumentedFieldsAndWrongValues() throws Exception {
    JsonNode report = JSON.readTree(Goldens.render(new JsonReporter(), RunFixtures.blocked(false)));
    ((ObjectNode) report.at("/findings/0")).put("surprise", true);
    ((ObjectNode) report).put("verdict", "MAYBE");
    assertThat(schema().validate(report)).hasSize(2);
  }

  @Test
  void recordsTheWholeEvidence() throws Exception {
    JsonNode report = JSON.readTree(Goldens.render(new JsonReporter(), RunFixtures.blocked(false)));
    assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(report.get("exitCode").asInt()).isEqualTo(1);
    assertThat(report.get("findings")).hasSize(7);
    JsonNode renamed = report.at("/change/files/2");
    assertThat(renamed.get("path").asText()).isEqualTo(RunFixtures.UNICODE_PATH);
    assertThat(renamed.get("oldPath").asText()).isEqualTo("src/main/java/dev/demo/Rechner.java");
    assertThat(renamed.get("similarity").asInt()).isEqualTo(87);
    assertThat(report.at("/change/files/0/addedLines/1/start").asInt()).isEqualTo(38);
    assertThat(report.at("/change/skipped/0/reason").asText()).isEqualTo("binary");
    assertThat(report.at("/gates/2/findings/suppressed").asInt()).isEqualTo(1);
    assertThat(report.findValuesAsText("message")).contains(RunFixtures.HOSTILE);
  }
}
