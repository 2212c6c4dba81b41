package dev.assay.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The subset of SARIF 2.1.0 that Assay writes, as records in the order their fields are written.
 * Optional parts are null or empty and then left out, as SARIF prefers absent to empty.
 */
final class SarifModel {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";

  private SarifModel() {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Run(
      Tool tool,
      Map<String, ArtifactLocation> originalUriBaseIds,
      List<Result> results,
      Map<String, Object> properties) {}

  record Tool(Driver driver) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Driver(String name, String semanticVersion, String informationUri, List<Rule> rules) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Rule(
      String id,
      String name,
      Text shortDescription,
      Text fullDescription,
      String helpUri,
      Configuration defaultConfiguration,
      Map<String, Object> properties) {}

  record Configuration(String level) {}

  record Text(String text) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ArtifactLocation(String uri, String uriBaseId, Text description) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Result(
      String ruleId,
      int ruleIndex,
      String level,
      Text message,
      List<Location> locations,
      Map<String, String> partialFingerprints,
      List<Suppression> suppressions,
      String baselineState,
      Map<String, Object> properties) {}

  record Location(PhysicalLocation physicalLocation) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

  record Region(int startLine, int endLine) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Suppression(String kind, String status, String justification) {}
}
