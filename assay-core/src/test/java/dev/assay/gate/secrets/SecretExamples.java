package dev.assay.gate.secrets;

import static dev.assay.gate.secrets.FakeSecrets.ALNUM;
import static dev.assay.gate.secrets.FakeSecrets.BASE64;
import static dev.assay.gate.secrets.FakeSecrets.DIGITS;
import static dev.assay.gate.secrets.FakeSecrets.HEX;
import static dev.assay.gate.secrets.FakeSecrets.UPPER;
import static dev.assay.gate.secrets.FakeSecrets.URLSAFE;

import dev.assay.api.ChangeType;
import dev.assay.api.ChangedLines;
import dev.assay.api.FileChange;
import dev.assay.api.Finding;
import dev.assay.api.LineRange;
import dev.assay.api.Severity;
import dev.assay.testkit.GateHarness;
import java.util.ArrayList;
import java.util.List;

/**
 * Positive and negative examples of every rule, in the idioms real code and configuration use.
 * Every token is generated at run time (see {@link FakeSecrets}).
 */
final class SecretExamples {
  private SecretExamples() {}

  /**
   * A file holding one secret.
   *
   * @param secret the part that must never appear in output (the value after any fixed prefix)
   */
  record Positive(
      String rule, String path, String text, int line, Severity severity, String secret) {
    @Override
    public String toString() {
      return rule + " in " + path;
    }
  }

  /** A file that must give no finding at all. */
  record Negative(String why, String path, String text) {
    @Override
    public String toString() {
      return why;
    }
  }

  static List<Positive> positives() {
    FakeSecrets f = new FakeSecrets(42);
    List<Positive> out = new ArrayList<>();
    String aws = f.awsKeyId();
    out.add(
        p(
            "aws-access-key",
            "src/main/java/Aws.java",
            "class Aws {\n  static final String KEY_ID = \"" + aws + "\";\n}\n",
            2,
            aws.substring(4)));
    String awsSecret = f.of(BASE64, 40);
    out.add(
        p(
            "aws-access-key",
            ".aws/credentials",
            "[default]\naws_access_key_id = AKIA_see_vault\naws_secret_access_key = "
                + awsSecret
                + "\n",
            3,
            awsSecret));
    out.add(
        p(
            "aws-access-key",
            "deploy/.env",
            "AWS_SECRET_ACCESS_KEY=" + awsSecret + "\n",
            1,
            awsSecret));
    String gcpKey = f.pem("", "\\n");
    out.add(
        p(
            "gcp-service-account",
            "keys/sa.json",
            "{\n  \"type\": \"service_account\",\n  \"project_id\": \"acme-prod\",\n"
                + "  \"private_key_id\": \""
                + f.of(HEX, 40)
                + "\",\n  \"private_key\": \""
                + gcpKey
                + "\\n\",\n  \"client_email\": \"ci@acme-prod.iam.gserviceaccount.com\"\n}\n",
            5,
            gcpKey.substring(40)));
    String google = "AI" + "za" + f.of(URLSAFE, 35);
    out.add(
        p(
            "google-api-key",
            "web/src/config.js",
            "export const firebaseConfig = {\n  apiKey: \""
                + google
                + "\",\n  projectId: \"acme\",\n};\n",
            2,
            google.substring(4)));
    String azure = f.of(BASE64, 86) + "==";
    out.add(
        p(
            "azure-storage-key",
            "src/main/resources/application.properties",
            "azure.storage.connection-string=DefaultEndpointsProtocol=https;AccountName=acme;AccountKey="
                + azure
                + ";EndpointSuffix=core.windows.net\n",
            1,
            azure));
    String gh = f.githubToken();
    out.add(
        p(
            "github-token",
            "scripts/release.py",
            "import requests\nHEADERS = {\"Authorization\": \"token " + gh + "\"}\n",
            2,
            gh.substring(4)));
    String pat = "github" + "_pat_" + f.of(ALNUM + "_", 82);
    out.add(
        p(
            "github-token",
            ".github/workflows/ci.yml",
            "env:\n  GH_TOKEN: " + pat + "\n",
            2,
            pat.substring(11)));
    String gitlab = "gl" + "pat-" + f.of(ALNUM, 20);
    out.add(
        p(
            "gitlab-token",
            "ci/Dockerfile",
            "FROM alpine\nENV GITLAB_TOKEN=" + gitlab + "\n",
            2,
            gitlab.substring(6)));
    String slack = "xo" + "xb-" + f.of(DIGITS, 12) + "-" + f.of(DIGITS, 13) + "-" + f.of(ALNUM, 24);
    out.add(
        p(
            "slack-token",
            "bot/settings.py",
            "SLACK_BOT_TOKEN = '" + slack + "'\n",
            1,
            slack.substring(5)));
    String hook =
        "T" + f.of(UPPER + DIGITS, 8) + "/B" + f.of(UPPER + DIGITS, 10) + "/" + f.of(ALNUM, 24);
    out.add(
        p(
            "slack-webhook",
            "alerts/notify.ts",
            "const url = 'https://hooks.slack" + ".com/services/" + hook + "';\n",
            1,
            hook));
    String stripe = "sk" + "_live_" + f.of(ALNUM, 24);
    out.add(
        p(
            "stripe-key",
            ".env.production",
            "STRIPE_SECRET_KEY=" + stripe + "\n",
            1,
            stripe.substring(8)));
    String stripeTest = "sk" + "_test_" + f.of(ALNUM, 24);
    out.add(
        new Positive(
            "secrets/stripe-key",
            "app/payments.rb",
            "Stripe.api_key = \"" + stripeTest + "\"\n",
            1,
            Severity.NOTE,
            stripeTest.substring(8)));
    String openai = "sk-" + "proj-" + f.of(URLSAFE, 64);
    out.add(
        p(
            "openai-key",
            "agent/main.py",
            "client = OpenAI(api_key=\"" + openai + "\")\n",
            1,
            openai.substring(8)));
    String openaiLegacy = "sk-" + f.of(ALNUM, 20) + "T3Blbk" + "FJ" + f.of(ALNUM, 20);
    out.add(
        p(
            "openai-key",
            "bot.js",
            "const OPENAI_KEY = `" + openaiLegacy + "`;\n",
            1,
            openaiLegacy.substring(3)));
    String anthropic = "sk-" + "ant-api03-" + f.of(URLSAFE, 93) + "AA";
    out.add(
        p(
            "anthropic-key",
            "config/llm.yaml",
            "llm:\n  provider: anthropic\n  key: \"" + anthropic + "\"\n",
            3,
            anthropic.substring(14)));
    String npm = "np" + "m_" + f.of(ALNUM, 36);
    out.add(
        p(
            "npm-token",
            ".npmrc",
            "//registry.npmjs.org/:_authToken=" + npm + "\n",
            1,
            npm.substring(4)));
    String pypi = "py" + "pi-AgEIcHlwaS5vcmc" + f.of(URLSAFE, 80);
    out.add(
        p(
            "pypi-token",
            ".pypirc",
            "[pypi]\nusername = __token__\npassword = " + pypi + "\n",
            3,
            pypi.substring(20)));
    String sendgrid = "SG" + "." + f.of(URLSAFE, 22) + "." + f.of(URLSAFE, 43);
    out.add(
        p(
            "sendgrid-key",
            "mail/Mailer.kt",
            "val client = SendGrid(\"" + sendgrid + "\")\n",
            1,
            sendgrid.substring(3)));
    String twilio = "S" + "K" + f.of(HEX, 32);
    out.add(
        p(
            "twilio-key",
            "sms/Sms.go",
            "const twilioKeySid = \"" + twilio + "\"\n",
            1,
            twilio.substring(2)));
    String pem = f.pem("RSA ", "\n");
    out.add(p("private-key", "deploy/id_rsa", pem + "\n", 2, pem.substring(36, 100)));
    String escaped = f.pem("", "\\n");
    out.add(
        p(
            "private-key",
            "src/main/java/Keys.java",
            "class Keys {\n  static final String PEM = \"" + escaped + "\";\n}\n",
            2,
            escaped.substring(40, 100)));
    String jwt = f.jwt();
    out.add(
        new Positive(
            "secrets/jwt",
            "src/api.http",
            "GET /orders\nAuthorization: Bearer " + jwt + "\n",
            2,
            Severity.WARNING,
            jwt.substring(37)));
    String pg = f.of(ALNUM, 18);
    out.add(
        p(
            "connection-string-password",
            "app/settings.py",
            "DATABASES_URL = \"postgres://app:" + pg + "@db.prod.internal:5432/app\"\n",
            1,
            pg));
    String mongo = f.of(ALNUM, 16);
    out.add(
        p(
            "connection-string-password",
            "src/main/resources/application.yml",
            "spring:\n  data:\n    mongodb:\n      uri: mongodb+srv://svc:"
                + mongo
                + "@cluster0.abcde.mongodb.net/app\n",
            4,
            mongo));
    String jdbc = f.of(ALNUM, 14);
    out.add(
        p(
            "connection-string-password",
            "src/main/resources/db.properties",
            "db.url=jdbc:sqlserver://db.internal:1433;databaseName=app;password=" + jdbc + "\n",
            1,
            jdbc));
    String django = f.of(ALNUM + "!@#%^&*", 50);
    out.add(
        p(
            "high-entropy-assignment",
            "mysite/settings.py",
            "SECRET_KEY = '" + django + "'\n",
            1,
            django));
    String yamlPassword = f.of(ALNUM, 24);
    out.add(
        p(
            "high-entropy-assignment",
            "src/main/resources/application.yml",
            "spring:\n  datasource:\n    username: app\n    password: " + yamlPassword + "\n",
            4,
            yamlPassword));
    String tf = f.of(ALNUM, 20);
    out.add(
        p(
            "high-entropy-assignment",
            "infra/main.tf",
            "resource \"aws_db_instance\" \"db\" {\n  username = \"app\"\n  password = \""
                + tf
                + "\"\n}\n",
            3,
            tf));
    String jsonSecret = f.of(URLSAFE, 32);
    out.add(
        p(
            "high-entropy-assignment",
            "config/oauth.json",
            "{\n  \"client_id\": \"acme-web\",\n  \"client_secret\": \"" + jsonSecret + "\"\n}\n",
            3,
            jsonSecret));
    String javaToken = f.of(ALNUM, 32);
    out.add(
        p(
            "high-entropy-assignment",
            "src/main/java/Client.java",
            "class Client {\n  private String apiToken = \"" + javaToken + "\";\n}\n",
            2,
            javaToken));
    String setter = f.of(ALNUM, 28);
    out.add(
        p(
            "high-entropy-assignment",
            "src/main/java/Setup.java",
            "class Setup {\n  void run(Ds ds) {\n    ds.setPassword(\"" + setter + "\");\n  }\n}\n",
            3,
            setter));
    String env = f.of(ALNUM, 30);
    out.add(p("high-entropy-assignment", ".env", "# local\nAPI_SECRET=\"" + env + "\"\n", 2, env));
    String docker = f.of(ALNUM, 26);
    out.add(
        p(
            "high-entropy-assignment",
            "Dockerfile",
            "FROM node:20\nENV AUTH_TOKEN " + docker + "\n",
            2,
            docker));
    String ts = f.of(ALNUM, 24);
    out.add(
        p(
            "high-entropy-assignment",
            "web/auth.ts",
            "export const clientSecret: string = \"" + ts + "\";\n",
            1,
            ts));
    return out;
  }

  private static Positive p(String rule, String path, String text, int line, String secret) {
    return new Positive("secrets/" + rule, path, text, line, Severity.ERROR, secret);
  }

  static List<Negative> negatives() {
    FakeSecrets f = new FakeSecrets(7);
    List<Negative> out = new ArrayList<>();
    out.add(
        n(
            "AWS documentation key",
            "Aws.java",
            "String id = \"AKIA" + "IOSFODNN7" + "EXAMPLE\";\n"));
    out.add(n("AWS key id of X's", "a.env", "AWS_ACCESS_KEY_ID=AKIA" + "X".repeat(16) + "\n"));
    out.add(
        n(
            "AKIA inside a longer word",
            "A.java",
            "int MAKIA" + f.of(UPPER + DIGITS, 16) + " = 1;\n"));
    out.add(
        n(
            "AWS secret placeholder",
            ".aws/credentials",
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY\n"));
    out.add(n("GitHub token of x's", "ci.yml", "token: ghp_" + "x".repeat(36) + "\n"));
    out.add(n("GitHub prefix too short", "a.js", "const t = 'ghp_" + f.of(ALNUM, 12) + "';\n"));
    out.add(
        n(
            "Slack docs webhook",
            "a.md",
            "https://hooks.slack" + ".com/services/T00000000/B00000000/" + "X".repeat(24) + "\n"));
    out.add(
        n("Stripe publishable key", "pay.js", "Stripe('pk" + "_live_" + f.of(ALNUM, 24) + "');\n"));
    out.add(
        n(
            "private key header in parsing code",
            "Pem.java",
            "if (pem.startsWith(\"-----BEGIN PRIVATE"
                + " KEY-----\")) {\n  return decode(pem);\n}\n"));
    out.add(
        n(
            "public key block",
            "key.pub",
            "-----BEGIN PUBLIC KEY-----\nMIIB"
                + f.of(BASE64, 60)
                + "\n-----END PUBLIC KEY-----\n"));
    out.add(
        n(
            "private key with elided body",
            "README.md",
            "-----BEGIN RSA PRIVATE" + " KEY-----\n...\n-----END RSA PRIVATE KEY-----\n"));
    out.add(
        n(
            "jwt.io sample token",
            "auth.test.js",
            "const t ="
                + " 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';\n"));
    out.add(
        n(
            "base64 text that is not a JWT",
            "a.txt",
            "eyJ" + f.of(ALNUM, 30) + "." + f.of(ALNUM, 30) + "." + f.of(ALNUM, 30) + "\n"));
    out.add(
        n(
            "connection string with a variable",
            "docker-compose.yml",
            "DATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/app\n"));
    out.add(
        n(
            "connection string with placeholder password",
            "README.md",
            "mysql://user:password@localhost:3306/db and amqp://guest:guest@rabbit:5672/\n"));
    out.add(
        n(
            "URL without credentials",
            "A.java",
            "// see https://github.com/acme/app/issues/12 and mongodb://localhost:27017/app\n"));
    out.add(n("email in a URL path", "a.py", "url = 'https://example.org/u/name@example.org'\n"));
    out.add(
        n(
            "placeholders",
            "application.yml",
            "spring:\n  datasource:\n    password: changeme\n    token: ${API_TOKEN}\n"
                + "app:\n  api-key: \"<your-api-key-here>\"\n  secret: '{{ .Values.secret }}'\n"
                + "  password: \"********************\"\n"));
    out.add(
        n(
            "env lookups",
            "settings.py",
            "SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', 'django-insecure-"
                + "x".repeat(20)
                + "')\n"
                + "API_TOKEN = os.environ['API_TOKEN']\n"));
    out.add(
        n(
            "env lookups in Java and JS",
            "Conf.java",
            "String password = System.getenv(\"DB_PASSWORD_"
                + f.of(UPPER, 12)
                + "\");\n"
                + "const token = process.env.GITHUB_TOKEN || \""
                + f.of(ALNUM, 20)
                + "\";\n"));
    out.add(
        n(
            "hashes named sha/checksum",
            "deps.tf",
            "checksum = \""
                + f.of(HEX, 64)
                + "\"\nsha256_token = \""
                + f.of(HEX, 64)
                + "\"\n"
                + "password_hash = \""
                + f.of(BASE64, 40)
                + "\"\n"));
    out.add(
        n(
            "i18n message keys and property names",
            "Messages.java",
            "String PASSWORD_TOO_SHORT = \"error.password.tooShort\";\n"
                + "String TOKEN_PROPERTY = \"spring.security.oauth2.token\";\n"
                + "public static final String ACCESS_CONTROL_ALLOW_CREDENTIALS ="
                + " \"Access-Control-Allow-Credentials\";\n"
                + "String X_AUTH_TOKEN = \"X-Auth-Token\";\n"));
    out.add(
        n(
            "UUID assigned to a token",
            "a.js",
            "const token = \"123e4567-e89b-42d3-a456-" + f.of(HEX, 12) + "\";\n"));
    out.add(
        n(
            "paths and URLs",
            "a.py",
            "token_file = '/var/run/secrets/kubernetes.io/token'\n"
                + "auth_url = 'https://login.example.com/oauth2/v2.0/token'\n"
                + "password = './secrets/db-password-2024.txt'\n"));
    out.add(n("short value", "a.env", "PASSWORD=Zx81qK\n"));
    out.add(
        n(
            "low-entropy and sequential values",
            "a.properties",
            "db.password=aaaaaaaaaaaaaaaaaaaa\n"
                + "api.key=abcdefgh12345678\n"
                + "secret=1234567890123456\n"));
    out.add(
        n(
            "comparison, not assignment",
            "a.js",
            "if (token == \"" + f.of(ALNUM, 24) + "\") { deny(); }\n"));
    out.add(
        n(
            "high entropy under a name that is not secret-like",
            "a.js",
            "const requestId = \"" + f.of(ALNUM, 24) + "\";\n"));
    out.add(n("test fixture words", "a.py", "password = 'test-password-1234abcd'\n"));
    out.add(
        n(
            "lock file",
            "package-lock.json",
            "\"integrity\": \"sha512-"
                + f.of(BASE64, 80)
                + "\", \"token\": \""
                + f.githubToken()
                + "\"\n"));
    return out;
  }

  private static Negative n(String why, String path, String text) {
    return new Negative(why, path, text);
  }

  /** Runs the gate with every line of the file added, and returns its findings. */
  static List<Finding> run(String path, String text) throws Exception {
    return harness(path, text, SecretsConfig.defaults()).run().findings();
  }

  static GateHarness<SecretsConfig> harness(String path, String text, SecretsConfig config) {
    int lines = Math.max(1, text.split("\n", -1).length - (text.endsWith("\n") ? 1 : 0));
    return GateHarness.forGate(new SecretsGate())
        .config(config)
        .headFile(path, text)
        .change(
            new FileChange(
                path,
                path,
                ChangeType.ADDED,
                100,
                ChangedLines.of(List.of(new LineRange(1, lines)))));
  }
}
