package dev.assay.llm.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The {@link ModelClient} over {@link HttpClient}: one provider, one base URL, one key, with
 * retries per {@link RetryPolicy}. The timeout of each HTTP call covers the whole body, so a
 * server that sends headers and then trickles bytes is cut off too. Thread-safe.
 */
public final class HttpModelClient implements ModelClient {
  /** Answers larger than this are refused: no code edit or review is 8 MiB of JSON. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 8L * 1024 * 1024;

  /** Waits between attempts; tests pass one that records instead of sleeping. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final Provider provider;
  private final WireFormat format;
  private final URI base;
  private final Optional<ApiKey> key;
  private final RetryPolicy retry;
  private final Sleeper sleeper;
  private final long maxResponseBytes;
  private final HttpClient http;

  public HttpModelClient(
      Provider provider,
      URI base,
      Optional<ApiKey> key,
      RetryPolicy retry,
      Sleeper sleeper,
      long maxResponseBytes) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.format = provider.wireFormat();
    this.base = Objects.requireNonNull(base, "base");
    this.key = Objects.requireNonNull(key, "key");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.maxResponseBytes = maxResponseBytes;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** A client with the default retry policy, real sleeping and the default response cap. */
  public static HttpModelClient of(Provider provider, URI base, Optional<ApiKey> key) {
    return new HttpModelClient(
        provider, base, key, RetryPolicy.DEFAULT, d -> Thread.sleep(d.toMillis()),
        DEFAULT_MAX_RESPONSE_BYTES);
  }

  @Override
  public String provider() {
    return provider.id();
  }

  @Override
  public ChatResponse complete(ChatRequest request) throws ModelException {
    int calls = 0;
    while (true) {
      calls++;
      long start = System.nanoTime();
      try {
        ChatResponse r = once(request);
        return r.after(Duration.ofNanos(System.nanoTime() - start), calls);
      } catch (ModelException e) {
        Optional<Duration> wait = retry.delay(calls, e, ThreadLocalRandom.current()::nextDouble);
        if (wait.isEmpty()) {
          throw calls == 1 ? e : withCalls(e, calls);
        }
        try {
          sleeper.sleep(wait.get());
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new ModelException(ModelException.Kind.TIMEOUT, "interrupted while waiting to retry", ie);
        }
      }
    }
  }

  private static ModelException withCalls(ModelException e, int calls) {
    return new ModelException(
        e.kind(), e.status(), e.getMessage() + " (after " + calls + " attempts)", e.retryAfter());
  }

  private ChatResponse once(ChatRequest request) throws ModelException {
    HttpRequest req = format.request(base, request, key).timeout(request.timeout()).build();
    CompletableFuture<HttpResponse<byte[]>> future =
        http.sendAsync(req, CappedBody.handler(maxResponseBytes));
    HttpResponse<byte[]> response;
    try {
      response = future.get(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ModelException(
          ModelException.Kind.TIMEOUT,
          provider.id() + " did not answer within " + request.timeout().toSeconds() + " s",
          e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ModelException(ModelException.Kind.TIMEOUT, "interrupted", e);
    } catch (ExecutionException e) {
      throw transport(e.getCause());
    }
    int status = response.statusCode();
    if (status / 100 == 2) {
      return format.parse(response.body(), response.headers(), request);
    }
    ModelException e = format.error(status, response.headers(), response.body());
    String message = key.map(k -> k.redact(e.getMessage())).orElse(e.getMessage());
    return throwWith(new ModelException(e.kind(), status, message, e.retryAfter()));
  }

  private static ChatResponse throwWith(ModelException e) throws ModelException {
    throw e;
  }

  private ModelException transport(Throwable cause) {
    if (cause instanceof CappedBody.TooLarge) {
      return new ModelException(
          ModelException.Kind.RESPONSE_TOO_LARGE,
          provider.id() + " sent more than " + maxResponseBytes + " bytes; the answer was refused",
          cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new ModelException(
          ModelException.Kind.TIMEOUT, provider.id() + " timed out: " + cause.getMessage(), cause);
    }
    if (cause instanceof IOException) {
      return new ModelException(
          ModelException.Kind.CONNECTION,
          "connection to "
              + base.getHost()
              + " failed or was cut off mid-response: "
              + Objects.requireNonNullElse(cause.getMessage(), cause.getClass().getSimpleName()),
          cause);
    }
    return new ModelException(ModelException.Kind.CONNECTION, String.valueOf(cause), cause);
  }
}
