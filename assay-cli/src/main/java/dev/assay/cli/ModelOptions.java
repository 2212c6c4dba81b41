package dev.assay.cli;

import dev.assay.api.CriteriaException;
import dev.assay.audit.AuditTrail;
import dev.assay.check.Check;
import dev.assay.llm.client.ApiKey;
import dev.assay.llm.client.HttpModelClient;
import dev.assay.llm.client.ModelClient;
import dev.assay.llm.client.Provider;
import dev.assay.llm.client.RetryPolicy;
import dev.assay.llm.cost.Budget;
import dev.assay.llm.cost.CostMeter;
import dev.assay.llm.cost.MeteredModel;
import dev.assay.llm.cost.PriceTable;
import dev.assay.llm.cost.SpendLedger;
import dev.assay.policy.Criteria;
import dev.assay.llm.record.AuditCallRecorder;
import dev.assay.llm.record.CallRecorder;
import dev.assay.llm.record.JsonlCallRecorder;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import picocli.CommandLine.Option;

/** The options that pick a model, its key, its limits, prices, budgets and the ledger. */
final class ModelOptions {
  @Option(names = "--provider", paramLabel = "NAME", defaultValue = "anthropic",
      description = "anthropic, openai, openai-compatible (vLLM, Ollama, TGI, LM Studio) or tgi (native /generate). Default: ${DEFAULT-VALUE}.")
  String provider;

  @Option(names = "--model", paramLabel = "NAME", required = true,
      description = "The model, e.g. claude-sonnet-4-5, gpt-4.1, qwen2.5-coder:7b (eval: repeat for each model).")
  List<String> models;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "The server's base URL (required for openai-compatible and tgi, e.g. http://localhost:8000/v1).")
  String baseUrl;

  @Option(names = "--api-key-env", paramLabel = "VAR",
      description = "Environment variable holding the key (default: ANTHROPIC_API_KEY or OPENAI_API_KEY).")
  String keyVariable;

  @Option(names = "--api-key-file", paramLabel = "FILE",
      description = "A file outside the repository holding the key.")
  Path keyFile;

  @Option(names = "--temperature", defaultValue = "0", description = "Sampling temperature, 0 to 2 (default: 0).")
  double temperature;

  @Option(names = "--max-tokens", paramLabel = "N", description = "Most output tokens per answer.")
  Integer maxTokens;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "180", description = "Per model call (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
      description = "Retries of a rate-limited, overloaded or failed call (default: ${DEFAULT-VALUE}).")
  int retries;

  @Option(names = "--prices", paramLabel = "FILE", description = "A JSON price file over the built-in table (docs/llm.md).")
  Path prices;

  @Option(names = "--budget-run", paramLabel = "USD", description = "Most one run may spend.")
  BigDecimal budgetRun;

  @Option(names = "--budget-day", paramLabel = "USD", description = "Most all runs of a UTC day may spend (from the ledger).")
  BigDecimal budgetDay;

  @Option(names = "--fallback-model", paramLabel = "NAME",
      description = "A cheaper model to switch to when a budget would be passed (default: stop).")
  String fallbackModel;

  @Option(names = "--ledger", paramLabel = "FILE", description = "The call record (default: .git/assay/llm-calls.jsonl).")
  Path ledger;

  @Option(names = "--record-prompts", description = "Also record prompt and answer texts in the ledger (off: only hashes).")
  boolean recordPrompts;

  /** A problem with these options, said so the user can fix it (exit 2). */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  String model() throws UsageException {
    if (models.size() != 1) {
      throw new UsageException("give one --model for this command (eval takes several)");
    }
    return models.get(0);
  }

  int maxTokens(int defaultValue) throws UsageException {
    int n = maxTokens == null ? defaultValue : maxTokens;
    if (n < 1) {
      throw new UsageException("--max-tokens must be at least 1");
    }
    return n;
  }

  Duration timeout() throws UsageException {
    if (timeoutSeconds < 1) {
      throw new UsageException("--timeout must be at least 1 second");
    }
    return Duration.ofSeconds(timeoutSeconds);
  }

  void checkTemperature() throws UsageException {
    if (temperature < 0 || temperature > 2) {
      throw new UsageException("--temperature must be between 0 and 2");
    }
  }

  ModelClient client(Path repoRoot, Map<String, String> env) throws UsageException {
    Provider p;
    try {
      p = Provider.byId(provider);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--provider: " + e.getMessage());
    }
    URI base;
    if (baseUrl != null) {
      try {
        base = URI.create(baseUrl);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--base-url: not a URL: " + baseUrl);
      }
      if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme()) || base.getHost() == null) {
        throw new UsageException("--base-url must be an http:// or https:// URL with a host, not " + baseUrl);
      }
    } else {
      base = p.defaultBaseUrl().orElseThrow(() -> new UsageException(
          "--provider " + p.id() + " needs --base-url (for example http://localhost:8000/v1 for vLLM, http://localhost:11434/v1 for Ollama)"));
    }
    if (retries < 0 || retries > 10) {
      throw new UsageException("--retries must be between 0 and 10");
    }
    RetryPolicy retry = new RetryPolicy(retries + 1, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2));
    return new HttpModelClient(p, base, key(p, repoRoot, env), retry, d -> Thread.sleep(d.toMillis()),
        HttpModelClient.DEFAULT_MAX_RESPONSE_BYTES);
  }

  private Optional<ApiKey> key(Provider p, Path repoRoot, Map<String, String> env) throws UsageException {
    try {
      if (keyFile != null) {
        return Optional.of(ApiKey.fromFile(keyFile, repoRoot));
      }
      String var = keyVariable != null ? keyVariable : p.keyVariable().orElse(null);
      if (var == null) {
        return Optional.empty();
      }
      if (!p.needsKey() && keyVariable == null) {
        return Optional.empty();
      }
      return Optional.of(ApiKey.fromEnv(var, env));
    } catch (ApiKey.KeyException e) {
      throw new UsageException(e.getMessage());
    }
  }

  PriceTable prices() throws UsageException {
    if (prices == null) {
      return PriceTable.builtInTable();
    }
    try {
      return PriceTable.withOverrides(prices);
    } catch (CriteriaException e) {
      throw new UsageException(e.getMessage());
    }
  }

  Budget budget() throws UsageException {
    try {
      return new Budget(Optional.ofNullable(budgetRun), Optional.ofNullable(budgetDay), Optional.ofNullable(fallbackModel));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--budget-run/--budget-day: " + e.getMessage());
    }
  }

  /** The ledger file: given, or under the repository's git directory. */
  Path ledgerFile(Path repoDir) throws UsageException {
    if (ledger != null) {
      return ledger;
    }
    return JsonlCallRecorder.defaultFile(gitDir(repoDir));
  }

  static Path gitDir(Path repoDir) throws UsageException {
    try (Repository r = new FileRepositoryBuilder().findGitDir(repoDir.toAbsolutePath().toFile()).setMustExist(true).build()) {
      // Shared by all linked work trees, so the daily budget counts every one of them.
      return r.getCommonDirectory().toPath();
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException(repoDir + " is not inside a git repository; run in one or pass --repo");
    }
  }

  static Path workTree(Path repoDir) throws UsageException {
    try (Repository r = new FileRepositoryBuilder().findGitDir(repoDir.toAbsolutePath().toFile()).setMustExist(true).build()) {
      if (r.isBare()) {
        throw new UsageException(repoDir + " is a bare repository; run in a work tree");
      }
      return r.getWorkTree().toPath();
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException(repoDir + " is not inside a git repository; run in one or pass --repo");
    }
  }

  /** A metered model for one run of {@code command}. */
  MeteredModel metered(Path repoDir, String command, String runId, Consumer<String> warn) throws UsageException {
    Path root = workTree(repoDir);
    checkTemperature();
    ModelClient client = client(root, System.getenv());
    Path file = ledgerFile(repoDir);
    BigDecimal today;
    try {
      today = SpendLedger.spentOn(file, LocalDate.now(ZoneOffset.UTC));
    } catch (IOException e) {
      throw new UsageException("cannot read the ledger " + file + ": " + e.getMessage());
    }
    return new MeteredModel(client, new CostMeter(prices(), budget(), today), recorder(root, file),
        runId, command, recordPrompts, Clock.systemUTC(), warn);
  }

  /**
   * The spend ledger, then the repository's hash-chained audit trail when its criteria keep one
   * ({@code audit:}, on by default), so every model call is on the same record as the verdicts.
   */
  static CallRecorder recorder(Path root, Path ledgerFile) throws UsageException {
    CallRecorder ledger = new JsonlCallRecorder(ledgerFile);
    Criteria criteria = Check.criteria(root, Optional.empty());
    if (!criteria.audit().enabled()) {
      return ledger;
    }
    try (Repository repo = new FileRepositoryBuilder().findGitDir(root.toFile()).setMustExist(true).build()) {
      return ledger.and(new AuditCallRecorder(new AuditTrail(repo, root, criteria.audit()).log()));
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException(root + " is not inside a git repository; run in one or pass --repo");
    }
  }

  static String runId() {
    return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC)
        .format(java.time.Instant.now()) + "-" + Long.toHexString(Double.doubleToLongBits(Math.random())).substring(0, 6);
  }
}
