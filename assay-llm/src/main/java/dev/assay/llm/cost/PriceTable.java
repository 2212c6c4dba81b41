package dev.assay.llm.cost;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.api.CriteriaException;
import dev.assay.api.Location;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Prices by model name. Built in: the providers' published list prices (USD per million tokens)
 * as recorded in docs/llm.md; a user file overrides or adds models. A dated snapshot name
 * ({@code claude-sonnet-4-5-20250929}) takes the price of its longest listed prefix.
 */
public final class PriceTable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Price> BUILT_IN = builtIn();

  private final Map<String, Price> prices;

  private PriceTable(Map<String, Price> prices) {
    this.prices = new TreeMap<>(prices);
  }

  private static Map<String, Price> builtIn() {
    Map<String, Price> m = new TreeMap<>();
    m.put("claude-opus-4-1", Price.of("15", "75", "1.50"));
    m.put("claude-opus-4-5", Price.of("5", "25", "0.50"));
    m.put("claude-sonnet-4-5", Price.of("3", "15", "0.30"));
    m.put("claude-sonnet-4", Price.of("3", "15", "0.30"));
    m.put("claude-haiku-4-5", Price.of("1", "5", "0.10"));
    m.put("claude-3-5-haiku", Price.of("0.80", "4", "0.08"));
    m.put("gpt-5", Price.of("1.25", "10", "0.125"));
    m.put("gpt-5-mini", Price.of("0.25", "2", "0.025"));
    m.put("gpt-5-nano", Price.of("0.05", "0.40", "0.005"));
    m.put("gpt-4.1", Price.of("2", "8", "0.50"));
    m.put("gpt-4.1-mini", Price.of("0.40", "1.60", "0.10"));
    m.put("gpt-4o", Price.of("2.50", "10", "1.25"));
    m.put("gpt-4o-mini", Price.of("0.15", "0.60", "0.075"));
    return m;
  }

  /** The built-in table. */
  public static PriceTable builtInTable() {
    return new PriceTable(BUILT_IN);
  }

  /**
   * The built-in table with a user file on top: {@code {"models": {"name": {"input": 3,
   * "output": 15, "cachedInput": 0.3}}}}.
   *
   * @throws CriteriaException naming file, line, column and key for anything wrong in the file
   */
  public static PriceTable withOverrides(Path file) {
    Map<String, Price> m = new TreeMap<>(BUILT_IN);
    String name = file.toString();
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(file));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new CriteriaException(
          new Location(name, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), ""),
          "not valid JSON: " + e.getOriginalMessage(),
          "a price file is {\"models\": {\"<model>\": {\"input\": 3, \"output\": 15, \"cachedInput\": 0.3}}}");
    } catch (IOException e) {
      throw new CriteriaException(new Location(name, 0, 0, ""), "cannot read: " + e.getMessage(), null);
    }
    JsonNode models = root == null ? null : root.get("models");
    if (models == null || !models.isObject()) {
      throw new CriteriaException(
          new Location(name, 1, 1, "models"),
          "missing the \"models\" object",
          "write {\"models\": {\"<model>\": {\"input\": ..., \"output\": ..., \"cachedInput\": ...}}}");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = models.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      m.put(e.getKey(), price(name, e.getKey(), e.getValue()));
    }
    return new PriceTable(m);
  }

  private static Price price(String file, String model, JsonNode n) {
    BigDecimal in = amount(file, model, n, "input", true);
    BigDecimal out = amount(file, model, n, "output", true);
    BigDecimal cached = amount(file, model, n, "cachedInput", false);
    return new Price(in, out, cached == null ? in : cached);
  }

  private static BigDecimal amount(String file, String model, JsonNode n, String key, boolean required) {
    JsonNode v = n.get(key);
    String path = "models." + model + "." + key;
    if (v == null) {
      if (!required) {
        return null;
      }
      throw new CriteriaException(
          new Location(file, 0, 0, path), "missing", "give the price in USD per million tokens");
    }
    if (!v.isNumber() || v.decimalValue().signum() < 0) {
      throw new CriteriaException(
          new Location(file, 0, 0, path),
          "must be a number of dollars per million tokens, 0 or more, not " + v,
          "for example 3 or 0.30");
    }
    return v.decimalValue();
  }

  /** The price of a model, or empty when neither it nor a prefix of it is listed. */
  public Optional<Price> price(String model) {
    Price exact = prices.get(model);
    if (exact != null) {
      return Optional.of(exact);
    }
    String best = null;
    for (String k : prices.keySet()) {
      if (model.startsWith(k + "-") && (best == null || k.length() > best.length())) {
        best = k;
      }
    }
    return Optional.ofNullable(best).map(prices::get);
  }

  /** Every listed model and its price, sorted by name. */
  public Map<String, Price> all() {
    return java.util.Collections.unmodifiableMap(prices);
  }
}
