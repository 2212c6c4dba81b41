package dev.assay.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.assay.engine.RunResult;
import dev.assay.report.Goldens;
import dev.assay.report.RunFixtures;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SarifReporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<RunResult> runs() {
    return Stream.of(RunFixtures.pass(), RunFixtures.blocked(false), RunFixtures.error(),
        RunFixtures.many(300));
  }

  @ParameterizedTest
  @MethodSource("runs")
  void validatesAgainstTheOasisSchema(RunResult run) throws Exception {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    JsonNode sarif = JSON.readTree(Goldens.render(new SarifReporter(), run));
    Set<ValidationMessage> errors = schema.validate(sarif);
    assertThat(errors).isEmpty();
  }

  @Test
  void theSchemaCatchesAnInvalidLog() throws Exception {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    JsonNode broken = JSON.readTree(Goldens.render(new SarifReporter(), RunFixtures.blocked(false)));
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/0"))
        .put("level", "fatal");
    assertThat(schema.validate(broken)).isNotEmpty();
  }

  @Test
  void everyResultPointsAtItsRuleAndCarriesItsDisposition() throws Exception {
    JsonNode run = JSON.readTree(Goldens.render(new SarifReporter(), RunFixtures.blocked(false)))
        .at("/runs/0");
    JsonNode rules = run.at("/tool/driver/rules");
    for (JsonNode result : run.get("results")) {
      assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText())
          .isEqualTo(result.get("ruleId").asText());
    }
    JsonNode suppressed = find(run, "security/hardcoded-secret");
    assertThat(suppressed.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
    assertThat(suppressed.at("/suppressions/0/justification").asText())
        .isEqualTo("test fixture key, not a real credential");
    assertThat(find(run, "security/sql-injection").get("baselineState").asText())
        .isEqualTo("unchanged");
    assertThat(find(run, "security/x-custom").get("baselineState").asText()).isEqualTo("new");
  }

  @Test
  void pathsBecomePercentEncodedRelativeUrisAndGeneralFindingsHaveNoLocation() throws Exception {
    JsonNode results = JSON.readTree(Goldens.render(new SarifReporter(), RunFixtures.blocked(false)))
        .at("/runs/0/results");
    assertThat(results.findValuesAsText("uri"))
        .contains("src/main/java/dev/demo/Gr%C3%B6%C3%9Fe%20Rechner.java")
        .allSatisfy(uri -> assertThat(uri).doesNotStartWith("/").doesNotContain(" "));
    assertThat(results.get(0).get("message").get("text").asText())
        .isEqualTo("Suite setup failed | with a pipe");
    assertThat(results.get(0).has("locations")).isFalse();
  }

  @Test
  void relativeUriEncodesReservedCharactersButKeepsSlashes() {
    assertThat(dev.assay.report.internal.RelativeUri.of("a b/c:d#e%f?.java"))
        .isEqualTo("a%20b/c%3Ad%23e%25f%3F.java");
  }

  private static JsonNode find(JsonNode run, String ruleId) {
    for (JsonNode r : run.get("results")) {
      if (r.get("ruleId").asText().equals(ruleId)) {
        return r;
      }
    }
    throw new AssertionError("no result for " + ruleId);
  }
}
