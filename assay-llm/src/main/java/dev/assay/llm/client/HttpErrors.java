package dev.assay.llm.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the formats share: JSON reading, status mapping, retry-after, error pages. */
final class HttpErrors {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_MESSAGE = 300;
  private static final Pattern TITLE =
      Pattern.compile("<title>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private HttpErrors() {}

  /** The body as JSON, or empty when it is not a JSON document. */
  static Optional<JsonNode> json(byte[] body) {
    try {
      JsonNode n = JSON.readTree(body);
      return n == null || n.isMissingNode() ? Optional.empty() : Optional.of(n);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The kind an HTTP status means when the body does not say more. */
  static ModelException.Kind byStatus(int status) {
    return switch (status) {
      case 400, 422 -> ModelException.Kind.BAD_REQUEST;
      case 401 -> ModelException.Kind.AUTHENTICATION;
      case 402 -> ModelException.Kind.SPEND_LIMIT;
      case 403 -> ModelException.Kind.PERMISSION;
      case 404 -> ModelException.Kind.NOT_FOUND;
      case 408 -> ModelException.Kind.TIMEOUT;
      case 413 -> ModelException.Kind.REQUEST_TOO_LARGE;
      case 429 -> ModelException.Kind.RATE_LIMIT;
      case 503, 529 -> ModelException.Kind.OVERLOADED;
      default -> status >= 500 ? ModelException.Kind.SERVER_ERROR : ModelException.Kind.BAD_REQUEST;
    };
  }

  /**
   * How long to wait: {@code retry-after-ms} (OpenAI), then {@code retry-after} as seconds or an
   * HTTP date.
   */
  static Optional<Duration> retryAfter(HttpHeaders headers) {
    Optional<String> ms = headers.firstValue("retry-after-ms");
    if (ms.isPresent()) {
      try {
        return Optional.of(Duration.ofMillis(Math.max(0, (long) Double.parseDouble(ms.get().strip()))));
      } catch (NumberFormatException e) {
        // fall through to retry-after
      }
    }
    Optional<String> v = headers.firstValue("retry-after");
    if (v.isEmpty()) {
      return rateLimitReset(headers);
    }
    String s = v.get().strip();
    try {
      double seconds = Double.parseDouble(s);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofMillis((long) (seconds * 1000)));
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(Instant.now(), at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  private static final Pattern GO_DURATION = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+(?:\\.\\d+)?)s)?(?:(\\d+)ms)?");

  /**
   * Without {@code retry-after}, the rate-limit reset headers of an exhausted limit: OpenAI's
   * {@code x-ratelimit-reset-requests}/{@code -tokens} ("1s", "6m0s", "20ms") and Anthropic's
   * {@code anthropic-ratelimit-requests-reset}/{@code -tokens-reset} (RFC 3339 times). The later
   * of the exhausted ones wins; limits with requests remaining are ignored.
   */
  static Optional<Duration> rateLimitReset(HttpHeaders headers) {
    Duration wait = null;
    for (String kind : new String[] {"requests", "tokens"}) {
      if (!headers.firstValue("x-ratelimit-remaining-" + kind).map("0"::equals).orElse(false)
          && !headers.firstValue("anthropic-ratelimit-" + kind + "-remaining").map("0"::equals).orElse(false)) {
        continue;
      }
      Optional<Duration> d = headers.firstValue("x-ratelimit-reset-" + kind).flatMap(HttpErrors::goDuration)
          .or(() -> headers.firstValue("anthropic-ratelimit-" + kind + "-reset").flatMap(HttpErrors::until));
      if (d.isPresent() && (wait == null || d.get().compareTo(wait) > 0)) {
        wait = d.get();
      }
    }
    return Optional.ofNullable(wait);
  }

  static Optional<Duration> goDuration(String s) {
    Matcher m = GO_DURATION.matcher(s.strip());
    if (s.isBlank() || !m.matches()) {
      return Optional.empty();
    }
    double ms = 0;
    ms += m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 3_600_000.0;
    ms += m.group(2) == null ? 0 : Long.parseLong(m.group(2)) * 60_000.0;
    ms += m.group(3) == null ? 0 : Double.parseDouble(m.group(3)) * 1000;
    ms += m.group(4) == null ? 0 : Long.parseLong(m.group(4));
    return Optional.of(Duration.ofMillis((long) Math.ceil(ms)));
  }

  private static Optional<Duration> until(String time) {
    try {
      Duration d = Duration.between(Instant.now(), java.time.OffsetDateTime.parse(time.strip()).toInstant());
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** An error whose body is not the provider's JSON: say what it was instead of dumping it. */
  static ModelException notJson(int status, HttpHeaders headers, byte[] body) {
    String type = headers.firstValue("content-type").orElse("no content type");
    String text = new String(body, StandardCharsets.UTF_8);
    String what;
    if (type.toLowerCase(Locale.ROOT).contains("html") || text.stripLeading().startsWith("<")) {
      Matcher m = TITLE.matcher(text);
      what =
          "an HTML page (a proxy or gateway error, not the provider's JSON)"
              + (m.find() ? ": \"" + clip(m.group(1).strip()) + "\"" : "");
    } else if (body.length == 0) {
      what = "an empty body";
    } else {
      what = "a " + type + " body that is not JSON: \"" + clip(text.strip()) + "\"";
    }
    return new ModelException(byStatus(status), status, "HTTP " + status + " with " + what, retryAfter(headers));
  }

  /** A 2xx body that cannot be read as the documented format. */
  static ModelException invalid(String provider, String what, byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    String shown = text.isEmpty() ? "an empty body" : "\"" + clip(text) + "\"";
    return new ModelException(
        ModelException.Kind.INVALID_RESPONSE,
        200,
        provider + " answered 200 but " + what + "; the body began with " + shown,
        Optional.empty());
  }

  static String clip(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= MAX_MESSAGE ? one : one.substring(0, MAX_MESSAGE) + "...";
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isTextual() ? v.asText() : "";
  }

  static long count(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.canConvertToLong() ? Math.max(0, v.asLong()) : 0;
  }
}
