package dev.assay.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.api.CriterionResult;
import dev.assay.api.Gate;
import dev.assay.engine.GateReport;
import dev.assay.engine.RunResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The audit record of one {@code assay check}: when, where, base and head, who ran it, which
 * criteria (file, hash, version), which Assay and analyzer versions, each gate's verdict and the
 * provenance summary.
 */
public final class CheckRecord {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CheckRecord() {}

  /**
   * Builds the record.
   *
   * @param repository where the repository is (its origin URL when it has one, else the path)
   * @param criteriaVersion the criteria file's {@code version:}
   * @param gates every gate the run knew, for their versions
   * @param provenance changed lines per provenance class
   * @param env the process environment, for the CI identity
   * @param gitUser the git user (user.name and user.email), used when no CI identity is set
   */
  public static ObjectNode of(
      RunResult result,
      String repository,
      int criteriaVersion,
      List<Gate<?>> gates,
      Map<String, Integer> provenance,
      Map<String, String> env,
      String gitUser,
      Instant now) {
    ObjectNode r = JSON.createObjectNode();
    r.put("type", "check");
    r.put("time", now.toString());
    r.put("repository", repository);
    side(r.putObject("base"), result.change().base().ref(), result.change().base().commit());
    side(r.putObject("head"), result.change().head().ref(), result.change().head().commit());
    actor(r.putObject("actor"), env, gitUser);
    ObjectNode criteria = r.putObject("criteria");
    criteria.put("path", result.criteria().path());
    criteria.put("sha256", result.criteria().sha256());
    criteria.put("version", criteriaVersion);
    r.put("assay", result.toolVersion());
    ArrayNode analyzers = r.putArray("analyzers");
    for (Gate<?> g : gates) {
      String v = g.getClass().getPackage() == null ? null : g.getClass().getPackage().getImplementationVersion();
      analyzers.addObject().put("gate", g.id()).put("version", v == null ? result.toolVersion() : v);
    }
    r.put("verdict", result.verdict().name());
    ArrayNode verdicts = r.putArray("gates");
    for (GateReport g : result.gates()) {
      ObjectNode gate = verdicts.addObject().put("id", g.id()).put("status", g.status().name());
      ArrayNode cs = gate.putArray("criteria");
      for (CriterionResult c : g.criteria()) {
        cs.addObject().put("id", c.id()).put("status", c.status().name()).put("actual", c.actual());
      }
    }
    ObjectNode p = r.putObject("provenance");
    provenance.forEach(p::put);
    return r;
  }

  private static void side(ObjectNode node, String ref, String commit) {
    node.put("ref", ref);
    node.put("commit", commit);
  }

  private static void actor(ObjectNode node, Map<String, String> env, String gitUser) {
    String[][] ci = {
      {"GITHUB_ACTIONS", "github-actions", "GITHUB_ACTOR"},
      {"GITLAB_CI", "gitlab-ci", "GITLAB_USER_LOGIN"},
      {"BUILDKITE", "buildkite", "BUILDKITE_BUILD_CREATOR"},
      {"JENKINS_URL", "jenkins", "BUILD_USER_ID"},
      {"CIRCLECI", "circleci", "CIRCLE_USERNAME"},
    };
    for (String[] c : ci) {
      if (env.containsKey(c[0])) {
        node.put("ci", c[1]);
        node.put("user", env.getOrDefault(c[2], ""));
        return;
      }
    }
    node.put("ci", env.containsKey("CI") ? "unknown-ci" : "");
    node.put("user", gitUser.isBlank() ? env.getOrDefault("USER", env.getOrDefault("USERNAME", "")) : gitUser);
  }
}
