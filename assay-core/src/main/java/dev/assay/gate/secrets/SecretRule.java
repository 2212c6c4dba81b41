package dev.assay.gate.secrets;

import dev.assay.api.RuleDescriptor;
import dev.assay.api.Severity;

/** Every rule of the secrets gate, in priority order: an earlier rule wins an overlapping match. */
enum SecretRule {
  GCP_SERVICE_ACCOUNT(
      "gcp-service-account",
      "GcpServiceAccountKey",
      "Google Cloud service account key",
      "A Google Cloud service account JSON key file with its private key."),
  AWS_ACCESS_KEY(
      "aws-access-key",
      "AwsAccessKey",
      "AWS access key",
      "An AWS access key id (AKIA/ASIA) or an AWS secret access key."),
  GOOGLE_API_KEY("google-api-key", "GoogleApiKey", "Google API key", "A Google API key (AIza...)."),
  AZURE_STORAGE_KEY(
      "azure-storage-key",
      "AzureStorageKey",
      "Azure storage account key",
      "An Azure storage account key in a connection string (AccountKey=...)."),
  GITHUB_TOKEN(
      "github-token",
      "GitHubToken",
      "GitHub token",
      "A GitHub personal access, OAuth, app or refresh token."),
  GITLAB_TOKEN(
      "gitlab-token", "GitLabToken", "GitLab token", "A GitLab personal access token (glpat-...)."),
  SLACK_TOKEN(
      "slack-token", "SlackToken", "Slack token", "A Slack bot, user or app token (xox.-...)."),
  SLACK_WEBHOOK(
      "slack-webhook",
      "SlackWebhook",
      "Slack incoming webhook URL",
      "A Slack incoming webhook URL, which lets anyone post to the channel."),
  STRIPE_KEY(
      "stripe-key",
      "StripeKey",
      "Stripe secret key",
      "A Stripe secret or restricted key (sk_live_, rk_live_; test-mode keys as notes)."),
  ANTHROPIC_KEY(
      "anthropic-key",
      "AnthropicKey",
      "Anthropic API key",
      "An Anthropic API key (sk-ant-api03-...)."),
  OPENAI_KEY(
      "openai-key", "OpenAiKey", "OpenAI API key", "An OpenAI API key (sk-proj-..., sk-...)."),
  NPM_TOKEN("npm-token", "NpmToken", "npm access token", "An npm access token (npm_...)."),
  PYPI_TOKEN("pypi-token", "PyPiToken", "PyPI API token", "A PyPI upload token (pypi-AgE...)."),
  SENDGRID_KEY("sendgrid-key", "SendGridKey", "SendGrid API key", "A SendGrid API key (SG.x.y)."),
  TWILIO_KEY("twilio-key", "TwilioKey", "Twilio API key", "A Twilio API key SID (SK + 32 hex)."),
  PRIVATE_KEY(
      "private-key",
      "PrivateKeyBlock",
      "private key",
      "A PEM/OpenSSH/PGP private key block with its key material."),
  JWT(
      "jwt",
      "JsonWebToken",
      "JSON Web Token",
      "A signed JSON Web Token, which usually grants access until it expires."),
  CONNECTION_STRING_PASSWORD(
      "connection-string-password",
      "ConnectionStringPassword",
      "password in a connection string",
      "A password inside a connection URL (scheme://user:password@host) or a JDBC password=."),
  HIGH_ENTROPY_ASSIGNMENT(
      "high-entropy-assignment",
      "HighEntropySecretAssignment",
      "high-entropy value assigned to a secret-like name",
      "A random-looking literal assigned to a name such as password, secret, token or api_key.");

  private final String id;
  private final String name;
  private final String kind;
  private final String summary;

  SecretRule(String name, String pascal, String kind, String summary) {
    this.id = SecretsGate.ID + "/" + name;
    this.name = pascal;
    this.kind = kind;
    this.summary = summary;
  }

  /** The rule id, {@code secrets/<name>}. */
  String id() {
    return id;
  }

  /** What was found, as a noun phrase for messages. */
  String kind() {
    return kind;
  }

  /** CWE-321 for key material, CWE-798 for every other credential. */
  String cwe() {
    return this == PRIVATE_KEY ? "CWE-321" : "CWE-798";
  }

  /** The severity most findings carry; findings may be lower (see the docs page). */
  Severity defaultSeverity() {
    return this == JWT ? Severity.WARNING : Severity.ERROR;
  }

  RuleDescriptor descriptor() {
    return new RuleDescriptor(id, name, summary, defaultSeverity());
  }
}
