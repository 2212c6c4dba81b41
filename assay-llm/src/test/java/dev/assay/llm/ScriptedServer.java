package dev.assay.llm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * A real HTTP server on 127.0.0.1 standing in for a model provider: it answers each request with
 * the next scripted reply (status, headers, body, and how to misbehave) and records what it got.
 */
public final class ScriptedServer implements AutoCloseable {
  /** How a reply is delivered. */
  public enum Delivery {
    NORMAL,
    /** Waits {@code delayMillis} after the headers before the body. */
    SLOW_BODY,
    /** Announces the full length, sends half, and closes. */
    TRUNCATED,
    /** Closes the exchange without any response. */
    DROP
  }

  /** One scripted reply. */
  public record Reply(int status, Map<String, String> headers, byte[] body, Delivery delivery, long delayMillis) {
    public static Reply json(int status, String body) {
      return new Reply(status, Map.of("content-type", "application/json"), body.getBytes(StandardCharsets.UTF_8), Delivery.NORMAL, 0);
    }

    public Reply withHeaders(Map<String, String> more) {
      Map<String, String> h = new java.util.LinkedHashMap<>(headers);
      h.putAll(more);
      return new Reply(status, h, body, delivery, delayMillis);
    }

    public Reply delivered(Delivery d, long delay) {
      return new Reply(status, headers, body, d, delay);
    }
  }

  /** One request as received. */
  public record Received(String method, String path, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      List<String> v = headers.get(name);
      return v == null || v.isEmpty() ? null : v.get(0);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

  public ScriptedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public URI base(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public ScriptedServer then(Reply r) {
    replies.add(r);
    return this;
  }

  public List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    byte[] in = ex.getRequestBody().readAllBytes();
    Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v)));
    received.add(new Received(ex.getRequestMethod(), ex.getRequestURI().getPath(), headers, new String(in, StandardCharsets.UTF_8)));
    Reply r = replies.poll();
    if (r == null) {
      r = Reply.json(500, "{\"error\":{\"type\":\"api_error\",\"message\":\"no scripted reply left\"}}");
    }
    try {
      if (r.delivery() == Delivery.DROP) {
        return;
      }
      r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
      if (r.body().length == 0) {
        return;
      }
      OutputStream out = ex.getResponseBody();
      switch (r.delivery()) {
        case SLOW_BODY -> {
          out.write(r.body(), 0, 1);
          out.flush();
          sleep(r.delayMillis());
          out.write(r.body(), 1, r.body().length - 1);
        }
        case TRUNCATED -> {
          out.write(r.body(), 0, r.body().length / 2);
          out.flush();
          // Closing the connection under a fixed length makes the client see a cut-off body.
          throw new IOException("truncated on purpose");
        }
        default -> out.write(r.body());
      }
    } catch (IOException e) {
      // The client went away (timeout tests) or the reply was cut on purpose.
    } finally {
      try {
        ex.close();
      } catch (RuntimeException e) {
        // A short fixed-length body makes close() complain; the connection is closed anyway.
      }
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
