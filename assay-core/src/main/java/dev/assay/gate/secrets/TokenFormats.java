package dev.assay.gate.secrets;

import static dev.assay.gate.secrets.SecretRule.ANTHROPIC_KEY;
import static dev.assay.gate.secrets.SecretRule.AWS_ACCESS_KEY;
import static dev.assay.gate.secrets.SecretRule.AZURE_STORAGE_KEY;
import static dev.assay.gate.secrets.SecretRule.GITHUB_TOKEN;
import static dev.assay.gate.secrets.SecretRule.GITLAB_TOKEN;
import static dev.assay.gate.secrets.SecretRule.GOOGLE_API_KEY;
import static dev.assay.gate.secrets.SecretRule.JWT;
import static dev.assay.gate.secrets.SecretRule.NPM_TOKEN;
import static dev.assay.gate.secrets.SecretRule.OPENAI_KEY;
import static dev.assay.gate.secrets.SecretRule.PYPI_TOKEN;
import static dev.assay.gate.secrets.SecretRule.SENDGRID_KEY;
import static dev.assay.gate.secrets.SecretRule.SLACK_TOKEN;
import static dev.assay.gate.secrets.SecretRule.SLACK_WEBHOOK;
import static dev.assay.gate.secrets.SecretRule.STRIPE_KEY;
import static dev.assay.gate.secrets.SecretRule.TWILIO_KEY;

import dev.assay.api.Severity;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The known credential formats, each anchored on its literal prefix. Quantifiers are bounded and
 * character classes never overlap their delimiters, so no pattern can backtrack catastrophically.
 */
final class TokenFormats {
  /** No letter or digit may follow a fixed-length token (it would be part of a longer word). */
  private static final String END = "(?![A-Za-z0-9])";

  private TokenFormats() {}

  static List<Detector> all() {
    return List.of(
        TokenFormat.of(
            AWS_ACCESS_KEY,
            "(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}" + END,
            "AKIA",
            "ASIA",
            "ABIA",
            "ACCA"),
        TokenFormat.of(
                AWS_ACCESS_KEY,
                "[A-Za-z_-]{0,30}[\"']?\\s{0,4}(?:=|:|=>|:=)\\s{0,4}"
                    + "[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
                "secret_access_key",
                "SECRET_ACCESS_KEY",
                "secretAccessKey",
                "SecretAccessKey",
                "aws_secret_key",
                "AWS_SECRET_KEY",
                "awsSecretKey")
            .secretGroup(1)
            .anywhere()
            .alsoRequire(v -> Placeholders.entropy(v) >= 4.0),
        TokenFormat.of(GOOGLE_API_KEY, "AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])", "AIza"),
        TokenFormat.of(AZURE_STORAGE_KEY, "AccountKey=([A-Za-z0-9+/]{40,100}={0,2})", "AccountKey=")
            .secretGroup(1),
        TokenFormat.of(
            GITHUB_TOKEN,
            "gh[pousr]_[A-Za-z0-9]{36,251}" + END,
            "ghp_",
            "gho_",
            "ghu_",
            "ghs_",
            "ghr_"),
        TokenFormat.of(GITHUB_TOKEN, "github_pat_[A-Za-z0-9_]{70,100}" + END, "github_pat_"),
        TokenFormat.of(GITLAB_TOKEN, "glpat-[A-Za-z0-9_-]{20,80}(?![A-Za-z0-9_-])", "glpat-"),
        TokenFormat.of(
            SLACK_TOKEN, "xox[abposr]-[0-9]{6,16}-[A-Za-z0-9-]{8,200}(?![A-Za-z0-9-])", "xox"),
        TokenFormat.of(
                SLACK_WEBHOOK,
                "hooks\\.slack\\.com/(?:services|workflows|triggers)/([A-Za-z0-9_/-]{20,200})",
                "hooks.slack.com/")
            .secretGroup(1),
        TokenFormat.of(STRIPE_KEY, "[sr]k_live_[0-9A-Za-z]{20,247}" + END, "sk_live_", "rk_live_"),
        TokenFormat.of(STRIPE_KEY, "[sr]k_test_[0-9A-Za-z]{20,247}" + END, "sk_test_", "rk_test_")
            .rated(Severity.NOTE, Candidate.MEDIUM),
        TokenFormat.of(
            ANTHROPIC_KEY,
            "sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,200}" + "(?![A-Za-z0-9_-])",
            "sk-ant-"),
        TokenFormat.of(
            OPENAI_KEY,
            "sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,300}"
                + "|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![A-Za-z0-9_-])",
            "sk-"),
        TokenFormat.of(NPM_TOKEN, "npm_[A-Za-z0-9]{36}" + END, "npm_"),
        TokenFormat.of(PYPI_TOKEN, "pypi-AgE[A-Za-z0-9_-]{70,1000}(?![A-Za-z0-9_-])", "pypi-AgE"),
        TokenFormat.of(
            SENDGRID_KEY,
            "SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}" + "(?![A-Za-z0-9_-])",
            "SG."),
        TokenFormat.of(TWILIO_KEY, "SK[0-9a-f]{32}" + END, "SK")
            .rated(Severity.ERROR, Candidate.MEDIUM),
        TokenFormat.of(
                JWT,
                "eyJ[A-Za-z0-9_-]{5,500}+\\.eyJ[A-Za-z0-9_-]{2,4000}+"
                    + "\\.[A-Za-z0-9_-]{16,1000}+(?![A-Za-z0-9_-])",
                "eyJ")
            .rated(Severity.WARNING, Candidate.HIGH)
            .alsoRequire(TokenFormats::isJwt));
  }

  /** A JWT whose header decodes to JSON naming an algorithm, and not the jwt.io sample. */
  static boolean isJwt(String token) {
    int dot = token.indexOf('.');
    int dot2 = token.indexOf('.', dot + 1);
    try {
      Base64.Decoder d = Base64.getUrlDecoder();
      String header = new String(d.decode(strip(token.substring(0, dot))), StandardCharsets.UTF_8);
      String payload =
          new String(d.decode(strip(token.substring(dot + 1, dot2))), StandardCharsets.UTF_8);
      return header.startsWith("{")
          && header.contains("\"alg\"")
          && !header.contains("\"none\"")
          && payload.startsWith("{")
          && !Placeholders.hasMarker(payload)
          && !payload.contains("\"John Doe\"");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String strip(String part) {
    return part.replace("=", "");
  }
}
